import ActorGraph
import ActorGraphDriver
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
        timeline is also drawn as SVG (export --to timeline-svg), where hovering over a row shows its evidence.

        With --first-reported, it lists instead, for each cited relation and each value sources disagree on, \
        which source reported it first and which followed, date by date: sources with the same date tie, one \
        dated only to a month sorts by the month's last day (it was surely out by then), undated sources come \
        last. With --known-by, only the sources published by that day count.

        Examples:
          actorgraph timeline Graphs/*.ag
          actorgraph timeline Graphs/*.ag --as-of 2024-01-04 --min-status reported
          actorgraph timeline Graphs/*.ag -o timeline.svg --title "January 2024"
          actorgraph timeline Graphs/*.ag --first-reported --known-by 2024-01-04
        """
    )

    @OptionGroup var input: GraphFiles

    @Option(name: .shortAndLong, help: ArgumentHelp("Also draw the timeline to this file (.svg).", valueName: "file"))
    var output: String?

    @Option(help: "A title drawn above the timeline (with -o).")
    var title: String?

    @Flag(name: .customLong("first-reported"), help: "List who reported each relation and each disputed value first, and who followed, instead of the timeline.")
    var firstReported = false

    func validate() throws {
        // Only SVG, and never standard output: the text timeline goes there.
        if let output, GraphFormat.fileExtension(of: output) != "svg" {
            throw ValidationError("a timeline is drawn only as SVG; end -o's file in .svg, not '\(output)'")
        }
    }

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            if let output {
                let exporting = Exporting()
                try exporting.write(view, with: try exporting.exporter(format: "timeline-svg", destination: output),
                                    options: ExportOptions(drawing: DrawingOptions(title: title)), to: output,
                                    inputs: input.files, reporter: reporter)
            }
            try StandardOutput.print(firstReported ? FirstReports(view).text(in: view.graph) : Timeline(view).text(in: view.graph))
        }
    }
}
