/// The working state of one ``ImportAssembler/assemble(_:)``: the graph
/// being built, the catalogue's items first so that references to them
/// are plain indices, then what the inputs add; the indexes that find
/// names again; and the report and diagnostics so far.
struct ImportAssembly {
    let settings: ImportAssembler
    var schema: Schema
    /// Sources, entities: the catalogue's first, then the new ones.
    var sources: [Source]
    var entities: [Entity]
    var relations: [Relation] = []
    let catalogueSources: Int
    let catalogueEntities: Int
    /// Comment lines written above new entities: their possible duplicates.
    var notes: [Int: [String]] = [:]
    /// Where each new entity's items are, for the report.
    var origins: [Int: [String]] = [:]
    /// Folded names and aliases of every imported item, new or found in
    /// the catalogue, so later rows and relations find them by any of them.
    var names: [String: Int] = [:]
    /// Every input's keys, for references by name across files.
    var keys: [String: Int] = [:]
    /// The citation of the first item that made each new entity, given
    /// to its values once a later item disputes them.
    var firstCitation: [Int: Citation] = [:]
    let near = NearMatchQueue()
    /// The spellings of the document's new entities, handed to `near` once they are all added.
    var filings: [NearMatchQueue.Filing] = []
    /// New entity and candidate pairs reported, each once however many spellings pair them.
    var reportedPairs = Set<[Int]>()
    var ids: IDAllocator
    /// Source ids: the catalogue's and those the import declares.
    var sourceIDs: IDAllocator
    var report = MergeReport()
    var diagnostics: [Diagnostic] = []
    var hasErrors = false
    var matched = 0
    /// The document being added, and what its positions resolve to.
    var context = DocumentContext()

    /// What belongs to the document being added.
    struct DocumentContext {
        var file = SourceFile(path: "", bytes: [])
        /// The file's name without its folder, as the report names it.
        var name = ""
        /// The format it was read as.
        var format = ""
        var locator: SourceLocator?
        var provenance = 0
        var sourceMap: [Int] = []
        var keys: [String: Int] = [:]
        /// New entities whose reference keys' values wait for every input's entities.
        var pendingReferences: [(entity: Int, origin: ImportOrigin)] = []
        /// The claims on the values of the file's entities, resolved once
        /// every file's entities are known.
        var valueClaims: [(entity: Int, claims: [ImportedValueClaim], origin: ImportOrigin)] = []
    }

    init(settings: ImportAssembler) {
        self.settings = settings
        let catalogue = settings.catalogue
        schema = catalogue?.schema ?? Schema.standard
        sources = catalogue?.sources ?? []
        entities = catalogue?.entities ?? []
        catalogueSources = sources.count
        catalogueEntities = entities.count
        let reserved = Set(schema.kinds.map(\.name)).union(GraphCompiler.keywords)
        ids = IDAllocator(taken: Set(entities.map(\.id)), reserved: reserved)
        sourceIDs = IDAllocator(taken: Set(sources.map(\.id)), reserved: GraphCompiler.keywords)
        for (index, entity) in entities.enumerated() {
            for spelling in [entity.name] + entity.aliases { near.insert(spelling, owner: index) }
        }
    }

    /// Adds the input files: every file's entities first, then every
    /// file's relations, so that a relation may name an entity of a file
    /// given after its own (`import links.csv people.csv`).
    mutating func add(_ documents: [ImportDocument]) {
        var contexts: [DocumentContext] = []
        for document in documents {
            context = DocumentContext(file: document.file, name: document.file.path.split(separator: "/").last.map(String.init) ?? document.file.path,
                                      format: document.format)
            if let declared = document.schema { adopt(declared) }
            context.provenance = provenanceSource(for: document)
            context.sourceMap = document.sources.map { adopt($0) }
            for entity in document.entities { add(entity) }
            // Near matches are found on the queue's thread while the rest goes on.
            near.file(filings)
            filings = []
            contexts.append(context)
        }
        for (document, documentContext) in zip(documents, contexts) {
            context = documentContext
            resolveDeferredReferences()
            resolveEntityValueClaims()
            for relation in document.relations { add(relation) }
        }
    }

    /// The outcome: the text unless an error was reported.
    mutating func finish() -> ImportOutcome {
        noteNearMatches()
        let counts = (entities: entities.count - catalogueEntities, relations: relations.count, matched: matched)
        guard !hasErrors else { return ImportOutcome(text: nil, report: report, diagnostics: diagnostics, counts: counts) }
        let text = AGWriter.write(schema: schema, sources: sources, entities: entities, relations: relations,
                                  elsewhere: AGWriter.DeclaredElsewhere(schema: settings.catalogue?.schema, sources: catalogueSources,
                                                                        entities: catalogueEntities),
                                  notes: notes)
        return ImportOutcome(text: text, report: report, diagnostics: diagnostics, counts: counts)
    }

    // MARK: Schema and sources

    /// Adds the kinds and relation types a file declares, and its
    /// restyles of built-in ones, unless the catalogue or an earlier file
    /// declared them first.
    private mutating func adopt(_ declared: Schema) {
        for kind in declared.kinds {
            let current = schema.kind(named: kind.name).map { schema.kinds[$0] }
            if current == nil || current == Schema.standard.kind(named: kind.name).map({ Schema.standard.kinds[$0] }) { schema.define(kind) }
            // A kind's name cannot be an entity's id.
            ids.reserve(kind.name)
        }
        for type in declared.relationTypes {
            let current = schema.relationType(named: type.name).map { schema.relationTypes[$0] }
            if current == nil || current == Schema.standard.relationType(named: type.name).map({ Schema.standard.relationTypes[$0] }) { schema.define(type) }
        }
    }

    /// The source that stands for the input file: `imp1`, `imp2`, ...
    private mutating func provenanceSource(for document: ImportDocument) -> Int {
        var number = 1
        while !sourceIDs.isFree("imp\(number)") { number += 1 }
        let id = sourceIDs.claim("imp\(number)", else: "imp\(number)")
        sources.append(Source(id: id, title: context.name, date: settings.sourceDate,
                              // Not `file:`, which names a report whose text the quotes of
                              // its citations are checked against; "row 12" locates, it quotes nothing.
                              attributes: [Attribute("note", "\(document.format) file \(document.file.path), read by actorgraph import")]))
        return sources.count - 1
    }

    /// The index a source the file carries has in the output: one already
    /// there (the catalogue's or an earlier file's) with the same id and
    /// the same title or none, or whose id or title the file's title is;
    /// else a new one under its id or, if that is taken, a fresh one.
    private mutating func adopt(_ source: Source) -> Int {
        let title = NameKey.fold(source.title)
        let untitled = title.isEmpty || source.title == source.id
        if let same = sources.firstIndex(where: { $0.id == source.id && (untitled || NameKey.fold($0.title) == title) })
            ?? sources.firstIndex(where: { $0.id == source.title || (!title.isEmpty && NameKey.fold($0.title) == title) }) {
            return same
        }
        var new = source
        if AGWriter.isWord(source.id) && sourceIDs.isFree(source.id) {
            new.id = sourceIDs.claim(source.id, else: source.id)
        } else {
            let base = IDAllocator.slug(source.id).isEmpty ? "source" : IDAllocator.slug(source.id)
            new.id = sourceIDs.claim(base, else: base)
        }
        sources.append(new)
        return sources.count - 1
    }

    // MARK: Shared steps

    /// The index of the kind (`what` is `.kind`) or relation type (`.type`)
    /// called `given`, or `fallback` when the file does not say; `nil`
    /// after reporting what to map or declare.
    mutating func schemaIndex(of given: String, default fallback: String?, what: ImportField, origin: ImportOrigin) -> Int? {
        let isKind = what == .kind
        let (noun, option) = isKind ? ("kind", "--kind KIND") : ("relation type", "--relation TYPE")
        guard let name = given.isEmpty ? fallback : given else {
            error(isKind ? .missingKind : .missingRelationType, origin, what,
                  "\(origin.element): the file does not say the \(noun) of this item; give one for every such item with \(option), "
                      + "or add a \(isKind ? "kind" : "type") column (or a \"\(isKind ? "kind" : "type")\" default in the CSV mapping)")
            return nil
        }
        if let index = isKind ? schema.kind(named: name) : schema.relationType(named: name) { return index }
        let known = isKind ? schema.kinds.map(\.name) : schema.relationTypes.map(\.name)
        // Made only here: this runs for every item, and an item's kind is almost always known.
        let example = isKind ? "\"kinds\": {\"\(given)\": \"group\"}" : "\"types\": {\"\(given)\": \"allied-with\"}"
        let declaration = isKind ? "kind \(AGWriter.isWord(name) ? name : "NAME") [shape: \"box\"]"
            : "relation \(AGWriter.isWord(name) ? name : "NAME") [from: actor, to: actor]"
        // Only a spreadsheet has a mapping to map a value in.
        let map = ["csv", "tsv"].contains(context.format) ? "map it to one of \(known.joined(separator: ", ")) in the mapping (\(example)), or " : ""
        error(isKind ? .unknownKind : .unknownRelationType, origin, what,
              "\(origin.element): unknown \(noun) '\(name)'"
                  + (Suggester.didYouMean(Suggester.nearest(to: name, among: known)).map { "; \($0)" } ?? "")
                  + "; \(map)declare it in the catalogue (--catalogue) with '\(declaration)'; this graph has \(known.joined(separator: ", "))")
        return nil
    }

    /// The citation of the input file for an item: `imp1 "row 12"`.
    func provenance(_ origin: ImportOrigin) -> Citation {
        Citation(source: context.provenance, quote: origin.element)
    }

    /// `citations` with their sources renumbered for the output.
    func remap(_ citations: [Citation]) -> [Citation] {
        citations.map { Citation(source: context.sourceMap[$0.source], quote: $0.quote, credibility: $0.credibility) }
    }

    /// Alias notes with their citations renumbered.
    func remap(_ notes: [String: AliasNote]) -> [String: AliasNote] {
        notes.mapValues { AliasNote(language: $0.language, citations: remap($0.citations)) }
    }

    /// `attributes` with their citations renumbered, keys the language
    /// reserves renamed, and dates checked; `nil` after reporting a bad one.
    mutating func remap(_ attributes: [Attribute], origin: ImportOrigin, reserved: Set<String>) -> [Attribute]? {
        // Most items' attributes cite nothing and need no change: checked, not copied.
        if attributes.allSatisfy({ attribute in
            !reserved.contains(attribute.key) && attribute.values.allSatisfy(\.citations.isEmpty)
                && !((attribute.key == "date" || attribute.key == "from" || attribute.key == "to") && attribute.values.contains { PartialDate($0.text) == nil })
        }) {
            return attributes
        }
        var ok = true
        let remapped = attributes.map { attribute in
            var attribute = attribute
            attribute.key = ImportedAttributeKey.unreserved(attribute.key, reserving: reserved)
            attribute.values = attribute.values.map { value in
                var value = value
                value.citations = remap(value.citations)
                return value
            }
            if ["date", "from", "to"].contains(attribute.key) {
                for value in attribute.values where PartialDate(value.text) == nil {
                    error(.badDate, origin, nil, "\(origin.element): '\(value.text)' is not a date for '\(attribute.key)'; "
                        + "write dates as YYYY, YYYY-MM or YYYY-MM-DD (map the column to another attribute to keep it as text)")
                    ok = false
                }
            }
            return attribute
        }
        return ok ? remapped : nil
    }

    /// Reports an error at `field` of the item at `origin`.
    mutating func error(_ id: DiagnosticID, _ origin: ImportOrigin, _ field: ImportField?, _ message: String) {
        hasErrors = true
        diagnostics.append(Diagnostic(.error, id, message, at: locate(origin, field)))
    }

    /// Reports a warning at `field` of the item at `origin`.
    mutating func warning(_ id: DiagnosticID, _ origin: ImportOrigin, _ field: ImportField?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, id, message, at: locate(origin, field)))
    }

    private mutating func locate(_ origin: ImportOrigin, _ field: ImportField?) -> SourceLocation {
        var locator = context.locator ?? SourceLocator(context.file)
        let span = field.map(origin.span(of:)) ?? origin.span
        let location = locator.location(at: span.lowerBound, length: max(1, span.count))
        context.locator = locator
        return location
    }

    /// `origin` as the report names it: `people.csv row 12`.
    func describe(_ origin: ImportOrigin) -> String {
        Self.describe(origin.element, in: context.name)
    }

    /// The item `element` (`row 12`) of the file called `document`, as the report names it.
    static func describe(_ element: String, in document: String) -> String {
        document + " " + element
    }
}
