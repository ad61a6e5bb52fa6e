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

    /// Attribute keys whose values name entities on every entity and
    /// relation: the event an item belongs to, its target, its place, and
    /// (on an entity; a relation's `by:` names its claimants) who it is by.
    public static let builtInReferenceKeys: Set<String> = ["event", "target", "place", "by"]

    /// Keys that cannot be declared as reference keys: they hold citations, a status or dates.
    public static let nonReferenceKeys: Set<String> = ["src", "status", "date", "from", "to"]

    /// Whether `key` on an entity of the kind at `kind` names an entity.
    public func isReference(_ key: String, onKind kind: Int) -> Bool {
        Self.builtInReferenceKeys.contains(key) || kinds[kind].referenceKeys.contains(key)
    }

    /// The index of the role called `name`: a relation type whose role is
    /// ``RelationRole/participation``, assigned in an event's list.
    public func role(named name: String) -> Int? {
        relationTypeIndex[name].flatMap { relationTypes[$0].role == .participation ? $0 : nil }
    }

    /// Whether `key` on a relation of the type at `type` names an entity.
    public func isReference(_ key: String, onRelationType type: Int) -> Bool {
        Self.builtInReferenceKeys.contains(key) || relationTypes[type].referenceKeys.contains(key)
    }

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
