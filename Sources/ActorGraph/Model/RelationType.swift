/// A type of directed relation, with the kinds allowed at each end and how
/// it is drawn. Built-in types live in ``Schema/standard``; a graph may
/// declare more with `relation NAME [from: ..., to: ...]`.
public struct RelationType: Hashable, Sendable {
    /// The type's name as written in `.ag` files, e.g. `part-of`.
    public var name: String
    /// Which kinds may be the subject (`from:` in a declaration).
    public var subjects: EndpointRule
    /// Which kinds may be the object (`to:` in a declaration).
    public var objects: EndpointRule
    /// What the type means structurally (`role:` in a declaration).
    public var role: RelationRole
    /// Whether `a T b` also means `b T a` (e.g. `allied-with`); drawn
    /// without arrowheads and followed both ways by queries.
    public var isSymmetric: Bool
    /// How relations of this type are drawn.
    public var style: EdgeStyle
    /// Attribute keys whose values name entities on relations of this
    /// type (`refs:` in a declaration), beside ``Schema/builtInReferenceKeys``.
    public var referenceKeys: [String]

    /// Creates a relation type.
    public init(name: String, subjects: EndpointRule, objects: EndpointRule, role: RelationRole = .other,
                isSymmetric: Bool = false, style: EdgeStyle, referenceKeys: [String] = []) {
        self.referenceKeys = referenceKeys
        self.name = name
        self.subjects = subjects
        self.objects = objects
        self.role = role
        self.isSymmetric = isSymmetric
        self.style = style
    }
}
