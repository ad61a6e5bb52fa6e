/// Choices for a drawing, mostly set from the command line; every writer
/// that draws (DOT and the images laid out from it) honours them.
public struct DrawingOptions: Sendable {
    /// Which way ranks run; `nil` leaves the layout's default (top to bottom).
    public var direction: LayoutDirection?
    /// Whether to add a legend of the kinds, relation types and statuses drawn.
    public var legend: Bool
    /// Whether to draw containment (`part-of`) as nested boxes.
    public var clusters: Bool
    /// A title drawn above the graph.
    public var title: String?
    /// Further Graphviz graph attributes (`-G name=value`), written after
    /// the defaults so they win.
    public var graphvizAttributes: [(name: String, value: String)]
    /// Entities and relations to pick out.
    public var highlight: Highlight?

    /// Creates options; the defaults draw the whole graph top to bottom.
    public init(direction: LayoutDirection? = nil, legend: Bool = false, clusters: Bool = false, title: String? = nil,
                graphvizAttributes: [(name: String, value: String)] = [], highlight: Highlight? = nil) {
        self.direction = direction
        self.legend = legend
        self.clusters = clusters
        self.title = title
        self.graphvizAttributes = graphvizAttributes
        self.highlight = highlight
    }
}

/// Which way a layered drawing runs, as Graphviz's `rankdir` names it.
public enum LayoutDirection: String, CaseIterable, Sendable {
    /// Top to bottom.
    case TB
    /// Left to right.
    case LR
    /// Bottom to top.
    case BT
    /// Right to left.
    case RL
}
