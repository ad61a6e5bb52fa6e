/// A part of a graph, as a graph of its own, with the way back to the
/// original's indices.
public struct Subgraph: Sendable {
    /// The part, re-indexed densely, in the original's order.
    public let graph: Graph
    /// For each entity of ``graph``, its index in the original.
    public let originalEntities: [Int]
    /// For each relation of ``graph``, its index in the original.
    public let originalRelations: [Int]

    /// The index in ``graph`` of the original's entity `index`, if kept.
    public func entity(fromOriginal index: Int) -> Int? {
        binarySearch(originalEntities, index)
    }

    /// The index in ``graph`` of the original's relation `index`, if kept.
    public func relation(fromOriginal index: Int) -> Int? {
        binarySearch(originalRelations, index)
    }

    private func binarySearch(_ sorted: [Int], _ value: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }
}

extension Graph {
    /// The entities where `entities` is true, and the relations between
    /// them for which `includeRelation` is true, keeping file order, sources
    /// and evidence. A relation's claimant (`by:`) left out of the part is
    /// still named, in a `by` attribute, so the drawing says who claims it.
    public func subgraph(entities keep: [Bool], relations includeRelation: (Int) -> Bool = { _ in true }) -> Subgraph {
        subgraph(entities: keep, relations: includeRelation, attributes: { $0 })
    }

    /// As ``subgraph(entities:relations:)``, passing every entity's and
    /// relation's attributes through `attributes` first.
    func subgraph(entities keep: [Bool], relations includeRelation: (Int) -> Bool, attributes: ([Attribute]) -> [Attribute]) -> Subgraph {
        var newIndex = [Int](repeating: -1, count: entities.count)
        var originalEntities: [Int] = []
        var builder = GraphBuilder(schema: schema)
        for source in sources { builder.addSource(source) }
        for (index, entity) in entities.enumerated() where keep[index] {
            newIndex[index] = originalEntities.count
            originalEntities.append(index)
            builder.addEntity(id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases,
                              attributes: attributes(entity.attributes), citations: entity.citations)
        }
        var originalRelations: [Int] = []
        for (index, relation) in relations.enumerated()
        where newIndex[relation.subject] >= 0 && newIndex[relation.object] >= 0 && includeRelation(index) {
            originalRelations.append(index)
            var kept = attributes(relation.attributes)
            let absent = relation.claimants.filter { newIndex[$0] < 0 }.map { self.entities[$0].name }
            if !absent.isEmpty { kept.append(Attribute("by", absent.joined(separator: ", "))) }
            let evidence = GraphBuilder.RelationEvidence(status: relation.status,
                                                         claimants: relation.claimants.filter { newIndex[$0] >= 0 }.map { .index(newIndex[$0]) },
                                                         citations: relation.citations, time: relation.time)
            builder.addRelation(.index(newIndex[relation.subject]), schema.relationTypes[relation.type].name,
                                .index(newIndex[relation.object]), attributes: kept, evidence: evidence)
        }
        return Subgraph(graph: builder.build().graph, originalEntities: originalEntities, originalRelations: originalRelations)
    }

    /// The entities and relations of `paths` only.
    public func subgraph(of paths: [Path]) -> Subgraph {
        var keep = [Bool](repeating: false, count: entities.count)
        var used = Set<Int>()
        for path in paths {
            for entity in path.entities(in: self) { keep[entity] = true }
            for step in path.steps { used.insert(step.relation) }
        }
        return subgraph(entities: keep) { used.contains($0) }
    }
}
