/// A relation as an input file gives it, its ends and claimants named.
public struct ImportedRelation: Sendable {
    /// Who or what the relation starts from.
    public var subject: ImportReference
    /// The relation type's name as the file gives it, checked by the
    /// assembler; empty when the file does not say, so the type the user
    /// gives for such relations applies.
    public var type: String
    /// Who or what it points to.
    public var object: ImportReference
    /// How firm the claim is.
    public var status: ClaimStatus
    /// Who claims, alleges, confirms or denies it.
    public var claimants: [ImportReference]
    /// Further attributes (`date`, `from`, `to`, ...); their citations
    /// index the document's sources.
    public var attributes: [Attribute]
    /// Who claims which of the attributes' values.
    public var valueClaims: [ImportedValueClaim]
    /// Citations of the document's sources, besides the file itself.
    public var citations: [Citation]
    /// Where in the file it is.
    public var origin: ImportOrigin

    /// Creates a relation.
    public init(subject: ImportReference, type: String, object: ImportReference, status: ClaimStatus = .reported,
                claimants: [ImportReference] = [], attributes: [Attribute] = [],
                valueClaims: [ImportedValueClaim] = [], citations: [Citation] = [],
                origin: ImportOrigin) {
        self.subject = subject
        self.type = type
        self.object = object
        self.status = status
        self.claimants = claimants
        self.attributes = attributes
        self.valueClaims = valueClaims
        self.citations = citations
        self.origin = origin
    }
}

/// How an input file names an entity from a relation.
public enum ImportReference: Hashable, Sendable {
    /// By the key of one of the document's own entities (``ImportedEntity/key``).
    case key(String)
    /// By a name, alias or id, matched as the language matches quoted
    /// references: among the document's entities, then the catalogue's.
    case name(String)
}

/// Where an imported item came from: the words its citation of the file
/// carries (`row 12`, `node "n3"`, `line 4`) and the bytes diagnostics
/// about it point to. Places are byte offsets into the document's file,
/// turned into lines and columns only when something is reported, so a
/// large import keeps no line text per row.
public struct ImportOrigin: Hashable, Sendable {
    /// What the citation of the input file quotes: `row 12`, `node "n3"`.
    public var element: String
    /// The item's bytes in the file (a CSV row, an XML element's start tag).
    public var span: Range<Int>
    /// The bytes of single fields (a CSV cell, an attribute's value),
    /// where the reader knows them, so a diagnostic about a field points at it.
    public var fields: [ImportField: Range<Int>]

    /// Creates an origin.
    public init(element: String, span: Range<Int>, fields: [ImportField: Range<Int>] = [:]) {
        self.element = element
        self.span = span
        self.fields = fields
    }

    /// The bytes of `field`, or of the whole item when the reader did not say.
    public func span(of field: ImportField) -> Range<Int> {
        fields[field] ?? span
    }
}

/// A field of an imported item that diagnostics point at.
public enum ImportField: Hashable, Sendable {
    /// The file's key for an entity.
    case key
    /// An entity's name.
    case name
    /// An entity's kind.
    case kind
    /// A relation's type.
    case type
    /// A relation's subject.
    case subject
    /// A relation's object.
    case object
    /// A relation's status.
    case status
    /// A relation's claimants.
    case claimants
}
