/// How entities of one kind are drawn: a shape and colours.
public struct NodeStyle: Hashable, Sendable {
    /// The outline.
    public var shape: NodeShape
    /// The outline and text colour.
    public var color: Color
    /// The fill colour; `nil` leaves the node unfilled.
    public var fill: Color?

    /// Creates a node style.
    public init(shape: NodeShape, color: Color, fill: Color? = nil) {
        self.shape = shape
        self.color = color
        self.fill = fill
    }
}

/// How relations of one type are drawn.
public struct EdgeStyle: Hashable, Sendable {
    /// The line and label colour.
    public var color: Color
    /// The line.
    public var line: LineStyle
    /// The head of the arrow.
    public var arrowhead: Arrowhead

    /// Creates an edge style.
    public init(color: Color, line: LineStyle = .solid, arrowhead: Arrowhead = .normal) {
        self.color = color
        self.line = line
        self.arrowhead = arrowhead
    }
}
