import ActorGraph
import ActorGraphRender

/// SVG, PNG and PDF drawings: the view written as DOT, then laid out and
/// rendered by Graphviz in process.
public struct GraphvizImageExporter: GraphExporter {
    /// The image format.
    public let image: RenderFormat

    /// An exporter for `image`.
    public init(_ image: RenderFormat) {
        self.image = image
    }

    public var format: GraphFormat {
        GraphFormat(name: image.rawValue, extensions: [image.rawValue], summary: "\(image.rawValue.uppercased()) drawn by Graphviz",
                    isBinary: image != .svg)
    }

    /// Lays the view out with `options.engine`, or with the engine
    /// ``GraphvizEngine/recommended(forNodeCount:)`` picks, saying so in a
    /// note when that is not `dot`; Graphviz's warnings become notes too.
    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        var notes: [String] = []
        let engine: GraphvizEngine
        if let name = options.engine {
            guard let named = GraphvizEngine(rawValue: name) else {
                throw ExportError("unknown layout engine '\(name)'; use one of \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            engine = named
        } else {
            let count = view.entityCount
            engine = GraphvizEngine.recommended(forNodeCount: count)
            if engine != .dot {
                notes.append("\(count) entities: using \(engine.rawValue), since dot's layout grows steeply past \(GraphvizEngine.largeGraphNodeThreshold); pass --engine dot to insist")
            }
        }
        var warnings: [String] = []
        do {
            let bytes = try Graphviz.render(dot: DOTWriter(options: options.drawing).write(view), format: image, engine: engine, warnings: &warnings)
            // Graphviz still draws after a warning (an unknown font, a bad -G
            // value), but the drawing may not be what was asked for.
            return ExportedFile(bytes: bytes, notes: notes + warnings.map { "Graphviz: " + $0 })
        } catch {
            throw ExportError("Graphviz could not draw the graph: \(error)")
        }
    }
}

extension FormatRegistry {
    /// Everything the tool reads and writes: the core formats, Graphviz's
    /// images, and DOT read through Graphviz's parser.
    public static let tool: FormatRegistry = {
        var registry = FormatRegistry.standard
        for image in RenderFormat.allCases { registry.register(GraphvizImageExporter(image)) }
        registry.register(reader: DOTReader())
        return registry
    }()
}
