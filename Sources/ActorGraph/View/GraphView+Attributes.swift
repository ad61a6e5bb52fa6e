extension GraphView {
    /// Entity `index`'s attributes as the view tells them: with a source
    /// filter, only the values that source gives or that cite no one; with
    /// a status filter, no value claimed less firmly than the minimum; with
    /// a known-by day, only the values that cite no one or a counted
    /// source, with only their counted citations.
    public func attributes(ofEntity index: Int) -> [Attribute] {
        told(graph.entities[index].attributes)
    }

    /// Relation `index`'s attributes as the view tells them.
    public func attributes(ofRelation index: Int) -> [Attribute] {
        told(graph.relations[index].attributes)
    }

    private func told(_ attributes: [Attribute]) -> [Attribute] {
        guard valueSource != nil || valueMinimumStatus != nil || countedSources != nil else { return attributes }
        return attributes.compactMap { attribute in
            var values = attribute.values.filter(tells)
            if countedSources != nil {
                for index in values.indices { values[index].citations = citations(values[index].citations) }
            }
            return values.isEmpty ? nil : Attribute(attribute.key, values: values)
        }
    }

    /// Whether the view tells `value`: given by its source filter's
    /// source (or by no one cited), not a claim weaker than its minimum,
    /// and cited by a counted source if cited at all.
    private func tells(_ value: AttributeValue) -> Bool {
        if let source = valueSource, !value.citations.isEmpty, !value.citations.contains(where: { $0.source == source }) { return false }
        if let minimum = valueMinimumStatus, value.isClaim, value.status < minimum { return false }
        if let counted = countedSources, !value.citations.isEmpty, !value.citations.contains(where: { counted[$0.source] }) { return false }
        return true
    }
}

extension GraphView {
    /// The keys of the entities' attributes in the view, each once, in
    /// the order first used: the columns of a table of entities.
    public var entityAttributeKeys: [String] {
        Self.keys(entityIndices.lazy.map { self.attributes(ofEntity: $0) }, excluding: [])
    }

    /// The keys of the relations' attributes in the view, each once, in
    /// the order first used, without `date`, `from` and `to`, which every
    /// relation's time already gives.
    public var relationAttributeKeys: [String] {
        Self.keys(relationIndices.lazy.map { self.attributes(ofRelation: $0) }, excluding: ["date", "from", "to"])
    }

    /// The keys of the sources' attributes (`outlet`, `url`, ...), each
    /// once, in the order first used; every source of the graph counts,
    /// since a citation in the view may name any of them.
    public var sourceAttributeKeys: [String] {
        Self.keys(graph.sources.lazy.map(\.attributes), excluding: [])
    }

    private static func keys<S: Sequence>(_ lists: S, excluding excluded: Set<String>) -> [String] where S.Element == [Attribute] {
        var seen = excluded, keys: [String] = []
        for list in lists {
            for attribute in list where seen.insert(attribute.key).inserted { keys.append(attribute.key) }
        }
        return keys
    }
}
