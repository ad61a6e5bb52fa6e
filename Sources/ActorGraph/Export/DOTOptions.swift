/// Choices for ``DOTWriter``, mostly set from the command line.
public struct DOTOptions: Sendable {
    /// Graphviz `rankdir`: `TB`, `LR`, `BT` or `RL`; `nil` leaves Graphviz's default.
    public var rankdir: String?
    /// Whether to add a legend of the kinds and relation types drawn.
    public var legend: Bool
    /// Whether to draw `part-of` containment as nested boxes.
    public var clusters: Bool
    /// A title drawn above the graph.
    public var title: String?
    /// Further graph attributes (`-G name=value`), written after the defaults so they win.
    public var graphAttributes: [(name: String, value: String)]

    /// Creates options; the defaults draw the whole graph top to bottom.
    public init(rankdir: String? = nil, legend: Bool = false, clusters: Bool = false, title: String? = nil,
                graphAttributes: [(name: String, value: String)] = []) {
        self.rankdir = rankdir
        self.legend = legend
        self.clusters = clusters
        self.title = title
        self.graphAttributes = graphAttributes
    }
}
