/// What the FtM reader makes of each FollowTheMoney schema: an entity of
/// some kind, a relation of some type between two of its properties, a
/// source, a citation, or nothing.
enum FtMSchemaMapping {
    /// A Thing read as an entity of `kind`; empty when FtM's schema does
    /// not say what the entity is (a `LegalEntity` may be a person or a group).
    case entity(kind: String)
    /// An interval read as a relation from the entity in `subject` to the
    /// one in `object`; `type` empty when the schema does not say.
    case relation(subject: String, type: String, object: String)
    /// A document, read as a source that `proof` and Documentation point to.
    case source
    /// A Documentation: a document's citation of an entity.
    case documentation
    /// A schema with no two ends to join (a sanction, an identification)
    /// or that FtM does not have: skipped with a warning.
    case unread

    /// The mapping of `schema`. Kinds and types are the built-in ones where
    /// the meaning is the same (a Membership is `member-of`, a Control and a
    /// Directorship `commands`, a Payment `funded-by` from the beneficiary
    /// to the payer) and otherwise names the user declares (`vessel`, `owns`).
    static func of(_ schema: String) -> FtMSchemaMapping {
        if let kind = kinds[schema] { return .entity(kind: kind) }
        if let link = links[schema] { return .relation(subject: link.subject, type: link.type, object: link.object) }
        if documents.contains(schema) { return .source }
        return schema == "Documentation" ? .documentation : .unread
    }

    /// Things, with the kind each becomes. `PublicBody` is `state`, as the
    /// export writes a state, and `Address` is `place`, as the export writes one.
    private static let kinds: [String: String] = [
        "Person": "person", "Organization": "group", "Company": "group", "PublicBody": "state", "LegalEntity": "",
        "Event": "event", "Address": "place", "Vessel": "vessel", "Airplane": "airplane", "Vehicle": "vehicle",
        "Asset": "asset", "RealEstate": "real-estate", "Security": "security", "BankAccount": "bank-account",
        "CryptoWallet": "crypto-wallet", "Position": "position", "Project": "project", "License": "license",
        "Contract": "contract", "Trip": "trip",
    ]

    /// Intervals: the property holding the subject, the relation type, the
    /// property holding the object.
    private static let links: [String: (subject: String, type: String, object: String)] = [
        "Membership": ("member", "member-of", "organization"),
        "Directorship": ("director", "commands", "organization"),
        "Control": ("controller", "commands", "controlled"),
        "Payment": ("beneficiary", "funded-by", "payer"),
        "Ownership": ("owner", "owns", "asset"),
        "Employment": ("employee", "employed-by", "employer"),
        "Family": ("person", "family-of", "relative"),
        "Associate": ("person", "associate-of", "associate"),
        "Representation": ("agent", "represents", "client"),
        "Succession": ("predecessor", "succeeded-by", "successor"),
        "Debt": ("debtor", "owes", "creditor"),
        "Occupancy": ("holder", "occupies", "post"),
        "ProjectParticipant": ("participant", "participates-in", "project"),
        "UnknownLink": ("subject", "", "object"),
    ]

    /// Documents: what `proof` and Documentation's `document` point to.
    private static let documents: Set<String> = [
        "Document", "Article", "Page", "Pages", "PlainText", "HyperText", "Folder", "Package", "Workbook", "Table",
        "Video", "Audio", "Image", "Email", "Message",
    ]
}
