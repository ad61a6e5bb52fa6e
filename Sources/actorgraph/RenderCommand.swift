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
          actorgraph render Graphs/*.ag --format pdf -o - > strike.pdf
        """
    )

    @OptionGroup var input: GraphInput
    @OptionGroup var drawing: DOTOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("The image to write ('-' for standard output, with --format).", valueName: "file"))
    var output: String

    @Option(name: [.customShort("T"), .long], help: ArgumentHelp("svg, png or pdf; by default the output's extension.", valueName: "format"))
    var format: String?

    @Option(name: [.customShort("K"), .long], help: ArgumentHelp("Layout engine: \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "engine"))
    var engine: String?

    func validate() throws {
        _ = try resolvedFormat()
        if let engine, GraphvizEngine(rawValue: engine) == nil {
            throw ValidationError("unknown engine '\(engine)'; use one of \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    private func resolvedFormat() throws -> RenderFormat {
        if let format {
            guard let resolved = RenderFormat(fileExtension: format) else {
                throw ValidationError("unknown format '\(format)'; use svg, png or pdf")
            }
            return resolved
        }
        guard output != "-" else { throw ValidationError("writing to standard output needs --format svg, png or pdf") }
        guard let resolved = RenderFormat(path: output) else {
            throw ValidationError("cannot tell the format of '\(output)'; end it in .svg, .png or .pdf, or pass --format")
        }
        return resolved
    }

    func run() throws {
        let graph = try input.load()
        let chosenEngine: GraphvizEngine
        if let engine {
            chosenEngine = GraphvizEngine(rawValue: engine)!
        } else {
            chosenEngine = GraphvizEngine.recommended(forNodeCount: graph.entities.count)
            if chosenEngine != .dot {
                Console.error("note: \(graph.entities.count) entities: using \(chosenEngine.rawValue), since dot's layout grows steeply past \(GraphvizEngine.largeGraphNodeThreshold); pass --engine dot to insist")
            }
        }
        let dot = DOTWriter(options: drawing.options).write(graph)
        let image: [UInt8]
        do {
            image = try Graphviz.render(dot: dot, format: try resolvedFormat(), engine: chosenEngine)
        } catch {
            Console.error("error: Graphviz could not draw the graph: \(error); nothing written")
            throw ExitCode(1)
        }
        try OutputFile(path: output).write(image)
    }
}
