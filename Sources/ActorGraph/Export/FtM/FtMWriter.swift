/// Writes one view as FollowTheMoney entity lines: the sources as
/// Articles, then each entity followed by the Documentation of its
/// citations, then the relations, each in file order.
struct FtMWriter {
    private let view: GraphView
    private let graph: Graph
    /// The FtM schema of each entity, by entity index: a byte each, so that
    /// choosing a relation's schema by its ends reads a small array rather
    /// than two random entities of a large graph.
    private let entitySchemas: [FtMSchema]
    /// Kind and relation type names as FtM keeps them, by index.
    private let kindNames: [String]
    private let typeNames: [String]
    /// The FtM id of each entity in the view, by entity index (empty for the others).
    private let entityIDs: [String]
    /// The FtM id of each source, by source index.
    private let sourceIDs: [String]
    /// Each source's outlets and addresses, which become the `publisher`
    /// and `sourceUrl` of every item citing it.
    private let outlets: [[String]]
    private let addresses: [[String]]
    private var out = FtMBuffer()

    init(_ view: GraphView) {
        self.view = view
        graph = view.graph
        let kindSchemas = graph.schema.kinds.map(FtMSchema.forKind)
        entitySchemas = graph.entities.map { kindSchemas[$0.kind] }
        kindNames = graph.schema.kinds.map { FtMText.text($0.name) }
        typeNames = graph.schema.relationTypes.map { FtMText.text($0.name) }
        var entityIDs = [String](repeating: "", count: graph.entities.count)
        for index in view.entityIndices { entityIDs[index] = FtMID.entity(graph.entities[index].id) }
        self.entityIDs = entityIDs
        sourceIDs = graph.sources.map { FtMID.source($0.id) }
        outlets = graph.sources.map { Self.values(of: "outlet", in: $0.attributes) }
        addresses = graph.sources.map { Self.values(of: "url", in: $0.attributes) }
    }

    mutating func write() -> [UInt8] {
        out.reserve(graph.sources.count * 400 + view.entityCount * 300 + view.relationCount * 260)
        for index in graph.sources.indices { source(index) }
        for index in view.entityIndices { entity(index) }
        for index in view.relationIndices { relation(index) }
        return out.storage
    }

    private mutating func source(_ index: Int) {
        let source = graph.sources[index]
        out.begin(.article, id: sourceIDs[index])
        out.text("title", source.title)
        out.date("publishedAt", source.date)
        out.texts("publisher", outlets[index])
        out.texts("sourceUrl", addresses[index])
        out.texts("fileName", Self.values(of: "file", in: source.attributes))
        out.texts("author", Self.values(of: "author", in: source.attributes))
        // The Admiralty grade has no FtM property; with every attribute, as given.
        let reliability = source.reliability.map { "reliability: " + $0.rawValue }
        out.texts("notes", [reliability].compactMap { $0 } + source.attributes.map { Self.attributeLine($0, in: graph) })
        out.end()
    }

    private mutating func entity(_ index: Int) {
        let entity = graph.entities[index]
        let schema = entitySchemas[index]
        let attributes = view.attributes(ofEntity: index)
        out.begin(schema, id: entityIDs[index])
        // FtM requires a name; one that is only white space or quotes falls back to the id.
        out.names("name", CollectionOfOne(FtMText.name(entity.name).isEmpty ? entity.id : entity.name))
        out.names("alias", entity.aliases)
        // FtM captions an Address by its address, not its name.
        if schema == .address { out.addresses("full", CollectionOfOne(entity.name)) }
        out.cleaned("keywords", kindNames[entity.kind])
        if schema == .event {
            // An event's own date, as relations have theirs.
            out.dates("date", Self.dates(of: "date", in: attributes))
            out.dates("startDate", Self.dates(of: "from", in: attributes))
            out.dates("endDate", Self.dates(of: "to", in: attributes))
        }
        let graph = graph
        out.texts("notes", attributes.lazy.map { Self.attributeLine($0, in: graph) })
        evidence(entity.citations)
        out.end()
        // Citations of a Thing are FtM Documentation entities: the source
        // document, the entity, the quoted words.
        for (position, citation) in entity.citations.enumerated() {
            out.begin(.documentation, id: FtMID.citation(entity: entity.id, position))
            out.reference("document", sourceIDs[citation.source])
            out.reference("entity", entityIDs[index])
            out.text("summary", citation.quote)
            out.text("description", EvidenceText.citation(citation, in: graph))
            out.end()
        }
    }

    private mutating func relation(_ index: Int) {
        let relation = graph.relations[index]
        let link = FtMLink.forRelation(role: graph.schema.relationTypes[relation.type].role, subject: entitySchemas[relation.subject],
                                       object: entitySchemas[relation.object])
        out.begin(link.schema, relation: index)
        out.reference(link.subjectProperty, entityIDs[relation.subject])
        out.reference(link.objectProperty, entityIDs[relation.object])
        out.cleaned(link.typeProperty, typeNames[relation.type])
        if link.hasStatus { out.cleaned("status", relation.status.rawValue) }
        if let time = relation.time {
            if time.isEvent {
                out.date("date", time.start)
            } else {
                out.date("startDate", time.start)
                out.date("endDate", time.end)
            }
        }
        // Claimants are entities, but an interval's only entity properties
        // are its ends: the claim is worded with their names.
        var lines: [String] = []
        if let claim = graph.claim(of: index) { lines.append(claim) }
        lines += view.attributes(ofRelation: index).map { Self.attributeLine($0, in: graph) }
        out.texts("description", lines)
        evidence(relation.citations)
        out.end()
    }

    /// The cited sources as `proof` (their Articles), their outlets and
    /// addresses, and each citation in the one wording of evidence
    /// (source, quoted words, grades, title) as `summary`.
    private mutating func evidence(_ citations: [Citation]) {
        guard !citations.isEmpty else { return }
        let graph = graph, sourceIDs = sourceIDs, outlets = outlets, addresses = addresses
        out.references("proof", citations.lazy.map { sourceIDs[$0.source] })
        out.texts("publisher", citations.lazy.flatMap { outlets[$0.source] })
        out.texts("sourceUrl", citations.lazy.flatMap { addresses[$0.source] })
        out.texts("summary", citations.lazy.map { EvidenceText.citation($0, in: graph) })
    }

    /// `killed: 3 (r000 "At least three" (B)) / 2 (r001 "At least two" (C2))`:
    /// a free attribute with every value side by side, each with its
    /// citations as ``Citation/description(in:)`` words them.
    private static func attributeLine(_ attribute: Attribute, in graph: Graph) -> String {
        let values = attribute.values.map { value in
            value.citations.isEmpty ? value.text : value.text + " (" + value.citations.map { $0.description(in: graph) }.joined(separator: "; ") + ")"
        }
        return attribute.key + ": " + values.joined(separator: " / ")
    }

    private static func values(of key: String, in attributes: [Attribute]) -> [String] {
        attributes.filter { $0.key == key }.flatMap { $0.values.map(\.text) }
    }

    private static func dates(of key: String, in attributes: [Attribute]) -> [PartialDate] {
        values(of: key, in: attributes).compactMap(PartialDate.init)
    }
}
