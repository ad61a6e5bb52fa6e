/// A kind of entity: `person`, `group`, `state`, or one a graph declares
/// (`kind event [shape: "note"]`).
public struct EntityKind: Hashable, Sendable {
    /// The kind's name as written in `.ag` files.
    public var name: String
    /// How entities of this kind are drawn.
    public var style: NodeStyle
    /// Whether the kind is one of the built-in actor kinds, which `actor`
    /// stands for in endpoint rules.
    public var isActor: Bool

    /// Creates a kind.
    public init(name: String, style: NodeStyle, isActor: Bool = false) {
        self.name = name
        self.style = style
        self.isActor = isActor
    }
}
