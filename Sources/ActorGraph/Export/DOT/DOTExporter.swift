/// Graphviz DOT, through ``DOTWriter``.
public struct DOTExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "dot", extensions: ["dot", "gv"], summary: "Graphviz DOT, deterministic and diffable")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: DOTWriter(options: options.drawing).bytes(view))
    }
}
