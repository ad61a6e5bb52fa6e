/// How one entity is drawn, every choice made: the presentation model
/// resolves kind styles, highlights and fading into this, and writers
/// only translate it into their format's words.
public struct NodeAppearance: Hashable, Sendable {
    /// The outline.
    public var shape: NodeShape
    /// The outline's colour.
    public var stroke: Color
    /// The label's colour.
    public var text: Color
    /// The fill.
    public var fill: Color
    /// The outline's width in points.
    public var weight: Double
    /// Whether it is picked out or faded.
    public var emphasis: Emphasis
}

/// How one relation is drawn, every choice made.
public struct EdgeAppearance: Hashable, Sendable {
    /// The line's colour.
    public var color: Color
    /// The label's colour.
    public var text: Color
    /// The line.
    public var line: LineStyle
    /// The head of the arrow; ``Arrowhead/none`` for a symmetric type.
    public var arrowhead: Arrowhead
    /// Whether the relation goes both ways, drawn without a direction.
    public var isSymmetric: Bool
    /// The line's width in points.
    public var weight: Double
    /// Whether it is picked out or faded.
    public var emphasis: Emphasis
}
