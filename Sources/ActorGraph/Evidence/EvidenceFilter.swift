/// Which relations count, by their evidence: as the graph stood on a day,
/// only those asserted at least so firmly, or only what one source says.
/// Every command takes these (`--as-of`, `--min-status`, `--source`).
public struct EvidenceFilter: Hashable, Sendable {
    /// Keep relations that held on this day (undated ones always hold).
    public var asOf: PartialDate?
    /// Keep relations at least this firmly asserted.
    public var minimumStatus: ClaimStatus?
    /// Keep relations that cite this source (by index).
    public var source: Int?

    /// A filter; the default keeps everything.
    public init(asOf: PartialDate? = nil, minimumStatus: ClaimStatus? = nil, source: Int? = nil) {
        self.asOf = asOf
        self.minimumStatus = minimumStatus
        self.source = source
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { asOf == nil && minimumStatus == nil && source == nil }

    /// Whether `relation` passes.
    public func keeps(_ relation: Relation) -> Bool {
        if let asOf, let time = relation.time, !time.holds(asOf: asOf) { return false }
        if let minimumStatus, relation.status < minimumStatus { return false }
        if let source, !relation.citations.contains(where: { $0.source == source }) { return false }
        return true
    }
}

extension Graph {
    /// The graph with only the relations `filter` keeps. Every entity stays,
    /// except that with a source filter only the entities that source
    /// cites or that a kept relation joins remain: the graph as it tells it.
    public func filtered(by filter: EvidenceFilter) -> Graph {
        guard !filter.isEmpty else { return self }
        var keep = [Bool](repeating: filter.source == nil, count: entities.count)
        if let source = filter.source {
            for (index, entity) in entities.enumerated() where entity.citations.contains(where: { $0.source == source }) {
                keep[index] = true
            }
            for relation in relations where filter.keeps(relation) {
                keep[relation.subject] = true
                keep[relation.object] = true
            }
        }
        guard let source = filter.source else { return subgraph(entities: keep) { filter.keeps(relations[$0]) }.graph }
        // What the source tells: values it cites, or that cite no one;
        // values only other sources give are left out.
        let told = { (attributes: [Attribute]) -> [Attribute] in
            attributes.compactMap { attribute in
                let values = attribute.values.filter { $0.citations.isEmpty || $0.citations.contains { $0.source == source } }
                return values.isEmpty ? nil : Attribute(attribute.key, values: values)
            }
        }
        return subgraph(entities: keep, relations: { filter.keeps(relations[$0]) }, attributes: told).graph
    }
}
