extension Graph {
    /// Calls `update` with every citation the graph holds: of entities,
    /// their alias notes and values, and of relations and their values.
    /// Only citations are touched, so the adjacency built from ends and
    /// statuses stays valid.
    mutating func updateCitations(_ update: (inout Citation) -> Void) {
        func values(_ attributes: inout [Attribute]) {
            for attribute in attributes.indices {
                for value in attributes[attribute].values.indices {
                    for citation in attributes[attribute].values[value].citations.indices {
                        update(&attributes[attribute].values[value].citations[citation])
                    }
                }
            }
        }
        for entity in entities.indices {
            for citation in entities[entity].citations.indices { update(&entities[entity].citations[citation]) }
            for note in entities[entity].aliasNotes.values.indices {
                for citation in entities[entity].aliasNotes.values[note].citations.indices {
                    update(&entities[entity].aliasNotes.values[note].citations[citation])
                }
            }
            values(&entities[entity].attributes)
        }
        for relation in relations.indices {
            for citation in relations[relation].citations.indices { update(&relations[relation].citations[citation]) }
            values(&relations[relation].attributes)
        }
    }
}
