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

    /// Whether the relation at `index` of `relations` passes. Each field
    /// is read where it lies: taking the relation as a value, even a
    /// borrowed one, made the optimiser copy it, retaining its four
    /// arrays, for each of millions of relations.
    @inline(__always)
    func keeps(_ relations: UnsafeBufferPointer<Relation>, at index: Int) -> Bool {
        if let asOf, let time = relations[index].time, !time.holds(asOf: asOf) { return false }
        // ``Relation/isClaim``, the cheap comparison first.
        if let minimumStatus, relations[index].status < minimumStatus,
           relations[index].status != .reported || !relations[index].claimants.isEmpty { return false }
        if citedOnly && relations[index].citations.isEmpty { return false }
        if let source, !relations[index].citations.contains(where: { $0.source == source }) { return false }
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
            for index in relations.indices where contains(relation: index) && filter.keeps(relations, at: index) {
                keptRelations[index] = true
            }
        }
        // Most entities have no attributes at all: only theirs are read.
        var happened: [Bool]? = filter.asOf == nil ? nil : graph.entities.withUnsafeBufferPointer { entities in
            entities.indices.map { entities[$0].attributes.isEmpty || filter.keeps(entity: entities[$0]) }
        }
        // No entity dated after the day: no mask to apply.
        if happened?.contains(false) == false { happened = nil }
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
