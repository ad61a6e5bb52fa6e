/// An actor or other entity as an input file gives it.
public struct ImportedEntity: Sendable {
    /// The file's own key for it (a CSV `id`, a GraphML node id, an FtM
    /// entity id), which relations in the same file use; `nil` when the
    /// file has none and relations name it instead. Any text: the
    /// assembler makes an `.ag` id of it, or of the name, when it is not a
    /// usable word.
    public var key: String?
    /// The kind's name as the file gives it (`group`, or a kind the
    /// mapping or the file declares), checked by the assembler; empty when
    /// the file does not say (a plain GraphML node), so the kind the user
    /// gives for such entities applies.
    public var kind: String
    /// The display name; the key stands in when the file gives none.
    public var name: String
    /// Other spellings.
    public var aliases: [String]
    /// The language and sources of aliases that give them, keyed by alias;
    /// citations index the document's sources.
    public var aliasNotes: [String: AliasNote] = [:]
    /// Further attributes; their citations index the document's sources.
    public var attributes: [Attribute]
    /// Who claims which of the attributes' values.
    public var valueClaims: [ImportedValueClaim]
    /// Citations of the document's sources, besides the file itself.
    public var citations: [Citation]
    /// Where in the file it is.
    public var origin: ImportOrigin

    /// Creates an entity.
    public init(key: String?, kind: String, name: String, aliases: [String] = [], attributes: [Attribute] = [],
                valueClaims: [ImportedValueClaim] = [],
                citations: [Citation] = [], origin: ImportOrigin) {
        self.key = key
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.valueClaims = valueClaims
        self.citations = citations
        self.origin = origin
    }
}
