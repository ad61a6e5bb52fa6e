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
    @inline(__always)
    public func keeps(_ relation: borrowing Relation) -> Bool {
        if let asOf, let time = relation.time, !time.holds(asOf: asOf) { return false }
        if let minimumStatus, relation.status < minimumStatus { return false }
        if let source, !relation.citations.contains(where: { $0.source == source }) { return false }
        return true
    }
}

extension GraphView {
    /// The view with only the relations `filter` keeps. Every entity stays,
    /// except that with a source filter only the entities that source
    /// cites or that a kept relation joins remain, and only the attribute
    /// values it gives: the graph as that source tells it.
    public func filtered(by filter: EvidenceFilter) -> GraphView {
        guard !filter.isEmpty else { return self }
        let relations = graph.relations
        var keptRelations = [Bool](repeating: false, count: relations.count)
        // Read each relation's fields in place: copying a relation would
        // retain and release its arrays, millions of times on a large graph.
        relations.withUnsafeBufferPointer { relations in
            for index in relations.indices where contains(relation: index) && filter.keeps(relations[index]) {
                keptRelations[index] = true
            }
        }
        guard let source = filter.source else { return intersection(relations: keptRelations) }
        var keptEntities = [Bool](repeating: false, count: graph.entities.count)
        for (index, entity) in graph.entities.enumerated() where entity.citations.contains(where: { $0.source == source }) {
            keptEntities[index] = true
        }
        for index in relations.indices where keptRelations[index] {
            keptEntities[relations[index].subject] = true
            keptEntities[relations[index].object] = true
        }
        let narrowed = intersection(entities: keptEntities, relations: keptRelations)
        return GraphView(graph, entities: narrowed.entityMask, relations: narrowed.relationMask, valueSource: source)
    }
}

extension Graph {
    /// The whole graph filtered by `filter`; see ``GraphView/filtered(by:)``.
    public func filtered(by filter: EvidenceFilter) -> GraphView {
        view.filtered(by: filter)
    }
}
