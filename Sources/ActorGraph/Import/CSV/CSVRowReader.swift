/// Turns the rows of one CSV file, laid out by a ``CSVLayout``, into the
/// entities, relations and sources of an ``ImportDocument``, reporting
/// each cell that cannot be read at its row and column. Only the cells of
/// columns that are used are decoded, each once.
struct CSVRowReader {
    let bytes: [UInt8]
    let layout: CSVLayout
    let mapping: CSVMapping
    private(set) var entities: [ImportedEntity] = []
    private(set) var relations: [ImportedRelation] = []
    private(set) var sources: [Source] = []

    /// What a row names a source by: a title and address, or an id of ActorGraph's export.
    private enum SourceKey: Hashable {
        case titled(String, url: String?)
        case id(String)
    }

    /// Each source's index.
    private var sourceIndex: [SourceKey: Int] = [:]
    private var sourceIDs: Set<String> = []
    /// The ends already given an entity of their own, by name.
    private var endpoints: Set<String> = []
    /// Whether the ends of relations are entities of their own.
    private let subjectsAreEntities: Bool
    private let objectsAreEntities: Bool

    init(bytes: [UInt8], layout: CSVLayout, mapping: CSVMapping) {
        self.bytes = bytes
        self.layout = layout
        self.mapping = mapping
        subjectsAreEntities = mapping.endpointKind != nil || layout.column(.subjectKind) != nil
        objectsAreEntities = mapping.endpointKind != nil || layout.column(.objectKind) != nil
    }

    /// Reads one row after the header, already checked by ``CSVRowChecker``.
    mutating func read(_ record: CSVRecord, problems: inout CSVProblems) {
        switch layout.table {
        case .entities: readEntity(record, problems: &problems)
        case .relations: readRelation(record, problems: &problems)
        }
    }

    private mutating func readEntity(_ record: CSVRecord, problems: inout CSVProblems) {
        let before = problems.count
        var fields: [ImportField: Range<Int>] = [:]
        let key = cellText(.id, record, field: .key, into: &fields)
        let name = cellText(.name, record, field: .name, into: &fields) ?? key
        guard let name else {
            let cell = layout.column(.name) ?? layout.column(.id) ?? 0
            return problems.error(.emptyCSVCell, at: record.cells[cell].offset, length: 1,
                                  "\(place(record, cell)): the row has neither a name nor an id; give the entity one, or delete the row")
        }
        let kind = cellText(.kind, record, field: .kind, into: &fields).map(mapping.kind(for:)) ?? mapping.kind ?? ""
        let aliases = list(.aliases, record)
        let attributes = attributes(record, problems: &problems)
        let citations = citations(record, problems: &problems)
        guard problems.count == before else { return }
        entities.append(ImportedEntity(key: key, kind: kind, name: name, aliases: aliases, attributes: attributes, citations: citations,
                                       origin: ImportOrigin(element: "row \(record.row)", span: record.start ..< record.end, fields: fields)))
    }

    private mutating func readRelation(_ record: CSVRecord, problems: inout CSVProblems) {
        let before = problems.count
        var fields: [ImportField: Range<Int>] = [:]
        var subject = required(.subject, "subject (who or what the relation starts from)", record, field: .subject, into: &fields, problems: &problems)
        var object = required(.object, "object (who or what the relation points to)", record, field: .object, into: &fields, problems: &problems)
        let type = cellText(.type, record, field: .type, into: &fields).map(mapping.type(for:))
            ?? CSVMapping.RelationType(name: mapping.type ?? "", reverse: false)
        var subjectKind = cellText(.subjectKind, record).map(mapping.kind(for:))
        var objectKind = cellText(.objectKind, record).map(mapping.kind(for:))
        if type.reverse {
            swap(&subject, &object)
            swap(&subjectKind, &objectKind)
            (fields[.subject], fields[.object]) = (fields[.object], fields[.subject])
        }
        let status = status(record, into: &fields, problems: &problems)
        if let claimants = layout.column(.claimants), !record.cells[claimants].isEmpty(in: bytes) { fields[.claimants] = record.cells[claimants].span }
        let claimants = list(.claimants, record).map(ImportReference.name)
        let attributes = attributes(record, problems: &problems)
        let citations = citations(record, problems: &problems)
        guard problems.count == before, let subject, let object, let status else { return }
        let origin = ImportOrigin(element: "row \(record.row)", span: record.start ..< record.end, fields: fields)
        relations.append(ImportedRelation(subject: .name(subject), type: type.name, object: .name(object), status: status,
                                          claimants: claimants, attributes: attributes, citations: citations, origin: origin))
        if subjectsAreEntities { endpoint(subject, kind: subjectKind, origin: origin, field: .subject) }
        if objectsAreEntities { endpoint(object, kind: objectKind, origin: origin, field: .object) }
    }

    /// An entity for an end of a relation, the first time the end is named.
    private mutating func endpoint(_ name: String, kind: String?, origin: ImportOrigin, field: ImportField) {
        guard endpoints.insert(name).inserted else { return }
        var fields: [ImportField: Range<Int>] = [:]
        fields[.name] = origin.fields[field]
        entities.append(ImportedEntity(key: nil, kind: kind ?? mapping.endpointKind ?? "", name: name,
                                       origin: ImportOrigin(element: origin.element, span: origin.span, fields: fields)))
    }

    // MARK: Cells

    private func place(_ record: CSVRecord, _ cell: Int) -> String { record.place(of: cell, headers: layout.headers) }

    /// The text of the cell in the column of `role`, or `nil` when there
    /// is no such column or the cell is empty; its bytes go in `fields`.
    private func cellText(_ role: CSVColumnRole, _ record: CSVRecord, field: ImportField, into fields: inout [ImportField: Range<Int>]) -> String? {
        guard let index = layout.column(role) else { return nil }
        let cell = record.cells[index]
        guard let text = cell.text(in: bytes) else { return nil }
        fields[field] = cell.span
        return text
    }

    private func cellText(_ role: CSVColumnRole, _ record: CSVRecord) -> String? {
        layout.column(role).flatMap { record.cells[$0].text(in: bytes) }
    }

    /// The text of a cell a relation needs, reported when it is empty.
    private func required(_ role: CSVColumnRole, _ what: String, _ record: CSVRecord, field: ImportField,
                          into fields: inout [ImportField: Range<Int>], problems: inout CSVProblems) -> String? {
        if let text = cellText(role, record, field: field, into: &fields) { return text }
        let index = layout.column(role) ?? 0
        problems.error(.emptyCSVCell, at: record.cells[index].offset, length: 1,
                       "\(place(record, index)): the relation's \(what) is empty; fill it in, or delete the row")
        return nil
    }

    /// The items of a list cell, split at the separator, blanks trimmed.
    private func list(_ role: CSVColumnRole, _ record: CSVRecord) -> [String] {
        guard let text = cellText(role, record) else { return [] }
        return text.split(separator: layout.separator).compactMap { item in
            var item = item
            while item.first == " " || item.first == "\t" { item.removeFirst() }
            while item.last == " " || item.last == "\t" { item.removeLast() }
            return item.isEmpty ? nil : String(item)
        }
    }

    private func status(_ record: CSVRecord, into fields: inout [ImportField: Range<Int>], problems: inout CSVProblems) -> ClaimStatus? {
        guard let text = cellText(.status, record, field: .status, into: &fields) else { return .reported }
        let folded = text.lowercased()
        if let status = mapping.statuses[folded] ?? ClaimStatus(rawValue: folded) { return status }
        let index = layout.column(.status) ?? 0
        problems.error(.unknownStatus, at: record.cells[index].offset, length: record.cells[index].span.count,
                       "\(place(record, index)): unknown status '\(text)'; use reported, claimed, alleged, assessed, confirmed or denied, or map it under \"statuses\" in the mapping")
        return nil
    }

    private static let dateRoles: [CSVColumnRole] = [.date, .start, .end]

    /// The row's dates (`date`, `from`, `to`, each checked) and its other columns' attributes.
    private func attributes(_ record: CSVRecord, problems: inout CSVProblems) -> [Attribute] {
        var attributes: [Attribute] = []
        for role in Self.dateRoles {
            guard let index = layout.column(role), let text = record.cells[index].text(in: bytes), let key = role.dateKey else { continue }
            if PartialDate(text) == nil {
                problems.error(.badDate, at: record.cells[index].offset, length: record.cells[index].span.count,
                               "\(place(record, index)): '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            attributes.append(Attribute(key, text))
        }
        for (index, key) in layout.attributes {
            if let text = record.cells[index].text(in: bytes) { attributes.append(Attribute(key, text)) }
        }
        return attributes
    }

    // MARK: Sources

    /// The row's citations: of the source its source and url columns
    /// name, with its quote and credibility, or of the sources an export's
    /// source ids list.
    private mutating func citations(_ record: CSVRecord, problems: inout CSVProblems) -> [Citation] {
        var citations = list(.sourceIDs, record).map { Citation(source: source(id: $0)) }
        let title = cellText(.source, record), url = cellText(.url, record)
        let quote = cellText(.quote, record)
        var credibility: Int?
        if let index = layout.column(.credibility), let text = record.cells[index].text(in: bytes) {
            credibility = Int(text).flatMap { (1 ... 6).contains($0) ? $0 : nil }
            if credibility == nil {
                problems.error(.invalidCredibility, at: record.cells[index].offset, length: record.cells[index].span.count,
                               "\(place(record, index)): credibility '\(text)' is not a grade from 1 (confirmed) to 6 (cannot be judged)")
            }
        }
        guard let named = title ?? url else {
            if let index = quote != nil ? layout.column(.quote) : credibility != nil ? layout.column(.credibility) : nil {
                problems.error(.emptyCSVCell, at: record.cells[index].offset, length: record.cells[index].span.count,
                               "\(place(record, index)): a quote or credibility without a source; name the source in "
                               + (layout.column(.source).map { "column '\(layout.headers[$0])'" } ?? "a source column"))
            }
            return citations
        }
        citations.append(Citation(source: source(title: named, url: url), quote: quote, credibility: credibility))
        return citations
    }

    /// The index of the source with this title and address, added the first time.
    private mutating func source(title: String, url: String?) -> Int {
        let key = SourceKey.titled(title, url: url)
        if let index = sourceIndex[key] { return index }
        let attributes = url.map { [Attribute("url", $0)] } ?? []
        return addSource(key: key, Source(id: uniqueSourceID(Self.sourceSlug(title)), title: title, attributes: attributes))
    }

    /// The index of the source an export calls `id`, added the first time.
    private mutating func source(id: String) -> Int {
        let key = SourceKey.id(id)
        if let index = sourceIndex[key] { return index }
        return addSource(key: key, Source(id: uniqueSourceID(Checker.isWord(id) && id.utf8.count <= Self.sourceIDLimit ? id : Self.sourceSlug(id)), title: id))
    }

    private mutating func addSource(key: SourceKey, _ source: Source) -> Int {
        sourceIndex[key] = sources.count
        sourceIDs.insert(source.id)
        sources.append(source)
        return sources.count - 1
    }

    /// How long a source id made of a title may be: a citation repeats it
    /// on every line that cites the source.
    private static let sourceIDLimit = 40

    /// `text` as a source id, `src` when it has no letter or digit to build on.
    private static func sourceSlug(_ text: String) -> String {
        let slug = Slug.word(text, limit: sourceIDLimit)
        return slug.isEmpty ? "src" : slug
    }

    /// `base`, or `base-2`, `base-3`, ..., whichever no source has and is
    /// not a keyword or built-in kind, which `.ag` does not take as ids.
    private func uniqueSourceID(_ base: String) -> String {
        var base = base
        if GraphCompiler.keywords.contains(base) || Schema.standard.kind(named: base) != nil { base += "-source" }
        var id = base, suffix = 1
        while sourceIDs.contains(id) {
            suffix += 1
            id = "\(base)-\(suffix)"
        }
        return id
    }
}
