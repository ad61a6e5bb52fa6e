import ActorGraph
import ArgumentParser

/// `actorgraph timeline`: the dated relations in time order, as text and
/// optionally drawn.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the dated relations in time order, and optionally draw them as an SVG timeline.",
        discussion: """
        Each line gives when (a date, or a span such as '2019-12 – 2024-01-04'), the relation, who claims, \
        alleges, confirms or denies it unless it is a plain report, and the sources that report it. Relations \
        without a date, from or to are left out; those on the same day keep their file order. With -o the \
        timeline is also drawn as SVG, where hovering over a row shows its sources.

        Examples:
          actorgraph timeline Graphs/*.ag
          actorgraph timeline Graphs/*.ag --as-of 2024-01-04 --min-status reported
          actorgraph timeline Graphs/*.ag -o timeline.svg --title "January 2024"
        """
    )

    @OptionGroup var input: GraphInput

    @Option(name: .shortAndLong, help: ArgumentHelp("Also draw the timeline to this file (.svg).", valueName: "file"))
    var output: String?

    @Option(help: "A title drawn above the timeline (with -o).")
    var title: String?

    func validate() throws {
        // Only SVG, and never standard output: the text timeline goes there.
        if let output, !output.lowercased().hasSuffix(".svg") {
            throw ValidationError("a timeline is drawn only as SVG; end -o's file in .svg, not '\(output)'")
        }
    }

    func run() throws {
        let graph = try input.load()
        let timeline = Timeline(graph)
        print(timeline.text(in: graph), terminator: "")
        if let output {
            try OutputFile(path: output).write(Array(TimelineSVGWriter().write(timeline, of: graph, title: title).utf8))
        }
    }
}
