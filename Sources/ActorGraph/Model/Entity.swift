/// A node of the graph: a person, a group, a state, or an entity of a
/// declared kind.
public struct Entity: Hashable, Sendable {
    /// The stable id, a bare word unique within the graph (`abu-taqwa`).
    public var id: String
    /// The index of the entity's kind in the graph's ``Schema``.
    public var kind: Int
    /// The display name; the id when none was given.
    public var name: String
    /// Other spellings that also find the entity.
    public var aliases: [String]
    /// The language and sources of aliases that give them, keyed by the
    /// alias as written in ``aliases``; an alias without a note is absent.
    public var aliasNotes: [String: AliasNote]
    /// Free attributes in the order written.
    public var attributes: [Attribute]
    /// The sources that report the entity (`src:`).
    public var citations: [Citation]

    /// Creates an entity.
    public init(id: String, kind: Int, name: String, aliases: [String] = [], attributes: [Attribute] = [], citations: [Citation] = [],
                aliasNotes: [String: AliasNote] = [:]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.citations = citations
        self.aliasNotes = aliasNotes.filter { !$0.value.isEmpty }
    }
}
