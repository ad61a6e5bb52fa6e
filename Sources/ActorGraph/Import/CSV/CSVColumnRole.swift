/// What a CSV column holds, as the mapping file names it (`"Actor A":
/// "subject"`) or as a header's common name implies it.
enum CSVColumnRole: Hashable {
    /// The file's key for an entity.
    case id
    /// An entity's display name.
    case name
    /// An entity's kind.
    case kind
    /// An entity's other names, separated by the list separator.
    case aliases
    /// A relation's subject, by name or id.
    case subject
    /// A relation's object, by name or id.
    case object
    /// A relation's type.
    case type
    /// When it happened: attribute `date`.
    case date
    /// When it began: attribute `from`.
    case start
    /// When it ended: attribute `to`.
    case end
    /// The title or id of the source the row comes from.
    case source
    /// The source's address.
    case url
    /// The words of the source that support the row.
    case quote
    /// The Admiralty credibility of the row, 1 to 6.
    case credibility
    /// How firm a relation's claim is.
    case status
    /// Who claims a relation, separated by the list separator.
    case claimants
    /// The kind of a relation's subject, for edge lists without an entity table.
    case subjectKind
    /// The kind of a relation's object.
    case objectKind
    /// Ids of sources, separated by the list separator, as ActorGraph's
    /// own CSV export lists them; recognised from that export's header only.
    case sourceIDs
    /// A column not imported.
    case ignore
    /// Any other column: an attribute with this key.
    case attribute(String)

    /// The roles a mapping file may give, by name; `attribute:KEY` is read apart.
    static let mappingNames: [String: CSVColumnRole] = [
        "id": .id, "name": .name, "kind": .kind, "aliases": .aliases, "subject": .subject, "object": .object, "type": .type,
        "date": .date, "start": .start, "end": .end, "source": .source, "url": .url, "quote": .quote,
        "credibility": .credibility, "status": .status, "claimants": .claimants, "subject-kind": .subjectKind,
        "object-kind": .objectKind, "ignore": .ignore,
    ]

    /// A number for each role one column plays, `0 ..< slotCount`; `nil`
    /// for attributes and ignored columns, which many columns may be.
    var slot: Int? {
        switch self {
        case .id: return 0
        case .name: return 1
        case .kind: return 2
        case .aliases: return 3
        case .subject: return 4
        case .object: return 5
        case .type: return 6
        case .date: return 7
        case .start: return 8
        case .end: return 9
        case .source: return 10
        case .url: return 11
        case .quote: return 12
        case .credibility: return 13
        case .status: return 14
        case .claimants: return 15
        case .subjectKind: return 16
        case .objectKind: return 17
        case .sourceIDs: return 18
        case .ignore, .attribute: return nil
        }
    }

    /// How many slots there are.
    static let slotCount = 19

    /// The role's name in a mapping file.
    var mappingName: String {
        if case .attribute(let key) = self { return "attribute:" + key }
        return Self.mappingNames.first { $0.value == self }?.key ?? "source ids"
    }

    /// The roles only a relations file has.
    var isRelationOnly: Bool {
        switch self {
        case .type, .status, .claimants, .subjectKind, .objectKind, .subject, .object: return true
        default: return false
        }
    }

    /// The roles only an entities file has.
    var isEntityOnly: Bool {
        switch self {
        case .id, .name, .kind, .aliases: return true
        default: return false
        }
    }

    /// The attribute key a date column gives.
    var dateKey: String? {
        switch self {
        case .date: return "date"
        case .start: return "from"
        case .end: return "to"
        default: return nil
        }
    }

    /// Header names (folded as ``CSVLayout/fold(_:)`` folds them) that
    /// imply a role, strongest first: where two columns imply one role,
    /// the one whose name comes first here has it and the other is an
    /// attribute. `source` as a relation's subject is decided apart.
    static func synonyms(inRelations: Bool) -> [(name: String, role: CSVColumnRole)] {
        let shared: [(String, CSVColumnRole)] = [
            ("date", .date), ("start", .start), ("fromdate", .start), ("begin", .start), ("end", .end), ("todate", .end),
            ("until", .end), ("source", .source), ("url", .url), ("quote", .quote), ("credibility", .credibility),
        ]
        guard inRelations else {
            return [("id", .id), ("key", .id), ("name", .name), ("label", .name), ("title", .name), ("kind", .kind), ("type", .kind),
                    ("category", .kind), ("aliases", .aliases), ("alias", .aliases), ("aka", .aliases)] + shared
        }
        return [("subject", .subject), ("from", .subject), ("actor", .subject), ("object", .object), ("to", .object),
                ("target", .object), ("relation", .type), ("relationship", .type), ("type", .type), ("label", .type),
                ("status", .status), ("claimants", .claimants), ("claimant", .claimants), ("by", .claimants),
                ("subjectkind", .subjectKind), ("fromkind", .subjectKind), ("sourcekind", .subjectKind),
                ("objectkind", .objectKind), ("tokind", .objectKind), ("targetkind", .objectKind)] + shared
    }
}
