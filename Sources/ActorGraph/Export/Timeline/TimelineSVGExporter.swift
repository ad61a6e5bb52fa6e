/// The dated relations drawn as an SVG timeline, through ``TimelineSVGWriter``.
/// Chosen by name only (`--to timeline-svg`): `.svg` stands for the graph drawing.
public struct TimelineSVGExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "timeline-svg", extensions: [], summary: "the dated relations as an SVG timeline")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Array(TimelineSVGWriter().write(view, title: options.drawing.title).utf8))
    }
}
