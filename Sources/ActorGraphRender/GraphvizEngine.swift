/// A Graphviz layout engine, named as Graphviz names it (`-K` on the command line).
public enum GraphvizEngine: String, CaseIterable, Sendable {
    /// Hierarchical layout in ranks; the clearest for directed actor graphs.
    case dot
    /// Spring model layout (stress majorization).
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement, built for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi

    /// The node count above which ``recommended(forNodeCount:)`` switches from `dot` to `sfdp`.
    ///
    /// `dot`'s ranking and crossing minimisation grow steeply past about a thousand
    /// nodes, so beyond that a render can take minutes where `sfdp` takes seconds.
    public static let largeGraphNodeThreshold = 1_000

    /// The engine to use for a graph of `nodeCount` nodes when the user chose none:
    /// ``sfdp`` above ``largeGraphNodeThreshold`` nodes, ``dot`` otherwise.
    public static func recommended(forNodeCount nodeCount: Int) -> GraphvizEngine {
        nodeCount > largeGraphNodeThreshold ? .sfdp : .dot
    }
}
