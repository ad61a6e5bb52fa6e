/// Writes one view as a STIX 2.1 bundle, byte by byte, one object a line
/// with keys in a fixed order: authors of the sources, entities,
/// relationships (each denial followed by its opinion), then the reports,
/// whose `object_refs` are gathered on the way.
struct STIXBundleWriter {
    private let view: GraphView
    private let graph: Graph
    private var identifiers: NameBasedUUID
    private var out = JSONBuffer()
    /// The STIX object every entity of the graph becomes.
    private let types: [STIXEntityType]
    /// The STIX id of every entity of the graph, as a JSON string, so claimants outside the view still have one.
    private let entityIDs: PreparedJSON
    /// The STIX ids of the objects citing each source, as JSON strings, for its report.
    private var citing: [[[UInt8]]]
    /// What follows every object's id: its `created`, and its `modified`,
    /// the first moment of the newest source's day, or `created` when that
    /// day is earlier.
    private let timestamps: [UInt8]
    /// By relation type, what follows a relationship's id up to its
    /// `source_ref` value; by relation type and claim status, what follows
    /// its `x_actorgraph_id` up to its `x_actorgraph_status`'s end: most of
    /// the object, copied whole.
    private let relationshipStarts: PreparedJSON
    private let relationshipMiddles: PreparedJSON
    /// The claim statuses in the order of `relationshipMiddles`.
    private let statuses = ClaimStatus.allCases
    /// The separator and keys before a relationship's id, then the id as a
    /// JSON string; and the key before its number in `graph.relations`,
    /// then the number. Each relationship rewrites only its own part and
    /// copies the whole: there are millions.
    private var relationshipOpening = Self.bytes(Self.separator) + Self.bytes(#"{"type":"relationship","spec_version":"2.1","id":"#)
    private var relationshipNumber = Self.bytes(#","x_actorgraph_id":"rel-"#)
    private let relationshipIDStart: Int
    private let relationshipNumberStart: Int

    /// What comes between two objects: each is on its own line.
    private static let separator: StaticString = ",\n"

    /// The day of every object's `created`, as ``PartialDate/earliest``
    /// writes days: the Unix epoch, since a graph does not say when it was written.
    private static let createdDay = 1970_01_01
    private static let created = STIXValues.timestamp(createdDay)

    init(view: GraphView, identifiers: NameBasedUUID) {
        self.view = view
        relationshipIDStart = relationshipOpening.count
        relationshipNumberStart = relationshipNumber.count
        let graph = view.graph
        self.graph = graph
        citing = Array(repeating: [], count: graph.sources.count)
        // STIX wants `modified` no earlier than `created`: a graph whose
        // sources all predate the epoch is modified at the epoch.
        let newest = graph.sources.compactMap { $0.date?.earliest }.max() ?? Self.createdDay
        var timestamps = JSONBuffer()
        timestamps.raw(#","created":"#); timestamps.string(Self.created)
        timestamps.raw(#","modified":"#); timestamps.string(STIXValues.timestamp(max(newest, Self.createdDay)))
        self.timestamps = timestamps.storage
        let relationTypes = graph.schema.relationTypes
        relationshipStarts = PreparedJSON(count: relationTypes.count) { [timestamps] out, type in
            out.raw(timestamps.storage)
            out.raw(#","relationship_type":"#); out.string(STIXValues.relationshipType(relationTypes[type]))
            out.raw(#","source_ref":"#)
        }
        let statuses = statuses
        relationshipMiddles = PreparedJSON(count: relationTypes.count * statuses.count) { out, piece in
            out.raw(#"","x_actorgraph_type":"#); out.string(relationTypes[piece / statuses.count].name)
            out.raw(#","x_actorgraph_status":"#); out.string(statuses[piece % statuses.count].rawValue)
        }
        let attacks = STIXEntityType.attackers(in: graph)
        let entities = graph.entities, kinds = graph.schema.kinds
        let types = entities.indices.map { STIXEntityType(of: entities[$0], kind: kinds[entities[$0].kind].name, attacks: attacks[$0]) }
        self.types = types
        var identifiers = identifiers
        var id: [UInt8] = []
        entityIDs = PreparedJSON(count: entities.count) { out, index in
            id.removeAll(keepingCapacity: true)
            Self.quotedID(&identifiers, "entity:", entities[index].id.utf8, leading: types[index].idPrefix, into: &id)
            out.raw(id)
        }
        self.identifiers = identifiers
    }

    mutating func write() -> [UInt8] {
        out.reserve(view.entityCount * 400 + view.relationCount * 600)
        out.raw(#"{"type":"bundle","id":"#); out.string(identifiers.text("bundle:", "".utf8, leading: "bundle--"))
        out.raw(",\"objects\":[\n")
        var id: [UInt8] = []
        let authorIDs = PreparedJSON(count: graph.sources.count) { [graph] out, index in
            id.removeAll(keepingCapacity: true)
            Self.quotedID(&identifiers, "author:", graph.sources[index].id.utf8, leading: "identity--", into: &id)
            out.raw(id)
        }
        let cited = citedSources()
        var first = true
        for (index, source) in graph.sources.enumerated() where cited[index] {
            separate(&first)
            author(source, id: authorIDs[index])
        }
        for index in view.entityIndices {
            separate(&first)
            entity(index)
        }
        for index in view.relationIndices {
            relationship(index, separated: !first)
            first = false
        }
        for (index, source) in graph.sources.enumerated() where cited[index] {
            separate(&first)
            report(index, source, author: authorIDs[index])
        }
        out.raw("\n]}\n")
        return out.storage
    }

    private mutating func separate(_ first: inout Bool) {
        if !first { out.raw(Self.separator) }
        first = false
    }

    /// Which sources an item of the view cites; a report must refer to at
    /// least one object, so a source nothing cites is left out.
    private func citedSources() -> [Bool] {
        var cited = [Bool](repeating: false, count: graph.sources.count)
        func mark(_ citations: [Citation]) {
            for citation in citations { cited[citation.source] = true }
        }
        func mark(_ attributes: [Attribute]) {
            for attribute in attributes { for value in attribute.values { mark(value.citations) } }
        }
        for index in view.entityIndices {
            mark(graph.entities[index].citations)
            mark(view.attributes(ofEntity: index))
        }
        for index in view.relationIndices {
            mark(graph.relations[index].citations)
            mark(view.attributes(ofRelation: index))
        }
        return cited
    }

    /// `{"type":T,"spec_version":"2.1","id":...,"created":...,"modified":...`, the start of every object.
    private mutating func header(_ type: StaticString, id: some Collection<UInt8>) {
        out.raw(#"{"type":""#); out.raw(type)
        out.raw(#"","spec_version":"2.1","id":"#); out.raw(id)
        out.raw(timestamps)
    }

    /// Who wrote a source, carrying its reliability where OpenCTI reads it.
    private mutating func author(_ source: Source, id: ArraySlice<UInt8>) {
        header("identity", id: id)
        if let outlet = source.attributes[key: "outlet"] {
            out.raw(#","name":"#); out.string(outlet)
            out.raw(#","identity_class":"organization""#)
        } else {
            out.raw(#","name":"#); out.string(source.attributes[key: "author"] ?? source.id)
            out.raw(#","identity_class":"unknown""#)
        }
        if let reliability = source.reliability {
            out.raw(#","x_opencti_reliability":"#); out.string(STIXValues.reliability(reliability))
        }
        out.raw(#","x_actorgraph_source":"#); out.string(source.id)
        out.raw("}")
    }

    private mutating func entity(_ index: Int) {
        let entity = graph.entities[index]
        let type = types[index]
        header(type.name, id: entityIDs[index])
        out.raw(#","name":"#); out.string(entity.name)
        switch type {
        case let .identity(identityClass, isState):
            out.raw(#","identity_class":""#); out.raw(identityClass); out.raw("\"")
            if isState { out.raw(#","sectors":["government-national"]"#) }
        case let .threatActor(isState):
            if isState { out.raw(#","threat_actor_types":["nation-state"]"#) }
        case let .location(country, region):
            if let country { out.raw(#","country":"#); out.string(country) }
            if let region { out.raw(#","region":"#); out.string(region) }
        case .incident:
            break
        }
        if !entity.aliases.isEmpty {
            // Threat actors have aliases in STIX itself; other objects in OpenCTI's custom property.
            if case .threatActor = type { out.raw(#","aliases":"#) } else { out.raw(#","x_opencti_aliases":"#) }
            out.strings(entity.aliases)
        }
        confidence(entity.citations)
        out.raw(#","x_actorgraph_id":"#); out.string(entity.id)
        out.raw(#","x_actorgraph_kind":"#); out.string(graph.schema.kinds[entity.kind].name)
        if !entity.attributes.isEmpty || !entity.citations.isEmpty {
            evidence(view.attributes(ofEntity: index), entity.citations, citedBy: entityIDs[index])
        }
        out.raw("}")
    }

    /// Relationship `index`, after the separator unless it is the first object.
    private mutating func relationship(_ index: Int, separated: Bool) {
        let relation = graph.relations[index]
        relationshipNumber.removeSubrange(relationshipNumberStart...)
        relationshipNumber.appendDecimal(index)
        relationshipOpening.removeSubrange(relationshipIDStart...)
        // The scratch bytes lent rather than retained, the type's pieces copied whole.
        relationshipNumber.withUnsafeBufferPointer { number in
            let digits = UnsafeBufferPointer(rebasing: number[relationshipNumberStart...])
            Self.quotedID(&identifiers, "relation:rel-", digits, leading: "relationship--", into: &relationshipOpening)
        }
        relationshipOpening.withUnsafeBufferPointer { opening in
            out.raw(UnsafeBufferPointer(rebasing: opening[(separated ? 0 : Self.separator.utf8CodeUnitCount)...]))
        }
        relationshipStarts.write(relation.type, to: &out)
        entityIDs.write(relation.subject, to: &out)
        out.raw(#","target_ref":"#); entityIDs.write(relation.object, to: &out)
        if let time = relation.time { self.time(time) }
        confidence(relation.citations)
        relationshipNumber.withUnsafeBufferPointer { out.raw($0) }
        let status = statuses.firstIndex(of: relation.status) ?? 0  // allCases holds every status
        relationshipMiddles.write(relation.type * statuses.count + status, to: &out)
        claimantRefs(relation.claimants)
        if !relation.attributes.isEmpty || !relation.citations.isEmpty {
            evidence(view.attributes(ofRelation: index), relation.citations, citedBy: relationshipOpening[relationshipIDStart...])
        }
        out.raw("}")
        if relation.status == .denied {
            denial(of: relationshipOpening[relationshipIDStart...], number: relationshipNumber[relationshipNumberStart...], by: relation.claimants)
        }
    }

    /// Appends the id `identifiers` give the name to `quoted`, as a JSON string.
    private static func quotedID(_ identifiers: inout NameBasedUUID, _ prefix: StaticString, _ name: some Sequence<UInt8>,
                                 leading: StaticString, into quoted: inout [UInt8]) {
        quoted.append(UInt8(ascii: "\""))
        identifiers.write(prefix, name, leading: leading, into: &quoted)
        quoted.append(UInt8(ascii: "\""))
    }

    /// The bytes of `text`, to start a scratch array with.
    private static func bytes(_ text: StaticString) -> [UInt8] {
        text.withUTF8Buffer { Array($0) }
    }

    /// `start_time` and `stop_time` from the first and last moments the
    /// dates cover, and the dates as written, so a year stays a year.
    private mutating func time(_ time: TimeSpan) {
        if let start = time.start {
            out.raw(#","start_time":""#); STIXValues.withTimestamp(start.earliest) { out.raw($0) }; out.raw("\"")
        }
        // STIX wants the stop after the start; dates in the wrong order keep only the start.
        if let end = time.end, end.latest >= time.start?.earliest ?? 0 {
            out.raw(#","stop_time":""#); STIXValues.withTimestamp(end.latest, endOfDay: true) { out.raw($0) }; out.raw("\"")
        }
        if time.isEvent, let date = time.start {
            out.raw(#","x_actorgraph_date":"#); out.string(date.description)
        } else {
            if let start = time.start { out.raw(#","x_actorgraph_from":"#); out.string(start.description) }
            if let end = time.end { out.raw(#","x_actorgraph_to":"#); out.string(end.description) }
        }
    }

    /// A denial as STIX says it: an opinion that strongly disagrees with the relationship.
    private mutating func denial(of relationship: ArraySlice<UInt8>, number: ArraySlice<UInt8>, by claimants: [Int]) {
        out.raw(Self.separator)
        var id: [UInt8] = []
        Self.quotedID(&identifiers, "opinion:rel-", number, leading: "opinion--", into: &id)
        header("opinion", id: id)
        out.raw(#","opinion":"strongly-disagree","object_refs":["#); out.raw(relationship); out.raw("]")
        if !claimants.isEmpty {
            let entities = graph.entities
            out.raw(#","authors":"#); out.strings(claimants.lazy.map { entities[$0].name })
        }
        claimantRefs(claimants)
        out.raw("}")
    }

    private mutating func claimantRefs(_ claimants: [Int]) {
        guard !claimants.isEmpty else { return }
        let ids = entityIDs
        out.raw(#","x_actorgraph_claimant_refs":"#); out.array(claimants.lazy.map { ids[$0] }) { $0.raw($1) }
    }

    /// `confidence` from the best credibility grade among the citations; none when no grade is 1-5.
    private mutating func confidence(_ citations: [Citation]) {
        var best: Int?
        for citation in citations {
            if let grade = citation.credibility, let value = STIXValues.confidence(grade) { best = max(best ?? value, value) }
        }
        if let best { out.raw(#","confidence":"#); out.number(best) }
    }

    /// The attributes and citations as ActorGraph's JSON writes them, and
    /// the object added to the report of every source it cites. Called
    /// only for an item that has some, which most of a large graph do not.
    private mutating func evidence(_ attributes: [Attribute], _ citations: [Citation], citedBy id: some Collection<UInt8>) {
        // STIX forbids empty lists, so an item without attributes or citations has no such property.
        if !attributes.isEmpty { out.raw(#","x_actorgraph_attributes":"#); out.attributes(attributes, of: graph) }
        if !citations.isEmpty { out.raw(#","x_actorgraph_citations":"#); out.citations(citations, of: graph) }
        func add(_ citations: [Citation]) {
            // An object cites a source once in its report, however many of its values cite it.
            for citation in citations where !(citing[citation.source].last?.elementsEqual(id) ?? false) {
                citing[citation.source].append(Array(id))
            }
        }
        add(citations)
        for attribute in attributes { for value in attribute.values { add(value.citations) } }
    }

    private mutating func report(_ index: Int, _ source: Source, author: ArraySlice<UInt8>) {
        var id: [UInt8] = []
        Self.quotedID(&identifiers, "source:", source.id.utf8, leading: "report--", into: &id)
        header("report", id: id)
        out.raw(#","created_by_ref":"#); out.raw(author)
        out.raw(#","name":"#); out.string(source.title)
        out.raw(#","report_types":["threat-report"],"published":"#)
        out.string(source.date.map { STIXValues.timestamp($0.earliest) } ?? Self.created)
        out.raw(#","object_refs":"#); out.array(citing[index]) { $0.raw($1) }
        out.raw(#","external_references":[{"source_name":"#); out.string(source.attributes[key: "outlet"] ?? source.id)
        out.raw(#","external_id":"#); out.string(source.id)
        out.raw(#","description":"#); out.string(source.title)
        out.raw("}]")
        if let date = source.date { out.raw(#","x_actorgraph_date":"#); out.string(date.description) }
        out.raw(#","x_actorgraph_id":"#); out.string(source.id)
        if !source.attributes.isEmpty { out.raw(#","x_actorgraph_attributes":"#); out.attributes(source.attributes, of: graph) }
        out.raw("}")
    }
}
