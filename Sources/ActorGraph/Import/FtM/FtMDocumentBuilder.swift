/// Turns the lines of an FtM file into an ``ImportDocument``: documents
/// become sources, Documentation and `proof` citations, Things entities and
/// intervals relations (see ``FtMSchemaMapping``). ActorGraph's own export
/// (ids starting `ag`) is read back with its ids, kinds, types, claims and
/// attribute lines.
struct FtMDocumentBuilder {
    private let lines: [FtMLine]
    private(set) var problems: [FtMProblem] = []
    private var sources: [Source] = []
    /// Each document's index in `sources`, by FtM id.
    private var sourceIndex: [String: Int] = [:]
    /// Sources made of a `publisher` and `sourceUrl`, by the pair.
    private var publisherSources: [[String]: Int] = [:]
    /// The Documentation citations of each Thing, by its FtM id, in file order.
    private var documentation: [String: [Citation]] = [:]
    /// The key of each Thing, by its FtM id.
    private var thingKeys: [String: String] = [:]
    private var exportText = FtMExportText(sourceIndex: [:])

    /// Properties read into fields, never attributes: names, evidence, and
    /// the export's kind.
    private static let nameProperties = ["alias", "previousName", "weakAlias"]
    private static let evidenceProperties: Set<String> = ["proof", "publisher", "sourceUrl"]
    private static let dateKeys = ["date": "date", "startDate": "from", "endDate": "to"]

    init(lines: [FtMLine]) {
        self.lines = lines
    }

    mutating func build(_ file: SourceFile) -> ImportDocument {
        var firstLine: [String: FtMLine] = [:]
        var unique: [(line: FtMLine, mapping: FtMSchemaMapping)] = []
        for line in lines {
            if let first = firstLine[line.id.text] {
                problems.append(FtMProblem(id: .duplicateID, span: line.id.span,
                                           message: "a second entity with the id \"\(line.id.text)\"; give each entity its own id, or merge the two lines",
                                           first: first.id.span))
                continue
            }
            firstLine[line.id.text] = line
            let mapping = FtMSchemaMapping.of(line.schema.text)
            if case .unread = mapping {
                problems.append(FtMProblem(id: .unreadFtMSchema, severity: .warning, span: line.schema.span,
                                           message: "entities of schema \"\(line.schema.text)\" are not imported (only Things, intervals between two of them, documents and Documentation are); the line is skipped"))
            }
            if case .entity = mapping { thingKeys[line.id.text] = FtMID.entityID(from: line.id.text) ?? line.id.text }
            unique.append((line, mapping))
        }
        for (line, mapping) in unique {
            if case .source = mapping { addSource(line) }
        }
        exportText = FtMExportText(sourceIndex: Dictionary(sources.enumerated().map { ($1.id, $0) }) { first, _ in first })
        for (line, mapping) in unique {
            if case .documentation = mapping { addDocumentation(line) }
        }
        var document = ImportDocument(file: file, format: "ftm")
        for (line, mapping) in unique {
            switch mapping {
            case .entity(let kind): document.entities.append(entity(line, kind: kind))
            case .relation(let subject, let type, let object): document.relations += relations(line, subject: subject, type: type, object: object)
            case .source, .documentation, .unread: continue
            }
        }
        document.sources = sources
        return document
    }

    // MARK: Sources and citations

    /// A document as a source. The export's Articles keep their id, grade
    /// and attributes (in `notes`); other documents give their title,
    /// publisher, address, file name and author, under the keys a `source`
    /// declaration takes.
    private mutating func addSource(_ line: FtMLine) {
        let ownID = FtMID.sourceID(from: line.id.text)
        let title = (line.texts("title") + line.texts("name") + line.texts("fileName")).first ?? line.id.text
        var source = Source(id: ownID ?? line.id.text, title: title, date: line.texts("publishedAt").lazy.compactMap(Self.date).first)
        if ownID != nil {
            for note in line.texts("notes") {
                guard let attribute = exportText.attribute(note) else { continue }
                if attribute.key == "reliability" {
                    source.reliability = SourceReliability(rawValue: attribute.value)
                } else {
                    source.attributes.append(attribute)
                }
            }
        } else {
            for (property, key) in [("publisher", "outlet"), ("sourceUrl", "url"), ("fileName", "file"), ("author", "author"), ("notes", "note")] {
                let values = line.texts(property)
                if !values.isEmpty { source.attributes.append(Attribute(key, Self.joined(values))) }
            }
        }
        sourceIndex[line.id.text] = sources.count
        sources.append(source)
    }

    /// A Documentation: its document cites its entity, quoting its
    /// `summary`. One that names a document or entity not in the file
    /// cannot be placed and is left out.
    private mutating func addDocumentation(_ line: FtMLine) {
        guard let document = line.texts("document").first, let source = sourceIndex[document],
              let entity = line.texts("entity").first else { return }
        documentation[entity, default: []].append(Citation(source: source, quote: line.texts("summary").first))
    }

    /// The citations of an item: its Documentation, then each `proof`
    /// document it has no Documentation of; with no `proof`, its
    /// `publisher` and `sourceUrl` as a source of their own.
    private mutating func citations(_ line: FtMLine) -> [Citation] {
        var citations = documentation[line.id.text] ?? []
        let proofs = line.texts("proof").compactMap { sourceIndex[$0] }
        for source in proofs where !citations.contains(where: { $0.source == source }) {
            citations.append(Citation(source: source))
        }
        guard line.values("proof").isEmpty else { return citations }
        let publishers = line.texts("publisher"), addresses = line.texts("sourceUrl")
        guard !publishers.isEmpty || !addresses.isEmpty else { return citations }
        let pair = [Self.joined(publishers), Self.joined(addresses)]
        let index = publisherSources[pair] ?? {
            var source = Source(id: "ftm-source-\(publisherSources.count + 1)", title: pair.first { !$0.isEmpty } ?? "")
            if !publishers.isEmpty { source.attributes.append(Attribute("outlet", pair[0])) }
            if !addresses.isEmpty { source.attributes.append(Attribute("url", pair[1])) }
            sources.append(source)
            publisherSources[pair] = sources.count - 1
            return sources.count - 1
        }()
        citations.append(Citation(source: index))
        return citations
    }

    // MARK: Entities

    private mutating func entity(_ line: FtMLine, kind schemaKind: String) -> ImportedEntity {
        let own = FtMID.entityID(from: line.id.text) != nil
        let key = thingKeys[line.id.text] ?? line.id.text
        let kind = own ? line.texts("keywords").first ?? schemaKind : schemaKind
        var names = line.texts("name")
        // An address is named by its full text, which the export also writes.
        if names.isEmpty { names = line.texts("full") }
        var aliases: [String] = []
        for alias in names.dropFirst() + Self.nameProperties.flatMap(line.texts) where alias != names.first && !aliases.contains(alias) {
            aliases.append(alias)
        }
        var consumed: Set<String> = Set(["name"] + Self.nameProperties).union(Self.evidenceProperties)
        var attributes: [Attribute] = []
        if own {
            consumed.formUnion(["keywords", "notes", "summary", "full"])
            attributes = line.texts("notes").compactMap(exportText.attribute)
        }
        attributes = Self.adding(Self.propertyAttributes(line, skipping: consumed, onRelation: false), to: attributes)
        var fields: [ImportField: Range<Int>] = [.key: line.id.span, .kind: line.schema.span]
        if let name = line.values("name").first { fields[.name] = name.span }
        return ImportedEntity(key: key, kind: kind, name: names.first ?? key, aliases: aliases, attributes: attributes,
                              citations: citations(line), origin: ImportOrigin(element: "line \(line.number)", span: line.span, fields: fields))
    }

    // MARK: Relations

    /// An interval's relations, one for each of its subjects and objects
    /// (usually one of each). The export's own give their type in `role`
    /// or `purpose` and their claim in `status` and the first `description`
    /// line; other files' `role` and `description` are attributes.
    private mutating func relations(_ line: FtMLine, subject subjectProperty: String, type schemaType: String,
                                    object objectProperty: String) -> [ImportedRelation] {
        let subjects = line.values(subjectProperty), objects = line.values(objectProperty)
        for (property, values) in [(subjectProperty, subjects), (objectProperty, objects)] where values.isEmpty {
            problems.append(FtMProblem(id: .badFtMEntity, span: line.schema.span,
                                       message: "this \(line.schema.text) has no \"\(property)\"; give the id of the entity at that end as \"\(property)\": [\"ID\"]"))
        }
        guard !subjects.isEmpty, !objects.isEmpty else { return [] }
        let own = FtMID.isRelation(line.id.text)
        var consumed: Set<String> = Self.evidenceProperties.union([subjectProperty, objectProperty])
        var type = schemaType
        var status = ClaimStatus.reported
        var claimants: [ImportReference] = []
        var attributes: [Attribute] = []
        var fields: [ImportField: Range<Int>] = [.key: line.id.span, .type: line.schema.span]
        if own {
            consumed.formUnion(["role", "purpose", "status", "description", "summary"])
            if let written = (line.values("role") + line.values("purpose")).first {
                type = written.text
                fields[.type] = written.span
            }
            var descriptions = line.texts("description")
            if let first = descriptions.first, let claim = FtMExportText.claim(first) {
                status = claim.status
                claimants = claim.claimants.map { .name($0) }
                descriptions.removeFirst()
            }
            attributes = descriptions.compactMap(exportText.attribute)
        }
        if let written = line.values("status").first, let claimed = ClaimStatus(rawValue: written.text) {
            status = claimed
            fields[.status] = written.span
            consumed.insert("status")
        }
        attributes = Self.adding(Self.propertyAttributes(line, skipping: consumed, onRelation: true), to: attributes)
        let citations = citations(line)
        var relations: [ImportedRelation] = []
        for subject in subjects {
            for object in objects {
                fields[.subject] = subject.span
                fields[.object] = object.span
                relations.append(ImportedRelation(subject: reference(subject.text), type: type, object: reference(object.text), status: status,
                                                  claimants: claimants, attributes: attributes, citations: citations,
                                                  origin: ImportOrigin(element: "line \(line.number)", span: line.span, fields: fields)))
            }
        }
        return relations
    }

    /// A relation's end: the key of a Thing of the file, else the id as a
    /// name (the export's `ag-ID` as its ActorGraph id), for the catalogue.
    private func reference(_ id: String) -> ImportReference {
        if let key = thingKeys[id] { return .key(key) }
        return .name(FtMID.entityID(from: id) ?? id)
    }

    // MARK: Attributes

    /// The properties not read otherwise, as attributes: `date`,
    /// `startDate` and `endDate` as `date`, `from` and `to`, the others
    /// under their name made a key. A property's several values are one
    /// value joined by `; `: FtM lists values that all hold (two
    /// nationalities), not values that sources dispute.
    private static func propertyAttributes(_ line: FtMLine, skipping consumed: Set<String>, onRelation: Bool) -> [Attribute] {
        line.properties.compactMap { property in
            guard !consumed.contains(property.name), !property.values.isEmpty else { return nil }
            if let key = dateKeys[property.name] {
                return Attribute(key, property.values.map { date in Self.date(date.text)?.description ?? date.text }.joined(separator: "; "))
            }
            guard let key = ImportedAttributeKey.slug(property.name, onRelation: onRelation) else { return nil }
            return Attribute(key, joined(property.values.map(\.text)))
        }
    }

    /// `attributes` followed by those of `more` whose key they do not have.
    private static func adding(_ more: [Attribute], to attributes: [Attribute]) -> [Attribute] {
        var keys = Set(attributes.map(\.key))
        return attributes + more.filter { keys.insert($0.key).inserted }
    }

    /// An FtM date as a partial date: FtM writes dates as ISO 8601 prefixes,
    /// down to a time of day, which `.ag` dates do not hold.
    private static func date(_ text: String) -> PartialDate? {
        PartialDate(String(text.prefix { $0 != "T" }))
    }

    private static func joined(_ values: [String]) -> String {
        values.joined(separator: "; ")
    }
}
