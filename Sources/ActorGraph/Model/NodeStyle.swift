/// How entities of one kind are drawn: a Graphviz shape and colours.
public struct NodeStyle: Hashable, Sendable {
    /// A Graphviz shape name, e.g. `ellipse`, `box`, `doubleoctagon`, `note`.
    public var shape: String
    /// The outline and text colour, a Graphviz colour name or `#rrggbb`.
    public var color: String
    /// The fill colour; `nil` leaves the node unfilled.
    public var fill: String?

    /// Creates a node style.
    public init(shape: String, color: String, fill: String? = nil) {
        self.shape = shape
        self.color = color
        self.fill = fill
    }
}

/// How relations of one type are drawn.
public struct EdgeStyle: Hashable, Sendable {
    /// A Graphviz colour name or `#rrggbb`.
    public var color: String
    /// A Graphviz line style: `solid`, `dashed`, `dotted`, `bold`.
    public var line: String
    /// A Graphviz arrowhead name, e.g. `normal`, `vee`, `diamond`, `odot`.
    public var arrowhead: String

    /// Creates an edge style.
    public init(color: String, line: String = "solid", arrowhead: String = "normal") {
        self.color = color
        self.line = line
        self.arrowhead = arrowhead
    }
}
