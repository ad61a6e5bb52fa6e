/// A part of a ``Graph`` seen without copying it: which entities and
/// relations count, as masks over the graph's own indices.
///
/// Evidence filters (`--as-of`, `--min-status`, `--source`, `--known-by`) and selections
/// (`--focus`, `--only-kinds`, `--only-relations`) are views, so applying
/// one costs a pass over the masks rather than a rebuild of the graph, and
/// every index stays the graph's: relation 17 of a filtered view is
/// relation 17 of the file. Queries, reports and writers take views and
/// honour them. A relation is in a view only when both its ends are.
public struct GraphView: Sendable {
    /// The whole graph the view looks at.
    public let graph: Graph
    /// For each entity, whether it is in the view; `nil` when all are, so
    /// the whole graph's view allocates nothing.
    let entityMask: [Bool]?
    /// For each relation, whether it is in the view; `nil` when all are.
    let relationMask: [Bool]?
    /// With a source filter, the source whose values are kept: an
    /// attribute value another source gives is left out of the view.
    public private(set) var valueSource: Int?
    /// With a status filter, the weakest claim a value may be: a value
    /// claimed less firmly (``AttributeValue/isClaim``) is left out of the
    /// view, as a relation would be.
    public private(set) var valueMinimumStatus: ClaimStatus?
    /// With a known-by day, for each source whether its citations count
    /// (see ``EvidenceFilter/knownBy``); `nil` when all do. Citations of
    /// the others are left out of what the view shows.
    public private(set) var countedSources: [Bool]?

    /// The whole of `graph`.
    public init(_ graph: Graph) {
        self.graph = graph
        entityMask = nil
        relationMask = nil
        valueSource = nil
        valueMinimumStatus = nil
        countedSources = nil
    }

    /// The entities where `entities` is true, and the relations between
    /// them for which `relations` is true.
    public init(_ graph: Graph, entities: [Bool]? = nil, relations: [Bool]? = nil, valueSource: Int? = nil,
                valueMinimumStatus: ClaimStatus? = nil, countedSources: [Bool]? = nil) {
        precondition(entities.map { $0.count == graph.entities.count } ?? true, "one entry per entity")
        precondition(relations.map { $0.count == graph.relations.count } ?? true, "one entry per relation")
        precondition(countedSources.map { $0.count == graph.sources.count } ?? true, "one entry per source")
        self.graph = graph
        self.valueSource = valueSource
        self.valueMinimumStatus = valueMinimumStatus
        self.countedSources = countedSources
        entityMask = entities
        guard let entities else {
            relationMask = relations
            return
        }
        var kept = relations ?? [Bool](repeating: true, count: graph.relations.count)
        // Ends read in place: copying each relation would retain its arrays.
        graph.relations.withUnsafeBufferPointer { all in
            for index in all.indices where kept[index] && !(entities[all[index].subject] && entities[all[index].object]) {
                kept[index] = false
            }
        }
        relationMask = kept
    }

    /// The same entities and relations, telling only the values that
    /// `source` gives (when not `nil`) and that are claimed at least as
    /// firmly as `minimumStatus`, and counting only the citations of the
    /// sources `counted` marks besides those the view already counts; the
    /// masks are kept, not recomputed.
    func telling(valuesFrom source: Int?, atLeast minimumStatus: ClaimStatus?, counting counted: [Bool]?) -> GraphView {
        var view = self
        view.valueSource = source
        view.valueMinimumStatus = minimumStatus
        view.countedSources = Self.both(countedSources, counted)
        return view
    }

    /// Whether the view is the whole graph.
    public var isWhole: Bool {
        entityMask == nil && relationMask == nil && valueSource == nil && valueMinimumStatus == nil && countedSources == nil
    }

    /// Whether entity `index` is in the view.
    @inline(__always)
    public func contains(entity index: Int) -> Bool {
        entityMask?[index] ?? true
    }

    /// Whether relation `index` is in the view.
    @inline(__always)
    public func contains(relation index: Int) -> Bool {
        relationMask?[index] ?? true
    }

    /// The indices of the entities in the view, in file order.
    public var entityIndices: [Int] {
        guard let entityMask else { return Array(graph.entities.indices) }
        return entityMask.indices.filter { entityMask[$0] }
    }

    /// The indices of the relations in the view, in file order.
    public var relationIndices: [Int] {
        guard let relationMask else { return Array(graph.relations.indices) }
        return relationMask.indices.filter { relationMask[$0] }
    }

    /// How many entities are in the view.
    public var entityCount: Int {
        entityMask.map { $0.count { $0 } } ?? graph.entities.count
    }

    /// How many relations are in the view.
    public var relationCount: Int {
        relationMask.map { $0.count { $0 } } ?? graph.relations.count
    }

    /// The relations in the view leaving entity `index`, in file order.
    public func outgoing(_ index: Int) -> [Int] {
        graph.outgoing[index].lazy.map(Int.init).filter(contains(relation:))
    }

    /// The relations in the view entering entity `index`, in file order.
    public func incoming(_ index: Int) -> [Int] {
        graph.incoming[index].lazy.map(Int.init).filter(contains(relation:))
    }

    /// How many relations of the view touch entity `index`, either way.
    public func degree(of index: Int) -> Int {
        guard relationMask != nil else { return graph.degree(of: index) }
        return graph.outgoing[index].count { contains(relation: Int($0)) } + graph.incoming[index].count { contains(relation: Int($0)) }
    }

    /// This view narrowed further to the entities and relations that are
    /// also true in the given masks (`nil` narrows nothing).
    public func intersection(entities: [Bool]? = nil, relations: [Bool]? = nil) -> GraphView {
        GraphView(graph, entities: Self.both(entityMask, entities), relations: Self.both(relationMask, relations), valueSource: valueSource,
                  valueMinimumStatus: valueMinimumStatus, countedSources: countedSources)
    }

    /// True where both masks are (`nil` being true everywhere).
    static func both(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
        guard let a else { return b }
        guard let b else { return a }
        return zip(a, b).map { $0 && $1 }
    }
}

extension Graph {
    /// The whole graph as a view.
    public var view: GraphView { GraphView(self) }
}
