/// The FollowTheMoney schemata the FtM export writes, with what their
/// edge properties accept, so a relation becomes a specific interval
/// schema only when both its ends fit that schema's ranges.
enum FtMSchema: String {
    /// A `person`.
    case person = "Person"
    /// A `group`.
    case organization = "Organization"
    /// A `state`: FtM has no country-as-actor schema (its `country` is a
    /// code, not an entity), and a public body is an Organization, so a
    /// person can be a member of a state and a state can fund a group.
    case publicBody = "PublicBody"
    /// A declared `event` kind.
    case event = "Event"
    /// A declared `place` kind.
    case address = "Address"
    /// Any other declared kind: FtM's generic party.
    case legalEntity = "LegalEntity"
    /// A source: "a piece of media reporting about a subject", a Document
    /// (what `proof` and Documentation point to) that needs no file.
    case article = "Article"
    /// A source's citation of an entity.
    case documentation = "Documentation"
    /// Belonging: `part-of`, `member-of`.
    case membership = "Membership"
    /// Command: `commands`.
    case control = "Control"
    /// Funding: `funded-by`, paid by the object.
    case payment = "Payment"
    /// Any other relation, and one whose ends fit no specific schema.
    case unknownLink = "UnknownLink"

    /// The schema for entities of `kind`: the built-in actor kinds, and the
    /// `event` and `place` kinds graphs conventionally declare.
    static func forKind(_ kind: EntityKind) -> FtMSchema {
        switch kind.name {
        case "person": return .person
        case "group": return .organization
        case "state": return .publicBody
        case "event": return .event
        case "place": return .address
        default: return .legalEntity
        }
    }

    /// Whether an entity of this schema is a LegalEntity, the range of
    /// `member`, `controller`, `controlled`, `payer` and `beneficiary`.
    var isLegalEntity: Bool {
        switch self {
        case .person, .organization, .publicBody, .legalEntity: return true
        default: return false
        }
    }

    /// Whether an entity of this schema is an Organization, the range of
    /// Membership's `organization`.
    var isOrganization: Bool { self == .organization || self == .publicBody }
}

/// How one relation is written: the interval schema, the properties its
/// subject and object go in, and where the relation type and claim status go.
struct FtMLink {
    let schema: FtMSchema
    /// The property holding the relation's subject.
    let subjectProperty: StaticString
    /// The property holding the relation's object.
    let objectProperty: StaticString
    /// `role` on Interest schemata; Payment has none and takes `purpose`.
    let typeProperty: StaticString
    /// Whether the schema has `status` (every Interest; Payment has not).
    let hasStatus: Bool

    /// The link for a relation of `role` between entities of `subject` and
    /// `object`. Belonging (part-of, member-of) is a Membership and command
    /// a Control; `A funded-by B` is a Payment with B the payer. Hostility,
    /// alliance, other roles, and ends outside a schema's ranges are an
    /// UnknownLink, whose ends may be any Thing.
    static func forRelation(role: RelationRole, subject: FtMSchema, object: FtMSchema) -> FtMLink {
        let belongs = subject.isLegalEntity && object.isOrganization
        switch role {
        case .containment where belongs, .membership where belongs:
            return FtMLink(schema: .membership, subjectProperty: "member", objectProperty: "organization", typeProperty: "role", hasStatus: true)
        case .command where subject.isLegalEntity && object.isLegalEntity:
            return FtMLink(schema: .control, subjectProperty: "controller", objectProperty: "controlled", typeProperty: "role", hasStatus: true)
        case .funding where subject.isLegalEntity && object.isLegalEntity:
            return FtMLink(schema: .payment, subjectProperty: "beneficiary", objectProperty: "payer", typeProperty: "purpose", hasStatus: false)
        default:
            return FtMLink(schema: .unknownLink, subjectProperty: "subject", objectProperty: "object", typeProperty: "role", hasStatus: true)
        }
    }
}
