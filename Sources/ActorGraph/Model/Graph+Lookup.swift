// Queries and selections name actors, kinds, relation types and sources
// as people write them; these turn names into indices, or explain a miss.

extension Graph {
    /// The entity `text` names (an id, a name or an alias, matched as in
    /// `.ag` files), or a ``LookupError`` naming the nearest actors.
    public func entity(named text: String) throws(LookupError) -> Int {
        if let index = resolve(text) { return index }
        // Several spellings of one actor may be near; name each actor once.
        var nearest: [Int] = []
        for spelling in suggestions(for: text, limit: 8) {
            if let index = resolve(spelling), !nearest.contains(index) { nearest.append(index) }
        }
        let hint = nearest.isEmpty ? "check the spelling, or list actors with 'actorgraph describe'"
            : "nearest: " + nearest.prefix(3).map { "\(entities[$0].name) (\(entities[$0].id))" }.joined(separator: ", ")
        throw LookupError(id: "unknown-actor",
                          message: "no actor matches '\(text)' (ids, names and aliases are matched ignoring case, accents and punctuation); \(hint)")
    }

    /// The relation types called `names`.
    public func relationTypes(named names: [String]) throws(LookupError) -> Set<Int> {
        try Self.lookUp(names, what: "relation type", id: "unknown-relation-type", among: schema.relationTypes.map(\.name)) {
            schema.relationType(named: $0)
        }
    }

    /// The kinds called `names`.
    public func kinds(named names: [String]) throws(LookupError) -> Set<Int> {
        try Self.lookUp(names, what: "kind", id: "unknown-kind", among: schema.kinds.map(\.name)) { schema.kind(named: $0) }
    }

    /// The source whose id is `id`.
    public func source(named id: String) throws(LookupError) -> Int {
        if let index = source(id: id) { return index }
        let hint = sources.isEmpty ? "this graph declares no sources (see 'source' in docs/language.md)"
            : Suggester.didYouMean(Suggester.nearest(to: id, among: sources.map(\.id)))
                ?? "the graph's sources are: " + sources.map(\.id).joined(separator: ", ")
        throw LookupError(id: "unknown-source", message: "unknown source '\(id)'; \(hint)")
    }

    private static func lookUp(_ names: [String], what: String, id: String, among all: [String],
                               index: (String) -> Int?) throws(LookupError) -> Set<Int> {
        var found = Set<Int>()
        for name in names {
            if let match = index(name) {
                found.insert(match)
                continue
            }
            let hint = Suggester.didYouMean(Suggester.nearest(to: name, among: all)) ?? "the graph has: " + all.joined(separator: ", ")
            throw LookupError(id: id, message: "unknown \(what) '\(name)'; \(hint)")
        }
        return found
    }
}

extension TraversalFilter {
    /// A filter given by names, as the command line gives it: relation
    /// types to follow (`via`), actors to avoid, and kinds that may stand
    /// in the middle of a path. Empty lists restrict nothing.
    public init(in graph: Graph, directed: Bool = false, via: [String] = [], avoiding: [String] = [],
                throughKinds: [String] = [], includeDenied: Bool = false) throws(LookupError) {
        var avoided = Set<Int>()
        for name in avoiding { avoided.insert(try graph.entity(named: name)) }
        self.init(directed: directed,
                  relationTypes: via.isEmpty ? nil : try graph.relationTypes(named: via),
                  avoided: avoided,
                  intermediateKinds: throughKinds.isEmpty ? nil : try graph.kinds(named: throughKinds),
                  includeDenied: includeDenied)
    }
}

extension EvidenceFilter {
    /// A filter whose source is given by id.
    public init(in graph: Graph, asOf: PartialDate? = nil, minimumStatus: ClaimStatus? = nil, citedOnly: Bool = false,
                source: String? = nil, knownBy: PartialDate? = nil) throws(LookupError) {
        self.init(asOf: asOf, minimumStatus: minimumStatus, citedOnly: citedOnly, source: try source.map { id throws(LookupError) in try graph.source(named: id) },
                  knownBy: knownBy)
    }
}

extension PathFinder {
    /// One shortest path between the actors `start` and `end` name (ids,
    /// names or aliases); see ``shortestPath(from:to:)-(Int,Int)``.
    public mutating func shortestPath(from start: String, to end: String) throws(LookupError) -> Path? {
        shortestPath(from: try view.entity(named: start), to: try view.entity(named: end))
    }

    /// Every shortest path between the actors `start` and `end` name.
    public mutating func allShortestPaths(from start: String, to end: String, limit: Int = 100) throws(LookupError) -> (paths: [Path], complete: Bool) {
        allShortestPaths(from: try view.entity(named: start), to: try view.entity(named: end), limit: limit)
    }

    /// The `k` shortest simple paths between the actors `start` and `end` name.
    public mutating func shortestSimplePaths(from start: String, to end: String, k: Int) throws(LookupError) -> [Path] {
        shortestSimplePaths(from: try view.entity(named: start), to: try view.entity(named: end), k: k)
    }
}

extension GraphView {
    /// The entity `text` names, found as ``Graph/entity(named:)`` finds it,
    /// if the view holds it. One the view leaves out (a source filter keeps
    /// only the actors its source cites or its relations join) is a
    /// ``LookupError`` too, as it would be in a graph rebuilt without it:
    /// a query about it would otherwise answer with nothing, as if the
    /// actor were there and isolated.
    public func entity(named text: String) throws(LookupError) -> Int {
        let index = try graph.entity(named: text)
        guard contains(entity: index) else {
            let entity = graph.entities[index]
            let why = valueSource.map { "source '\(graph.sources[$0].id)' neither cites it nor reports a relation of it" }
                ?? "the filters given leave it out"
            throw LookupError(id: "unknown-actor",
                              message: "'\(text)' names \(entity.name) (\(entity.id)), which the graph as filtered leaves out: \(why); drop the filter or choose another actor")
        }
        return index
    }

    /// The neighbourhood of the actor `center` names.
    public func neighborhood(of center: String, radius: Int, filter: TraversalFilter = TraversalFilter()) throws(LookupError) -> [Neighbor] {
        neighborhood(of: try entity(named: center), radius: radius, filter: filter)
    }

    /// Only the kinds and relation types given by name; see ``selecting(kinds:relationTypes:keeping:)``.
    public func selecting(kindNames: [String] = [], relationTypeNames: [String] = []) throws(LookupError) -> GraphView {
        selecting(kinds: kindNames.isEmpty ? nil : try graph.kinds(named: kindNames),
                  relationTypes: relationTypeNames.isEmpty ? nil : try graph.relationTypes(named: relationTypeNames))
    }
}
