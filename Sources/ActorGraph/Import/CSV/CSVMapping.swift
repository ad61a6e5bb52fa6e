/// What the user's mapping file says about CSV files (see
/// docs/import.md, "CSV and TSV tables"): which column is what, which cell values mean
/// which kind, relation type or status, and how cells and lists are
/// separated. Value maps are keyed by the value lower-cased, since they
/// match ignoring case.
struct CSVMapping {
    /// A column the mapping names, and where it names it.
    struct Column {
        var header: String
        var role: CSVColumnRole
        /// The key's place in the mapping file, for a column the header lacks.
        var offset: Int
        var length: Int
    }

    /// A relation type a cell value stands for.
    struct RelationType {
        var name: String
        /// Whether the row's subject and object swap (`funds` read as `funded-by`).
        var reverse: Bool
    }

    /// The bytes a file is written in.
    enum Encoding {
        case utf8
        /// ISO 8859-1, each byte one scalar, turned into UTF-8 before reading.
        case latin1
    }

    var columns: [Column] = []
    var kinds: [String: String] = [:]
    var types: [String: RelationType] = [:]
    var statuses: [String: ClaimStatus] = [:]
    /// What separates the items of a list cell (aliases, claimants).
    var separator: String?
    /// What separates cells, when not the format's own.
    var delimiter: UInt8?
    /// The kind of entity rows that give none.
    var kind: String?
    /// The kind of the entities a relations file's ends stand for.
    var endpointKind: String?
    /// The type of relation rows that give none.
    var type: String?
    var encoding = Encoding.utf8

    /// The kind a cell value stands for: its mapping, or the value itself.
    func kind(for value: String) -> String {
        kinds.isEmpty ? value : kinds[value.lowercased()] ?? value
    }

    /// The relation type a cell value stands for: its mapping, or the value itself.
    func type(for value: String) -> RelationType {
        guard !types.isEmpty, let mapped = types[value.lowercased()] else { return RelationType(name: value, reverse: false) }
        return mapped
    }
}
