/// Which relations and entities count, by their evidence: as the graph
/// stood on a day, only claims asserted at least so firmly, only what is
/// cited, only what one source says, or only what sources published by a
/// day say. Every command takes these (`--as-of`, `--min-status`,
/// `--cited-only`, `--source`, `--known-by`).
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
    /// Keep only what sources published by this day support (see
    /// ``Publication``): a citation counts when its source was out by the
    /// day, and a relation or attribute value that cites sources but none
    /// that counts is left out, while uncited ones (structure) stay. An
    /// entity that cites sources, none of which counts, is left out too,
    /// unless a kept relation that cites a counted source joins it (that
    /// source knew of it) or one of its values cites one. The citations
    /// that do not count are left out of what the view shows.
    public var knownBy: PartialDate?

    /// A filter; the default keeps everything.
    public init(asOf: PartialDate? = nil, minimumStatus: ClaimStatus? = nil, citedOnly: Bool = false, source: Int? = nil,
                knownBy: PartialDate? = nil) {
        self.asOf = asOf
        self.minimumStatus = minimumStatus
        self.citedOnly = citedOnly
        self.source = source
        self.knownBy = knownBy
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { asOf == nil && minimumStatus == nil && !citedOnly && source == nil && knownBy == nil }

    /// For each source of `graph`, whether its citations count under
    /// ``knownBy``; `nil` when every citation counts.
    public func countedSources(in graph: Graph) -> [Bool]? {
        knownBy.map { day in graph.sources.map { Publication(of: $0, by: day).counts } }
    }

    /// The sources of `graph` that ``knownBy`` leaves out for a date that
    /// may fall after the day (undated, or a month or year reaching past
    /// it), in declaration order; empty without ``knownBy``.
    public func uncertainSources(in graph: Graph) -> [Int] {
        guard let knownBy else { return [] }
        return graph.sources.indices.filter { Publication(of: graph.sources[$0], by: knownBy) == .uncertain }
    }

    /// Whether the relation at `index` of `relations` passes. Each field
    /// is read where it lies: taking the relation as a value, even a
    /// borrowed one, made the optimiser copy it, retaining its four
    /// arrays, for each of millions of relations.
    @inline(__always)
    func keeps(_ relations: UnsafeBufferPointer<Relation>, at index: Int, counting counted: [Bool]?) -> Bool {
        if let asOf, let time = relations[index].time, !time.holds(asOf: asOf) { return false }
        // ``Relation/isClaim``, the cheap comparison first.
        if let minimumStatus, relations[index].status < minimumStatus,
           relations[index].status != .reported || !relations[index].claimants.isEmpty { return false }
        if citedOnly && relations[index].citations.isEmpty { return false }
        if let source, !relations[index].citations.contains(where: { $0.source == source }) { return false }
        if let counted, !relations[index].citations.isEmpty, !relations[index].citations.contains(where: { counted[$0.source] }) { return false }
        return true
    }

    /// Whether `entity` is known from counted sources: it cites none, or
    /// cites a counted one itself or in one of its values.
    static func isKnown(_ entity: borrowing Entity, counting counted: [Bool]) -> Bool {
        if entity.citations.isEmpty || entity.citations.contains(where: { counted[$0.source] }) { return true }
        return entity.attributes.contains { $0.values.contains { $0.citations.contains { counted[$0.source] } } }
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
        let counted = filter.countedSources(in: graph)
        var keptRelations = [Bool](repeating: false, count: relations.count)
        // Read each relation's fields in place: copying a relation would
        // retain and release its arrays, millions of times on a large graph.
        relations.withUnsafeBufferPointer { relations in
            for index in relations.indices where contains(relation: index) && filter.keeps(relations, at: index, counting: counted) {
                keptRelations[index] = true
            }
        }
        // Most entities have no attributes at all: only theirs are read.
        var happened: [Bool]? = filter.asOf == nil ? nil : graph.entities.withUnsafeBufferPointer { entities in
            entities.indices.map { entities[$0].attributes.isEmpty || filter.keeps(entity: entities[$0]) }
        }
        // No entity dated after the day: no mask to apply.
        if happened?.contains(false) == false { happened = nil }
        var keptEntities = filter.source.map { reportedEntities(by: $0, relations: keptRelations) }
        if let counted {
            keptEntities = Self.both(keptEntities, knownEntities(counting: counted, relations: keptRelations))
        }
        let narrowed = intersection(entities: Self.both(keptEntities, happened), relations: keptRelations)
        return narrowed.telling(valuesFrom: filter.source ?? narrowed.valueSource, atLeast: filter.minimumStatus ?? narrowed.valueMinimumStatus,
                                counting: counted)
    }

    /// The entities `source` cites or a kept relation joins.
    private func reportedEntities(by source: Int, relations keptRelations: [Bool]) -> [Bool] {
        var kept = [Bool](repeating: false, count: graph.entities.count)
        for (index, entity) in graph.entities.enumerated() where entity.citations.contains(where: { $0.source == source }) {
            kept[index] = true
        }
        for index in keptRelations.indices where keptRelations[index] {
            kept[graph.relations[index].subject] = true
            kept[graph.relations[index].object] = true
        }
        return kept
    }

    /// The entities known from counted sources (see
    /// ``EvidenceFilter/isKnown(_:counting:)``) or joined by a kept
    /// relation that cites one; `nil` when every entity is.
    private func knownEntities(counting counted: [Bool], relations keptRelations: [Bool]) -> [Bool]? {
        // Uncited entities, the most, are known: only cited ones are read.
        var known = graph.entities.withUnsafeBufferPointer { entities in
            entities.indices.map { entities[$0].citations.isEmpty || EvidenceFilter.isKnown(entities[$0], counting: counted) }
        }
        guard known.contains(false) else { return nil }
        graph.relations.withUnsafeBufferPointer { relations in
            // A kept relation that cites anything cites a counted source.
            for index in relations.indices where keptRelations[index] && !relations[index].citations.isEmpty {
                known[relations[index].subject] = true
                known[relations[index].object] = true
            }
        }
        return known
    }
}

extension Graph {
    /// The whole graph filtered by `filter`; see ``GraphView/filtered(by:)``.
    public func filtered(by filter: EvidenceFilter) -> GraphView {
        view.filtered(by: filter)
    }
}
