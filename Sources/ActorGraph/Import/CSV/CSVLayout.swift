/// What each column of one CSV file is, decided once from its header and
/// the mapping: whether the rows are entities or relations, which column
/// plays which role, and which become attributes under which key.
struct CSVLayout {
    /// What the rows of a file are.
    enum Table {
        case entities
        case relations
    }

    let table: Table
    /// The header's names, as written.
    let headers: [String]
    /// The column of each role a column plays, by ``CSVColumnRole/slot``;
    /// an array, since every row asks for several.
    private let columns: [Int?]
    /// The columns that become attributes, with their keys, in column order.
    let attributes: [(column: Int, key: String)]
    /// What separates the items of a list cell.
    let separator: String

    /// The default list separator; ActorGraph's own export uses `|`.
    static let defaultSeparator = ";"

    /// The header of ActorGraph's own `entities.csv` (``CSVExporter``), and what its columns are.
    static let exportedEntities: [(String, CSVColumnRole)] = [
        ("Label", .name), ("Type", .kind), ("ID", .id), ("Aliases", .aliases), ("Sources", .sourceIDs), ("Description", .ignore),
    ]
    /// The header of ActorGraph's own `relations.csv`: the ends by id, the names and the labels made for people left out.
    static let exportedRelations: [(String, CSVColumnRole)] = [
        ("From", .ignore), ("To", .ignore), ("Type", .type), ("ID", .ignore), ("From ID", .subject), ("To ID", .object),
        ("Status", .status), ("Claimants", .ignore), ("Claimant IDs", .claimants), ("Date", .date), ("Start", .start),
        ("End", .end), ("Sources", .sourceIDs), ("Label", .ignore), ("Description", .ignore),
    ]

    /// The headers of the export's other tables, which say what entities
    /// and relations cite and are not read: `sources.csv`, `citations.csv`.
    static let exportedEvidence = [["ID", "Title", "Reliability", "Date"], ["Item", "Item Type", "Attribute", "Value", "Source", "Quote", "Credibility"]]

    /// The layout of a file with `headers`, whose cells are at `spans`;
    /// `nil`, with the problems reported, when the header or the mapping
    /// is wrong or says neither entities nor relations.
    init?(headers: [String], spans: [Range<Int>], mapping: CSVMapping, problems: inout CSVProblems) {
        self.headers = headers
        var valid = Self.checkNames(headers, spans: spans, problems: &problems)
        if let evidence = Self.exportedEvidence.first(where: { headers.starts(with: $0) }) {
            problems.error(.unrecognizedCSVColumns, at: spans.first?.lowerBound ?? 0, length: spans.first?.count ?? 1,
                           "row 1: this is the \(evidence.count == 4 ? "sources" : "citations").csv of an ActorGraph CSV export, which is not imported; "
                           + "import its entities.csv and relations.csv, or the export as JSON (--to json), which keeps every source and citation")
            return nil
        }
        // ActorGraph's own export is read by its exact header.
        let exported = [Self.exportedEntities, Self.exportedRelations].first { fixed in
            headers.count >= fixed.count && zip(headers, fixed).allSatisfy { $0 == $1.0 }
        }
        var roles = [CSVColumnRole?](repeating: nil, count: headers.count)
        for (index, fixed) in (exported ?? []).enumerated() { roles[index] = fixed.1 }
        let folded = headers.map(Self.fold)
        var mappedBy: [Int: CSVMapping.Column] = [:]
        // One mapping may serve several files (entities and relations), each with some of its columns.
        for entry in mapping.columns {
            guard let index = folded.firstIndex(of: Self.fold(entry.header)) else { continue }
            roles[index] = entry.role
            mappedBy[index] = entry
        }
        if !mapping.columns.isEmpty && mappedBy.isEmpty {
            problems.warning(.unmatchedCSVMapping, at: spans.first?.lowerBound ?? 0, length: spans.first?.count ?? 1,
                             "row 1: the mapping does not fit this file: it maps the columns " + mapping.columns.map { "'\($0.header)'" }.joined(separator: ", ")
                             + ", and the header has none of them (its columns are " + headers.map { "'\($0)'" }.joined(separator: ", ")
                             + "); correct the names under \"columns\" in the mapping, or import this file with another mapping")
        }
        if let exported {
            table = exported.count == Self.exportedRelations.count ? .relations : .entities
        } else {
            table = Self.assignSynonyms(folded, to: &roles)
        }

        var column: [CSVColumnRole: Int] = [:]
        for (index, role) in roles.enumerated() {
            guard let role, role.slot != nil else { continue }
            if let other = column[role] {
                valid = false
                let message = "columns '\(headers[other])' and '\(headers[index])' are both mapped to \(role.mappingName); map one of them to another role or to \"ignore\""
                if let entry = mappedBy[index] {
                    problems.error(.badCSVMapping, in: CSVProblems.mapping, at: entry.offset, length: entry.length, message)
                } else {
                    problems.error(.badCSVMapping, at: spans[index].lowerBound, length: spans[index].count, "row 1: " + message)
                }
            }
            column[role] = index
        }
        let isRelations = table == .relations
        for entry in mappedBy.sorted(by: { $0.key < $1.key }).map(\.value) where isRelations ? entry.role.isEntityOnly : entry.role.isRelationOnly {
            valid = false
            problems.error(.badCSVMapping, in: CSVProblems.mapping, at: entry.offset, length: entry.length,
                           isRelations
                               ? "column '\(entry.header)' is mapped to a role of entity rows, but this is a relations file (it has subject and object columns)"
                               : "column '\(entry.header)' is mapped to a role of relation rows, but this file has no subject and object columns; map those too")
        }
        guard isRelations || column[.name] != nil || column[.id] != nil else {
            problems.error(.unrecognizedCSVColumns, at: spans.first?.lowerBound ?? 0, length: spans.first?.count ?? 1,
                           "row 1: no column says what the rows are; a relations file needs subject and object columns (from/to, source/target), "
                           + "an entities file a name or id column; rename the columns or map them in a mapping file (--mapping)")
            return nil
        }
        guard valid else { return nil }
        var columns = [Int?](repeating: nil, count: CSVColumnRole.slotCount)
        for (role, index) in column {
            if let slot = role.slot { columns[slot] = index }
        }
        self.columns = columns
        separator = mapping.separator ?? (exported != nil ? CSVExporter.separator : Self.defaultSeparator)
        // A relation's `date`, `from` and `to` are its time, which only date columns give.
        let reserved: Set<String> = isRelations ? ["src", "status", "by", "date", "from", "to"] : Set(["src"] + column.keys.compactMap(\.dateKey))
        attributes = Self.attributeKeys(roles, headers: headers, exported: exported != nil, reserved: reserved)
    }

    /// Reports header names that are empty or given twice; `true` when there are none.
    private static func checkNames(_ headers: [String], spans: [Range<Int>], problems: inout CSVProblems) -> Bool {
        var valid = true
        var seen: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            if header.isEmpty {
                valid = false
                problems.error(.malformedCSV, at: spans[index].lowerBound, length: 1,
                               "row 1: column \(index + 1) has no name; name it in the header, or delete the column")
            } else if let first = seen.updateValue(index, forKey: header.lowercased()) {
                valid = false
                problems.error(.malformedCSV, at: spans[index].lowerBound, length: spans[index].count,
                               "row 1: columns \(first + 1) and \(index + 1) are both called '\(header)'; rename one of them")
            }
        }
        return valid
    }

    /// Gives the columns the mapping left their roles by their folded
    /// names, and says whether the rows are relations: when a subject and
    /// an object column are there.
    private static func assignSynonyms(_ folded: [String], to roles: inout [CSVColumnRole?]) -> Table {
        func unassigned(_ names: Set<String>) -> Int? { folded.indices.first { roles[$0] == nil && names.contains(folded[$0]) } }
        let hasSubject = roles.contains(.subject) || unassigned(["subject", "from", "actor"]) != nil
        let hasObject = roles.contains(.object) || unassigned(["object", "to", "target"]) != nil
        // Gephi and NetworkX call the ends source and target.
        if !hasSubject, hasObject, folded.contains("target"), let source = unassigned(["source"]) { roles[source] = .subject }
        let table: Table = (hasSubject || roles.contains(.subject)) && hasObject ? .relations : .entities
        for (name, role) in CSVColumnRole.synonyms(inRelations: table == .relations) where !roles.contains(role) {
            if let index = unassigned([name]) { roles[index] = role }
        }
        return table
    }

    /// The columns that become attributes and their keys: words, none
    /// twice, `reserved` ones renamed as ``ImportedAttributeKey`` does.
    /// The export's headers are keys already, `attr.` before those that
    /// would read as its own columns.
    private static func attributeKeys(_ roles: [CSVColumnRole?], headers: [String], exported: Bool, reserved: Set<String>) -> [(column: Int, key: String)] {
        var taken = Set<String>()
        var attributes: [(column: Int, key: String)] = []
        for (index, role) in roles.enumerated() {
            let name: String
            switch role {
            case .attribute(let key)?: name = key
            case nil:
                let header = exported && headers[index].hasPrefix("attr.") ? String(headers[index].dropFirst(5)) : headers[index]
                let slug = Slug.word(header)
                name = exported && Checker.isWord(header) ? header : slug.isEmpty ? "column-\(index + 1)" : slug
            default: continue
            }
            let base = ImportedAttributeKey.unreserved(name, reserving: reserved)
            var key = base, suffix = 1
            while taken.contains(key) {
                suffix += 1
                key = "\(base)-\(suffix)"
            }
            taken.insert(key)
            attributes.append((index, key))
        }
        return attributes
    }

    /// The column that plays `role`, if one does.
    func column(_ role: CSVColumnRole) -> Int? {
        role.slot.flatMap { columns[$0] }
    }

    /// A header as synonyms match it: lower case, without spaces, `_` and `-`.
    static func fold(_ header: String) -> String {
        String(String.UnicodeScalarView(header.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" }))
    }
}
