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
        Self.upsert(kind, named: kind.name, into: &kinds, index: &kindIndex)
    }

    /// Adds a relation type, or replaces the one with the same name; returns its index.
    @discardableResult
    public mutating func define(_ type: RelationType) -> Int {
        Self.upsert(type, named: type.name, into: &relationTypes, index: &relationTypeIndex)
    }

    private static func upsert<Item>(_ item: Item, named name: String, into items: inout [Item], index: inout [String: Int]) -> Int {
        if let position = index[name] {
            items[position] = item
            return position
        }
        items.append(item)
        index[name] = items.count - 1
        return items.count - 1
    }
}
