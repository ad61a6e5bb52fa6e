/// The kinds and relation types a graph knows, each with a dense index.
///
/// Lookups by name go through hash maps; graphs refer to kinds and relation
/// types by index.
public struct Schema: Sendable {
    /// Every kind, built-in ones first, in declaration order.
    public private(set) var kinds: [EntityKind] = []
    /// Every relation type, built-in ones first, in declaration order.
    public private(set) var relationTypes: [RelationType] = []
    private var kindIndex: [String: Int] = [:]
    private var relationTypeIndex: [String: Int] = [:]

    /// An empty schema, with no kinds and no relation types.
    public init() {}

    /// The index of the kind called `name`.
    public func kind(named name: String) -> Int? { kindIndex[name] }

    /// The index of the relation type called `name`.
    public func relationType(named name: String) -> Int? { relationTypeIndex[name] }

    /// Adds a kind, or replaces the one with the same name; returns its index.
    @discardableResult
    public mutating func define(_ kind: EntityKind) -> Int {
        if let index = kindIndex[kind.name] {
            kinds[index] = kind
            return index
        }
        kinds.append(kind)
        kindIndex[kind.name] = kinds.count - 1
        return kinds.count - 1
    }

    /// Adds a relation type, or replaces the one with the same name; returns its index.
    @discardableResult
    public mutating func define(_ type: RelationType) -> Int {
        if let index = relationTypeIndex[type.name] {
            relationTypes[index] = type
            return index
        }
        relationTypes.append(type)
        relationTypeIndex[type.name] = relationTypes.count - 1
        return relationTypes.count - 1
    }
}
