/// A type of directed relation, with the kinds allowed at each end and how
/// it is drawn. Built-in types live in ``Schema/standard``; a graph may
/// declare more with `relation NAME [from: ..., to: ...]`.
public struct RelationType: Hashable, Sendable {
    /// The type's name as written in `.ag` files, e.g. `part-of`.
    public var name: String
    /// Which kinds may be the subject (tail).
    public var from: EndpointRule
    /// Which kinds may be the object (head).
    public var to: EndpointRule
    /// Whether `a T b` also means `b T a` (e.g. `allied-with`); drawn
    /// without arrowheads and followed both ways by queries.
    public var isSymmetric: Bool
    /// How relations of this type are drawn.
    public var style: EdgeStyle

    /// Creates a relation type.
    public init(name: String, from: EndpointRule, to: EndpointRule, isSymmetric: Bool = false, style: EdgeStyle) {
        self.name = name
        self.from = from
        self.to = to
        self.isSymmetric = isSymmetric
        self.style = style
    }
}
