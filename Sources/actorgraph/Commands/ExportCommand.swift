import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph export`: the graph in any registered format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph in another format: \(FormatRegistry.tool.exportFormatNames.joined(separator: ", ")).",
        discussion: """
        The format is --to's, or else the output's extension. Every evidence filter and selection applies. \
        Graphviz lays out svg, png and pdf in process; without --engine, graphs of more than \
        1000 entities use sfdp.

        Examples:
          actorgraph export Graphs/*.ag -o strike.svg --legend
          actorgraph export Graphs/*.ag --to dot -o - --clusters
          actorgraph export Graphs/*.ag --to timeline-svg -o timeline.svg --title "January 2024"
          actorgraph export Graphs/*.ag -o nujaba.pdf --focus "al nujaba" --radius 1
        """
    )

    @OptionGroup var input: GraphFiles
    @OptionGroup var drawing: DrawingOptionGroup
    @OptionGroup var part: PartOptionGroup

    @Option(help: ArgumentHelp("The format to write; by default the output's extension.", valueName: "format"))
    var to: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write ('-' for standard output, with --to).", valueName: "file"))
    var output: String

    func validate() throws {
        _ = try validating { () throws(ToolError) in try Exporting().exporter(format: to, destination: output) }
    }

    func run() throws {
        try ExportRun(input: input, drawing: drawing, part: part, output: output).run(format: to)
    }
}

/// The work of `export` and of its aliases `dot` and `render`.
struct ExportRun {
    var input: GraphFiles
    var drawing: DrawingOptionGroup
    var part: PartOptionGroup
    var output: String

    func run(format: String?) throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let exporting = Exporting()
            let exporter = try exporting.exporter(format: format, destination: output)
            let graph = try input.options.loadGraph(input.files, reporter: reporter)
            let (view, focus) = try part.selection(with: input.options).view(of: graph)
            try exporting.write(view, with: exporter, options: drawing.options(highlight: focus.map(Highlight.center)), to: output,
                                inputs: input.files, reporter: reporter)
        }
    }
}
