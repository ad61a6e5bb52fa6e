/// ActorGraph's own interchange format, version 1: everything a graph
/// holds, in the language's words, so nothing is lost on the way out and
/// back in. Laid out so that NetworkX reads it with one call:
///
/// ```python
/// nx.node_link_graph(data, edges="relations", nodes="entities", source="subject", target="object", name="id", key="id")
/// ```
///
/// `docs/formats.md` documents every field and `docs/actorgraph-1.schema.json`
/// is its JSON Schema. Dates are written as the files write them
/// (`2024`, `2024-01`, `2024-01-04`), so a year-only date stays a year.
struct JSONGraphDocument: Encodable {
    let format = "actorgraph"
    let version = 1
    /// For NetworkX: every relation has a direction, and two actors may be
    /// joined by several relations.
    let directed = true
    let multigraph = true
    /// Graph-level attributes, as NetworkX's `graph` dictionary.
    let graph: [String: String] = [:]
    let schema: SchemaEntry
    let sources: [SourceEntry]
    let entities: [EntityEntry]
    let relations: [RelationEntry]

    struct SchemaEntry: Encodable {
        let kinds: [KindEntry]
        let relationTypes: [TypeEntry]
    }

    struct KindEntry: Encodable {
        let name: String
        let actor: Bool
        let shape: String
        let color: String
        let fill: String?
    }

    struct TypeEntry: Encodable {
        let name: String
        let subjects: String
        let objects: String
        let role: String
        let symmetric: Bool
        let color: String
        let line: String
        let arrowhead: String
    }

    struct SourceEntry: Encodable {
        let id: String
        let title: String
        let reliability: String?
        let date: String?
        let attributes: [AttributeEntry]
    }

    struct CitationEntry: Encodable {
        let source: String
        let quote: String?
        let credibility: Int?
    }

    struct ValueEntry: Encodable {
        let text: String
        let citations: [CitationEntry]
    }

    struct AttributeEntry: Encodable {
        let key: String
        let values: [ValueEntry]
    }

    struct EntityEntry: Encodable {
        let id: String
        let kind: String
        let name: String
        let aliases: [String]
        let attributes: [AttributeEntry]
        let citations: [CitationEntry]
    }

    struct TimeEntry: Encodable {
        /// A single date, for an event.
        let date: String?
        /// A span's ends; either may be open.
        let from: String?
        let to: String?
    }

    struct RelationEntry: Encodable {
        /// `rel-N`: the relation's place among all relations of the files,
        /// so parallel relations keep distinct ids and a filtered export
        /// keeps the ids of the whole.
        let id: String
        let subject: String
        let type: String
        let object: String
        let status: String
        let claimants: [String]
        let time: TimeEntry?
        let attributes: [AttributeEntry]
        let citations: [CitationEntry]
    }
}
