/// A short account of a graph: counts by kind and by relation type, and
/// the most connected actors, as `actorgraph describe` prints it.
public struct GraphSummary: Sendable {
    /// A name and how many items carry it.
    public struct Count: Hashable, Sendable {
        /// The kind or relation type.
        public var name: String
        /// How many entities or relations.
        public var count: Int
    }

    /// An entity and how many relations touch it.
    public struct Connected: Hashable, Sendable {
        /// The entity's index.
        public var entity: Int
        /// Relations in plus relations out.
        public var degree: Int
    }

    /// How many entities.
    public let entityCount: Int
    /// How many relations.
    public let relationCount: Int
    /// Entities per kind, in schema order, kinds with none left out.
    public let kinds: [Count]
    /// Relations per type, in schema order, types with none left out.
    public let relationTypes: [Count]
    /// The best-connected entities, most first; ties in file order.
    public let mostConnected: [Connected]

    /// Summarises `view`, keeping the `top` most connected entities.
    public init(_ view: GraphView, top: Int = 10) {
        let graph = view.graph
        let entities = view.entityIndices, relations = view.relationIndices
        entityCount = entities.count
        relationCount = relations.count
        var kindCounts = [Int](repeating: 0, count: graph.schema.kinds.count)
        for entity in entities { kindCounts[graph.entities[entity].kind] += 1 }
        kinds = zip(graph.schema.kinds, kindCounts).filter { $0.1 > 0 }.map { Count(name: $0.0.name, count: $0.1) }
        var typeCounts = [Int](repeating: 0, count: graph.schema.relationTypes.count)
        for relation in relations { typeCounts[graph.relations[relation].type] += 1 }
        relationTypes = zip(graph.schema.relationTypes, typeCounts).filter { $0.1 > 0 }.map { Count(name: $0.0.name, count: $0.1) }
        let ranked = entities.map { Connected(entity: $0, degree: view.degree(of: $0)) }
            .sorted { ($0.degree, -$0.entity) > ($1.degree, -$1.entity) }
        mostConnected = Array(ranked.prefix(top))
    }

    /// Summarises the whole of `graph`.
    public init(_ graph: Graph, top: Int = 10) {
        self.init(graph.view, top: top)
    }

    /// The summary as aligned plain text.
    public func text(for graph: Graph) -> String {
        var lines = ["\(entityCount) entities, \(relationCount) relations", "", "Entities by kind:"]
        lines += aligned(kinds.map { ($0.name, $0.count) })
        lines += ["", "Relations by type:"]
        lines += aligned(relationTypes.map { ($0.name, $0.count) })
        lines += ["", "Most connected:"]
        lines += aligned(mostConnected.map { item in
            let entity = graph.entities[item.entity]
            return ("\(entity.name) (\(entity.id))", item.degree)
        })
        return lines.joined(separator: "\n") + "\n"
    }

    private func aligned(_ rows: [(String, Int)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        let numberWidth = rows.map { String($0.1).count }.max() ?? 0
        return rows.map { name, count in
            "  " + name + String(repeating: " ", count: width - name.count + 2)
                + String(repeating: " ", count: numberWidth - String(count).count) + String(count)
        }
    }
}
