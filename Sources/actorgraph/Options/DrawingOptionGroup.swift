import ActorGraph
import ActorGraphRender
import ArgumentParser

/// How a drawing looks: the options of `export`, `dot` and `render`.
struct DrawingOptionGroup: ParsableArguments {
    @Flag(help: "Add a legend of the kinds, relation types and statuses drawn.")
    var legend = false

    @Flag(help: "Draw containment (part-of) as nested boxes.")
    var clusters = false

    @Option(help: ArgumentHelp("Layout direction.", valueName: "dir"))
    var rankdir: LayoutDirection?

    @Option(help: "A title drawn above the graph.")
    var title: String?

    @Option(name: .customShort("G"), help: ArgumentHelp("A Graphviz graph attribute, as name=value (repeatable), e.g. -G splines=ortho.", valueName: "name=value"))
    var graphAttributes: [String] = []

    @Option(name: [.customShort("K"), .customLong("engine")], help: ArgumentHelp(
        "Layout engine for images. Default: dot, or sfdp above \(GraphvizEngine.largeGraphNodeThreshold) entities.", valueName: "engine"))
    var engine: GraphvizEngine?

    func validate() throws {
        for attribute in graphAttributes where !attribute.contains("=") || attribute.hasPrefix("=") {
            throw ValidationError("-G takes name=value, e.g. -G splines=ortho; got '\(attribute)'")
        }
    }

    /// The export options, picking out `highlight`.
    func options(highlight: Highlight? = nil) -> ExportOptions {
        let attributes = graphAttributes.map { attribute in
            let parts = attribute.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (name: String(parts[0]), value: String(parts[1]))
        }
        return ExportOptions(drawing: DrawingOptions(direction: rankdir, legend: legend, clusters: clusters, title: title,
                                                     graphvizAttributes: attributes, highlight: highlight),
                             engine: engine?.rawValue)
    }
}

/// The layout engine alone, for commands that may also draw.
struct EngineOption: ParsableArguments {
    @Option(name: [.customShort("K"), .customLong("engine")], help: ArgumentHelp(
        "Layout engine for the drawing. Default: dot, or sfdp above \(GraphvizEngine.largeGraphNodeThreshold) entities.", valueName: "engine"))
    var engine: GraphvizEngine?

    /// Export options with this engine, picking out `highlight`.
    func options(highlight: Highlight? = nil) -> ExportOptions {
        ExportOptions(drawing: DrawingOptions(highlight: highlight), engine: engine?.rawValue)
    }
}
