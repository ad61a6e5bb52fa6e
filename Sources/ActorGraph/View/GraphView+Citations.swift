extension GraphView {
    /// Whether the view counts `citation`: with a known-by day, only a
    /// source published by then counts (see ``EvidenceFilter/knownBy``).
    public func counts(_ citation: Citation) -> Bool {
        countedSources?[citation.source] ?? true
    }

    /// The citations of `list` the view counts, in their order; `list`
    /// itself, not a copy, when the view counts every citation.
    public func citations(_ list: [Citation]) -> [Citation] {
        guard countedSources != nil else { return list }
        return list.filter(counts)
    }

    /// Entity `index`'s own citations as the view counts them.
    public func citations(ofEntity index: Int) -> [Citation] {
        citations(graph.entities[index].citations)
    }

    /// Relation `index`'s own citations as the view counts them.
    public func citations(ofRelation index: Int) -> [Citation] {
        citations(graph.relations[index].citations)
    }
}
