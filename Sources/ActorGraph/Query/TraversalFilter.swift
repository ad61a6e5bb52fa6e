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

    /// A filter; the default follows every relation either way.
    public init(directed: Bool = false, relationTypes: Set<Int>? = nil, avoided: Set<Int> = [], intermediateKinds: Set<Int>? = nil) {
        self.directed = directed
        self.relationTypes = relationTypes
        self.avoided = avoided
        self.intermediateKinds = intermediateKinds
    }
}

/// A ``TraversalFilter`` turned into flat lookup tables for one graph, and
/// the one place that says which steps a traversal may take.
struct TraversalRules {
    let graph: Graph
    fileprivate let typeAllowed: [Bool]
    fileprivate let typeSymmetric: [Bool]
    private let passable: [Bool]
    fileprivate let directed: Bool
    /// Whether every relation is followed, so per-step type checks can be skipped.
    fileprivate let allTypes: Bool

    init(graph: Graph, filter: TraversalFilter) {
        self.graph = graph
        let types = graph.schema.relationTypes.indices
        typeAllowed = types.map { filter.relationTypes?.contains($0) ?? true }
        typeSymmetric = graph.schema.relationTypes.map(\.isSymmetric)
        allTypes = filter.relationTypes == nil
        directed = filter.directed
        var passable = [Bool](repeating: true, count: graph.entities.count)
        for entity in filter.avoided where passable.indices.contains(entity) { passable[entity] = false }
        if let kinds = filter.intermediateKinds {
            for (index, entity) in graph.entities.enumerated() where !kinds.contains(entity.kind) { passable[index] = false }
        }
        self.passable = passable
    }

    /// Whether a path may pass through `entity` (not counting its two ends).
    func canPassThrough(_ entity: Int) -> Bool { passable[entity] }

    /// Whether `entity` may be entered by a path from `start` to `end`:
    /// the ends always, anything else only if it may be passed through.
    @inline(__always)
    func canEnter(_ entity: Int, start: Int, end: Int) -> Bool {
        entity == start || entity == end || passable[entity]
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
        private let entity: Int
        private let towards: Bool
        private var outgoing = true
        private var relationIDs: [Int32]
        private var neighbors: [Int32]
        private var slot: Int
        private var end: Int

        init(rules: TraversalRules, entity: Int, towards: Bool) {
            self.rules = rules
            self.entity = entity
            self.towards = towards
            let adjacency = rules.graph.outgoing
            relationIDs = adjacency.relationIDs
            neighbors = adjacency.neighbors
            slot = Int(adjacency.offsets[entity])
            end = Int(adjacency.offsets[entity + 1])
        }

        mutating func next() -> (step: PathStep, neighbor: Int)? {
            while true {
                if slot == end {
                    guard outgoing else { return nil }
                    outgoing = false
                    let adjacency = rules.graph.incoming
                    relationIDs = adjacency.relationIDs
                    neighbors = adjacency.neighbors
                    slot = Int(adjacency.offsets[entity])
                    end = Int(adjacency.offsets[entity + 1])
                    continue
                }
                let relation = Int(relationIDs[slot])
                let neighbor = Int(neighbors[slot])
                slot += 1
                // Along the arrow when leaving by an outgoing relation in a
                // forward search, or arriving by an incoming one backwards.
                let forward = outgoing == towards
                if !rules.allTypes || rules.directed {
                    let type = rules.graph.relations[relation].type
                    if !rules.typeAllowed[type] { continue }
                    if rules.directed && !forward && !rules.typeSymmetric[type] { continue }
                }
                return (PathStep(relation: relation, forward: forward), neighbor)
            }
        }
    }
}
