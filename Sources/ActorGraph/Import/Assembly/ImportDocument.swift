/// What a reader found in one input file, before it is matched against a
/// catalogue and written as `.ag`: the entities and relations as the file
/// gives them, with the kinds, relation types and endpoints still named,
/// and where each came from. Every reader (CSV, GraphML, GEXF, DOT,
/// FollowTheMoney, ActorGraph's JSON) produces one; ``ImportAssembler``
/// turns documents into one `.ag` file, so matching, provenance and
/// checking are written once for all of them.
public struct ImportDocument: Sendable {
    /// The input file, to which origins' byte offsets point.
    public var file: SourceFile
    /// The format it was read as (`csv`, `graphml`, ...).
    public var format: String
    /// Kinds and relation types the file declares itself (ActorGraph's
    /// JSON does), added to the catalogue's; `nil` for formats that name
    /// kinds and types without declaring them.
    public var schema: Schema?
    /// Sources the file carries (ActorGraph's JSON, a CSV's source
    /// columns); citations in this document index this array. The
    /// assembler adds one more: the file itself.
    public var sources: [Source]
    /// The entities, in file order.
    public var entities: [ImportedEntity]
    /// The relations, in file order.
    public var relations: [ImportedRelation]

    /// Creates a document.
    public init(file: SourceFile, format: String, schema: Schema? = nil, sources: [Source] = [],
                entities: [ImportedEntity] = [], relations: [ImportedRelation] = []) {
        self.file = file
        self.format = format
        self.schema = schema
        self.sources = sources
        self.entities = entities
        self.relations = relations
    }
}

/// A reader's answer: the document, or the diagnostics that say where and
/// why the file cannot be read. A reader reports every problem it can
/// find in one run, each at its `file:line:column` (a CSV's row and
/// column), and returns no document when any is an error.
public struct ImportReading: Sendable {
    /// What was read, or `nil` when the file has errors.
    public var document: ImportDocument?
    /// Problems found, errors and warnings.
    public var diagnostics: [Diagnostic]

    /// Creates a reading.
    public init(document: ImportDocument?, diagnostics: [Diagnostic] = []) {
        self.document = document
        self.diagnostics = diagnostics
    }
}
