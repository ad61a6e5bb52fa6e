import ActorGraph
import ActorGraphDriver
import ActorGraphRender
import ArgumentParser

/// `actorgraph render`: `export` to an image laid out by Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph as SVG, PNG or PDF with Graphviz (export to an image).",
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

    @OptionGroup var input: GraphFiles
    @OptionGroup var drawing: DrawingOptionGroup
    @OptionGroup var part: PartOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("The image to write ('-' for standard output, with --format).", valueName: "file"))
    var output: String

    @Option(name: [.customShort("T"), .long], help: ArgumentHelp("The image format; by default the output's extension.", valueName: "format"))
    var format: RenderFormat?

    func validate() throws {
        if format == nil && output == "-" { throw ValidationError("writing to standard output needs --format svg, png or pdf") }
        if format == nil, (FormatRegistry.tool.exporter(forPath: output) as? GraphvizImageExporter) == nil {
            throw ValidationError("render draws images: end -o's file in .svg, .png or .pdf, or give --format; use 'actorgraph dot' or 'actorgraph export' for other formats")
        }
    }

    func run() throws {
        try ExportRun(input: input, drawing: drawing, part: part, output: output).run(format: format?.rawValue)
    }
}

