import ActorGraphRender
import ArgumentParser

/// The Graphviz layout engine for commands that draw images.
struct EngineOptionGroup: ParsableArguments {
    @Option(name: [.customShort("K"), .long], help: ArgumentHelp(
        "Layout engine: \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot, or sfdp above \(GraphvizEngine.largeGraphNodeThreshold) entities.",
        valueName: "engine"))
    var engine: String?

    func validate() throws {
        if let engine, GraphvizEngine(rawValue: engine) == nil {
            throw ValidationError("unknown engine '\(engine)'; use one of \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    var chosen: GraphvizEngine? { engine.flatMap(GraphvizEngine.init(rawValue:)) }
}
