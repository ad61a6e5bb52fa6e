/// Turns what readers found in input files into one `.ag` file: each
/// file becomes a `source`, each entity is matched against the catalogue
/// (by id, then by name or alias folded as the language folds them) and
/// reuses the catalogue's id when it matches exactly, rows that name the
/// same new actor become one entity with every spelling as an alias,
/// near matches go into a ``MergeReport`` for the user to decide, and
/// every imported entity and relation cites its file with the row or
/// element it came from. Kinds, relation types, endpoint rules and dates
/// are checked here, against the catalogue's schema, so problems point at
/// the input's rows and columns; the text written checks clean together
/// with the catalogue.
public struct ImportAssembler: Sendable {
    /// The graph the imported items are matched against and written
    /// beside (`--catalogue`), or `nil`.
    public var catalogue: Graph?
    /// The kind of entities whose file does not say (`--kind`).
    public var defaultKind: String?
    /// The type of relations whose file does not say (`--relation`).
    public var defaultRelationType: String?
    /// The publication date given to the sources that stand for the input files.
    public var sourceDate: PartialDate?

    /// Creates an assembler.
    public init(catalogue: Graph? = nil, defaultKind: String? = nil, defaultRelationType: String? = nil, sourceDate: PartialDate? = nil) {
        self.catalogue = catalogue
        self.defaultKind = defaultKind
        self.defaultRelationType = defaultRelationType
        self.sourceDate = sourceDate
    }

    /// The `.ag` text of `documents`, with the merge report, or the
    /// diagnostics that keep them from being written.
    public func assemble(_ documents: [ImportDocument]) -> ImportOutcome {
        var assembly = ImportAssembly(settings: self)
        assembly.add(documents)
        return assembly.finish()
    }
}

/// What an import gives: the `.ag` text, what was matched and merged,
/// and the problems found.
public struct ImportOutcome: Sendable {
    /// The `.ag` text, or `nil` when an error keeps it from being written.
    public var text: String?
    /// What was matched to the catalogue, merged, or left for the user to decide.
    public var report: MergeReport
    /// Errors and warnings, located in the input files.
    public var diagnostics: [Diagnostic]
    /// How many entities and relations the text declares, and how many
    /// imported entities were found in the catalogue instead.
    public var counts: (entities: Int, relations: Int, matched: Int)
}
