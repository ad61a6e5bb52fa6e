/// Which relations and entities count, by their evidence: as the graph
/// stood on a day, only claims asserted at least so firmly, only what is
/// cited, or only what one source says. Every command takes these
/// (`--as-of`, `--min-status`, `--cited-only`, `--source`).
public struct EvidenceFilter: Hashable, Sendable {
    /// Keep relations that held on this day (undated ones always hold),
    /// and entities not dated after it: an event that had not happened yet
    /// is not part of the graph as it stood.
    public var asOf: PartialDate?
    /// Keep claims (see ``Relation/isClaim`` and ``AttributeValue/isClaim``)
    /// at least this firmly asserted. A relation or value that claims
    /// nothing (no status, no claimant) is structure, not a claim, and
    /// stays: filtering for confirmed claims must not cut an undisputed
    /// `part-of`.
    public var minimumStatus: ClaimStatus?
    /// Keep only relations that cite a source, for an answer resting on
    /// reports alone.
    public var citedOnly: Bool
    /// Keep relations that cite this source (by index).
    public var source: Int?

    /// A filter; the default keeps everything.
    public init(asOf: PartialDate? = nil, minimumStatus: ClaimStatus? = nil, citedOnly: Bool = false, source: Int? = nil) {
        self.asOf = asOf
        self.minimumStatus = minimumStatus
        self.citedOnly = citedOnly
        self.source = source
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { asOf == nil && minimumStatus == nil && !citedOnly && source == nil }

    /// Whether `relation` passes.
    @inline(__always)
    public func keeps(_ relation: borrowing Relation) -> Bool {
        if let asOf, let time = relation.time, !time.holds(asOf: asOf) { return false }
        if let minimumStatus, relation.isClaim, relation.status < minimumStatus { return false }
        if citedOnly && relation.citations.isEmpty { return false }
        if let source, !relation.citations.contains(where: { $0.source == source }) { return false }
        return true
    }

    /// Whether `entity` passes: with ``asOf``, not when every date it gives
    /// (`date:`, or `from:` for something that began) falls after the day.
    /// Sources may disagree on the date; one value on or before the day
    /// is enough, since the event may then have happened.
    public func keeps(entity: borrowing Entity) -> Bool {
        guard let asOf else { return true }
        var dated = false
        for attribute in entity.attributes where attribute.key == "date" || attribute.key == "from" {
            for value in attribute.values {
                guard let date = PartialDate(value.text) else { continue }
                if date.earliest <= asOf.latest { return true }
                dated = true
            }
        }
        return !dated
    }
}

extension GraphView {
    /// The view with only the relations `filter` keeps. Every entity stays,
    /// except those dated after an `asOf` day, and that with a source
    /// filter only the entities that source cites or that a kept relation
    /// joins remain, and only the attribute values it gives: the graph as
    /// that source tells it. With a minimum status, values claimed less
    /// firmly are left out as well.
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
        let happened: [Bool]? = filter.asOf == nil ? nil : graph.entities.withUnsafeBufferPointer { $0.map { filter.keeps(entity: $0) } }
        guard let source = filter.source else {
            let narrowed = intersection(entities: happened, relations: keptRelations)
            return narrowed.telling(valuesFrom: narrowed.valueSource, atLeast: filter.minimumStatus ?? narrowed.valueMinimumStatus)
        }
        var keptEntities = [Bool](repeating: false, count: graph.entities.count)
        for (index, entity) in graph.entities.enumerated() where entity.citations.contains(where: { $0.source == source }) {
            keptEntities[index] = true
        }
        for index in relations.indices where keptRelations[index] {
            keptEntities[relations[index].subject] = true
            keptEntities[relations[index].object] = true
        }
        if let happened {
            for index in keptEntities.indices where !happened[index] { keptEntities[index] = false }
        }
        let narrowed = intersection(entities: keptEntities, relations: keptRelations)
        return narrowed.telling(valuesFrom: source, atLeast: filter.minimumStatus ?? narrowed.valueMinimumStatus)
    }
}

extension Graph {
    /// The whole graph filtered by `filter`; see ``GraphView/filtered(by:)``.
    public func filtered(by filter: EvidenceFilter) -> GraphView {
        view.filtered(by: filter)
    }
}
