import ActorGraph
import ActorGraphRender
import ArgumentParser

/// `actorgraph render`: lays out and draws the graph through Graphviz's
/// libraries, in process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph as SVG, PNG or PDF with Graphviz.",
        discussion: """
        The format comes from the output's extension unless --format is given. Without --engine, \
        graphs of more than \(GraphvizEngine.largeGraphNodeThreshold) entities use sfdp, because dot's \
        layout grows steeply past that size; pass --engine dot to insist.

        Examples:
          actorgraph render Graphs/*.ag -o strike.svg --legend
          actorgraph render Graphs/*.ag -o strike.png --engine neato
          actorgraph render Graphs/*.ag -o funding.svg --only-relations funded-by,backed-by
          actorgraph render Graphs/*.ag -o nujaba.svg --focus "al nujaba" --radius 1
          actorgraph render Graphs/*.ag --format pdf -o - > strike.pdf
        """
    )

    @OptionGroup var input: GraphInput
    @OptionGroup var drawing: DOTOptionGroup
    @OptionGroup var part: SubgraphOptionGroup
    @OptionGroup var layout: EngineOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("The image to write ('-' for standard output, with --format).", valueName: "file"))
    var output: String

    @Option(name: [.customShort("T"), .long], help: ArgumentHelp("svg, png or pdf; by default the output's extension.", valueName: "format"))
    var format: String?

    func validate() throws {
        _ = try resolvedFormat()
    }

    private func resolvedFormat() throws -> RenderFormat {
        if format == nil && output == "-" { throw ValidationError("writing to standard output needs --format svg, png or pdf") }
        guard let resolved = try Drawing.format(for: output, explicit: format, option: "-o") else {
            throw ValidationError("render draws images (svg, png, pdf); use 'actorgraph dot' for DOT")
        }
        return resolved
    }

    func run() throws {
        let (graph, focus) = try part.select(from: try input.load())
        var options = drawing.options
        if let focus { options.highlight = .center(focus) }
        try Drawing.write(graph, options: options, to: output, format: try resolvedFormat(), engine: layout.chosen)
    }
}
