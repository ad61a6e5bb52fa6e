extension GraphView {
    /// Entity `index`'s attributes as the view tells them: with a source
    /// filter, only the values that source gives or that cite no one.
    public func attributes(ofEntity index: Int) -> [Attribute] {
        told(graph.entities[index].attributes)
    }

    /// Relation `index`'s attributes as the view tells them.
    public func attributes(ofRelation index: Int) -> [Attribute] {
        told(graph.relations[index].attributes)
    }

    private func told(_ attributes: [Attribute]) -> [Attribute] {
        guard let source = valueSource else { return attributes }
        return attributes.compactMap { attribute in
            let values = attribute.values.filter { $0.citations.isEmpty || $0.citations.contains { $0.source == source } }
            return values.isEmpty ? nil : Attribute(attribute.key, values: values)
        }
    }
}
