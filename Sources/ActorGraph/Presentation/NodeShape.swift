/// The outline of an entity in a drawing, named as Graphviz names its node
/// shapes (`.ag` files use these names). Other formats map the shapes
/// they can draw and fall back to a box or an ellipse.
public struct NodeShape: Hashable, Sendable, CustomStringConvertible {
    /// The Graphviz name, e.g. `doubleoctagon`.
    public let name: String

    /// The shape called `name`, or `nil` when Graphviz has no such shape.
    public init?(_ name: String) {
        guard GraphvizVocabulary.shapes.contains(name) else { return nil }
        self.name = name
    }

    private init(known name: String) { self.name = name }

    public var description: String { name }

    /// An ellipse, the shape of a person.
    public static let ellipse = NodeShape(known: "ellipse")
    /// A rectangle, the shape of a group.
    public static let box = NodeShape(known: "box")
    /// A double octagon, the shape of a state.
    public static let doubleOctagon = NodeShape(known: "doubleoctagon")
    /// A hexagon, the shape of a declared kind without one of its own.
    public static let hexagon = NodeShape(known: "hexagon")
    /// A dot, for the ends of legend arrows.
    public static let point = NodeShape(known: "point")
}
