extension Graph {
    /// The entities the graph cites the source at `source` for, those its
    /// report should name: an entity whose `src:`, alias or attribute
    /// value cites it; the subject and object of a relation that cites it,
    /// in `src:` or in an attribute's value; and the entity a reference
    /// value names (`place: baghdad`, an event's participant) where that
    /// value cites it. Claimants (`by:`) are left out: who asserts a claim
    /// is the analyst's attribution, which the report need not name.
    public func entitiesCited(bySource source: Int) -> Set<Int> {
        func cites(_ citations: [Citation]) -> Bool { citations.contains { $0.source == source } }
        var cited = Set<Int>()
        func collect(_ attributes: [Attribute]) -> Bool {
            var any = false
            for value in attributes.lazy.flatMap(\.values) where cites(value.citations) {
                any = true
                if let entity = value.entity { cited.insert(entity) }
            }
            return any
        }
        for (index, entity) in entities.enumerated() {
            let byValue = collect(entity.attributes)
            if byValue || cites(entity.citations) || entity.aliasNotes.values.contains(where: { cites($0.citations) }) {
                cited.insert(index)
            }
        }
        for relation in relations {
            let byValue = collect(relation.attributes)
            if byValue || cites(relation.citations) {
                cited.formUnion([relation.subject, relation.object])
            }
        }
        return cited
    }
}
