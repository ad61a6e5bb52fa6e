extension GraphView {
    /// Only the entities of `kinds` and the relations of `relationTypes`
    /// (`nil` keeps all). With relation types, only the entities a kept
    /// relation joins remain ("just the funding network"), and `keeping`
    /// besides, so a focus actor stays even when no kept relation touches it.
    public func selecting(kinds: Set<Int>? = nil, relationTypes: Set<Int>? = nil, keeping: Int? = nil) -> GraphView {
        guard kinds != nil || relationTypes != nil else { return self }
        let entities = graph.entities, relations = graph.relations
        var keepEntities = entities.indices.map { contains(entity: $0) && (kinds?.contains(entities[$0].kind) ?? true) }
        var keepRelations: [Bool]? = nil
        if let relationTypes {
            var touched = [Bool](repeating: false, count: entities.count)
            var kept = [Bool](repeating: false, count: relations.count)
            for (index, relation) in relations.enumerated()
            where contains(relation: index) && relationTypes.contains(relation.type) && keepEntities[relation.subject] && keepEntities[relation.object] {
                kept[index] = true
                touched[relation.subject] = true
                touched[relation.object] = true
            }
            if let keeping, keepEntities[keeping] { touched[keeping] = true }
            keepEntities = touched
            keepRelations = kept
        }
        return intersection(entities: keepEntities, relations: keepRelations)
    }

    /// The entities within `radius` relations of `center` and every
    /// relation among them that `filter` allows: NetworkX's `ego_graph`.
    public func egoView(center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) -> GraphView {
        var keep = [Bool](repeating: false, count: graph.entities.count)
        for neighbor in neighborhood(of: center, radius: radius, filter: filter) { keep[neighbor.entity] = true }
        let types = filter.relationTypes.map { types in graph.relations.map { types.contains($0.type) } }
        return intersection(entities: keep, relations: types)
    }

    /// Only the entities and relations of `paths`.
    public func pathView(_ paths: [Path]) -> GraphView {
        var entities = [Bool](repeating: false, count: graph.entities.count)
        var relations = [Bool](repeating: false, count: graph.relations.count)
        for path in paths {
            for entity in path.entities(in: graph) { entities[entity] = true }
            for step in path.steps { relations[step.relation] = true }
        }
        return intersection(entities: entities, relations: relations)
    }
}
