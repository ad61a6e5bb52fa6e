/// A directed, typed edge between two entities. Several relations may join
/// the same pair; each keeps its own attributes.
public struct Relation: Hashable, Sendable {
    /// The index of the subject (tail) entity.
    public var source: Int
    /// The index of the object (head) entity.
    public var target: Int
    /// The index of the relation's type in the graph's ``Schema``.
    public var type: Int
    /// Free attributes in the order written.
    public var attributes: [Attribute]

    /// Creates a relation.
    public init(source: Int, target: Int, type: Int, attributes: [Attribute] = []) {
        self.source = source
        self.target = target
        self.type = type
        self.attributes = attributes
    }
}
