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
    /// Attribute keys whose values name entities on entities of this kind
    /// (`refs:` in a declaration), beside ``Schema/builtInReferenceKeys``:
    /// their values are resolved, so a misspelt name is an error, not a broken link.
    public var referenceKeys: [String]

    /// Creates a kind.
    public init(name: String, style: NodeStyle, isActor: Bool = false, referenceKeys: [String] = []) {
        self.name = name
        self.style = style
        self.isActor = isActor
        self.referenceKeys = referenceKeys
    }
}
