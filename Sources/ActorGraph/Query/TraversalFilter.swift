/// Which relations a traversal may follow and which actors it may pass
/// through: the options `path`, `neighbors` and `rank` share.
public struct TraversalFilter: Hashable, Sendable {
    /// Follow relations only along their arrows. Symmetric types
    /// (`allied-with`) are followed both ways even then.
    public var directed: Bool
    /// Relation type indices that may be followed; `nil` allows every type.
    public var relationTypes: Set<Int>?
    /// Entities a path never passes through.
    public var avoided: Set<Int>
    /// Kind indices allowed for actors in the middle of a path (the two
    /// ends are exempt); `nil` allows every kind.
    public var intermediateKinds: Set<Int>?

    /// Follow denied relations too. By default a denied relation is no
    /// connection ("A denies funding B" does not link A to B), so paths,
    /// neighbourhoods and ranks leave it out.
    public var includeDenied: Bool

    /// A filter; the default follows every relation that is not denied, either way.
    public init(directed: Bool = false, relationTypes: Set<Int>? = nil, avoided: Set<Int> = [], intermediateKinds: Set<Int>? = nil,
                includeDenied: Bool = false) {
        self.directed = directed
        self.relationTypes = relationTypes
        self.avoided = avoided
        self.intermediateKinds = intermediateKinds
        self.includeDenied = includeDenied
    }

    /// The denied relations of `view` this filter leaves out although
    /// their type may be followed, in file order: what the answer's note
    /// counts (none with ``includeDenied``).
    public func deniedLeftOut(in view: GraphView) -> [Int] {
        guard !includeDenied else { return [] }
        let relations = view.graph.relations
        return view.graph.deniedRelations.filter { index in
            view.contains(relation: index) && (relationTypes?.contains(relations[index].type) ?? true)
        }
    }
}

/// A ``TraversalFilter`` turned into flat lookup tables for one graph, and
/// the one place that says which steps a traversal may take. A class, so
/// the step iterator made for every visited entity holds one reference
/// rather than copying the graph's arrays.
final class TraversalRules: @unchecked Sendable {
    let graph: Graph
    let view: GraphView
    /// The graph's packed two-way adjacency (see ``TraversalLinks``).
    let ranges: [UInt64]
    let slots: [UInt64]
    private let typeAllowed: [Bool]
    private let typeSymmetric: [Bool]
    /// Which entities a path may pass through; `nil` when all may, so an
    /// unfiltered query on a large graph allocates nothing per entity.
    private let passable: [Bool]?
    private let directed: Bool
    /// Whether every relation may be followed either way, so steps need no checks.
    private let unrestricted: Bool
    /// Which relations may be followed: the view's, less the denied ones
    /// unless the filter includes them; `nil` when all.
    private let relationMask: [Bool]?

    init(view: GraphView, filter: TraversalFilter) {
        let graph = view.graph
        self.graph = graph
        self.view = view
        ranges = graph.links.ranges
        slots = graph.links.slots
        typeAllowed = graph.schema.relationTypes.indices.map { filter.relationTypes?.contains($0) ?? true }
        typeSymmetric = graph.schema.relationTypes.map(\.isSymmetric)
        directed = filter.directed
        let denied = filter.includeDenied ? [] : filter.deniedLeftOut(in: view)
        if denied.isEmpty {
            relationMask = view.relationMask
        } else {
            var mask = view.relationMask ?? [Bool](repeating: true, count: graph.relations.count)
            for relation in denied { mask[relation] = false }
            relationMask = mask
        }
        unrestricted = filter.relationTypes == nil && !filter.directed && relationMask == nil
        if filter.avoided.isEmpty && filter.intermediateKinds == nil && view.entityMask == nil {
            passable = nil
        } else {
            var passable = view.entityMask ?? [Bool](repeating: true, count: graph.entities.count)
            for entity in filter.avoided where passable.indices.contains(entity) { passable[entity] = false }
            if let kinds = filter.intermediateKinds {
                for (index, entity) in graph.entities.enumerated() where !kinds.contains(entity.kind) { passable[index] = false }
            }
            self.passable = passable
        }
    }

    /// Whether every relation may be followed either way and every entity
    /// passed through, so a search may read ``slots`` directly.
    var isUnfiltered: Bool { unrestricted && passable == nil }

    /// Whether a path may pass through `entity` (not counting its two ends).
    @inline(__always)
    func canPassThrough(_ entity: Int) -> Bool { passable?[entity] ?? true }

    /// Whether `entity` may be entered by a path from `start` to `end`:
    /// the ends always, anything else only if it may be passed through.
    /// (An entity outside the view is never reached: no relation of the
    /// view leads there.)
    @inline(__always)
    func canEnter(_ entity: Int, start: Int, end: Int) -> Bool {
        entity == start || entity == end || canPassThrough(entity)
    }

    /// Whether `relation` may be followed in the given direction.
    @inline(__always)
    private func allows(_ relation: Int, forward: Bool) -> Bool {
        if unrestricted { return true }
        if let relationMask, !relationMask[relation] { return false }
        let type = graph.relations[relation].type
        return typeAllowed[type] && (forward || !directed || typeSymmetric[type])
    }

    /// Reads the adjacency of every entity in `entities` once, in a loop so
    /// short that the processor keeps many of these cache misses in flight
    /// together; expanding them right after then finds the data in cache.
    /// Swift has no prefetch instruction, so the loads are summed into a
    /// value the caller keeps, which stops the compiler dropping them.
    /// Also returns how many relations the entities have in all.
    func touch(_ entities: [Int]) -> (sum: UInt64, relations: Int) {
        var sum: UInt64 = 0
        var relations = 0
        for entity in entities {
            let range = ranges[entity]
            let start = Int(range >> 32), end = Int(ranges[entity + 1] >> 32)
            relations += end - start
            if start < end { sum &+= slots[start] }
            if start + 8 < end { sum &+= slots[start + 8] }
        }
        return (sum, relations)
    }

    /// The relations a path may follow from `entity`, with the entity at
    /// the other end. With `towards` false the search runs backwards (from
    /// a path's end), so each step leads from the neighbour to `entity`.
    /// Outgoing relations come first, each list in file order.
    func steps(from entity: Int, towards: Bool = true) -> Steps {
        Steps(rules: self, entity: entity, towards: towards)
    }

    /// Iterates the steps from one entity without allocating.
    struct Steps: Sequence, IteratorProtocol {
        private let rules: TraversalRules
        private let towards: Bool
        private var slot: Int
        private let split: Int
        private let end: Int

        init(rules: TraversalRules, entity: Int, towards: Bool) {
            self.rules = rules
            self.towards = towards
            let range = rules.ranges[entity]
            slot = Int(range >> 32)
            split = Int(range & 0xFFFF_FFFF)
            end = Int(rules.ranges[entity + 1] >> 32)
        }

        mutating func next() -> (step: PathStep, neighbor: Int)? {
            while slot < end {
                let packed = rules.slots[slot]
                // Along the arrow when leaving by an outgoing relation in a
                // forward search, or arriving by an incoming one backwards.
                let forward = (slot < split) == towards
                slot += 1
                let relation = Int(packed >> 32)
                if rules.allows(relation, forward: forward) {
                    return (PathStep(relation: relation, forward: forward), Int(packed & 0xFFFF_FFFF))
                }
            }
            return nil
        }
    }
}
