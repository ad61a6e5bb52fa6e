/// Actors that identity relations (`same-as`) say may be one, taken as one
/// for a query. Noms de guerre and transliterations split one person into
/// several entities; an analyst who accepts a `same-as` at some status
/// wants paths, neighbours and ranks to run as if the names were one.
///
/// The merge is a view over a copy of the graph with the same indices:
/// each group of merged entities is represented by its first declared
/// member, which takes every relation of the others and the display name
/// `Abu Taqwa (= Mushtaq Talib al-Saidi)`, so every answer names the
/// merged actor; the other members leave the view, and their ids, names
/// and aliases find the representative. The identity relations that
/// merged leave the view too: they are no connections once the ends are one.
public struct IdentityMerge: Sendable {
    /// The view to query: the merged graph, filtered as the original view.
    public let view: GraphView
    /// The weakest status of an identity relation that merges.
    public let status: ClaimStatus
    /// The identity relations that merged two actors, in file order; their
    /// indices are the same in the original graph and the merged one.
    public let links: [Int]
    /// For each entity, the entity that represents it (itself when it is
    /// merged with nobody, or represents its group).
    public let representative: [Int]
    /// The graph before the merge, whose names say who was merged.
    public let original: Graph

    /// Merges the actors of `view` that identity relations in the view
    /// join with a status at `status` or firmer; denied ones never merge.
    public init(_ view: GraphView, atLeast status: ClaimStatus) {
        let graph = view.graph
        self.status = status
        var parent = Array(graph.entities.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var links: [Int] = []
        for index in view.relationIndices {
            let relation = graph.relations[index]
            guard graph.schema.relationTypes[relation.type].role == .identity, relation.status != .denied, relation.status >= status else { continue }
            links.append(index)
            // Each root is its group's first entity, so the first declared stands for the group.
            let (subject, object) = (root(relation.subject), root(relation.object))
            parent[max(subject, object)] = min(subject, object)
        }
        self.links = links
        representative = graph.entities.indices.map(root)
        original = graph
        guard !links.isEmpty else {
            self.view = view
            return
        }
        var entities = graph.entities
        var members: [Int: [String]] = [:]
        for (index, stand) in representative.enumerated() where stand != index { members[stand, default: []].append(graph.entities[index].name) }
        for (stand, names) in members { entities[stand].name += " (= " + names.joined(separator: ", ") + ")" }
        let representative = representative
        let relations = graph.relations.map { relation in
            var merged = relation
            merged.subject = representative[relation.subject]
            merged.object = representative[relation.object]
            return merged
        }
        let merged = Graph(schema: graph.schema, entities: entities, relations: relations, sources: graph.sources,
                           idIndex: graph.idIndex.mapValues { Int32(representative[Int($0)]) },
                           nameIndex: graph.nameIndex.mapValues { Int32(representative[Int($0)]) })
        let linked = Set(links)
        self.view = GraphView(merged, entities: graph.entities.indices.map { view.contains(entity: $0) && representative[$0] == $0 },
                              relations: graph.relations.indices.map { view.contains(relation: $0) && !linked.contains($0) },
                              valueSource: view.valueSource)
    }

    /// The lines an answer ends with to say which actors it took as one
    /// and on whose word, or nothing when none were merged:
    /// `identities merged (same-as alleged or firmer):` then one line per
    /// relation, `Abu Taqwa = Mushtaq Talib al-Saidi: alleged by Iraqi army (r003)`.
    public var note: String {
        guard !links.isEmpty else { return "" }
        let graph = original
        var text = "identities merged (same-as \(status.rawValue) or firmer):\n"
        for index in links {
            let relation = graph.relations[index]
            let sources = relation.citations.map { graph.sources[$0.source].id }
            text += "  \(graph.entities[relation.subject].name) = \(graph.entities[relation.object].name): "
                + (graph.claim(of: index) ?? relation.status.rawValue) + (sources.isEmpty ? "" : " (" + sources.joined(separator: ", ") + ")") + "\n"
        }
        return text
    }
}
