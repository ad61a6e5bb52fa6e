/// The CSV files that `neo4j-admin database import full` loads into an
/// empty Neo4j database: `entities.csv` and `sources.csv` (nodes),
/// `relations.csv` and `cites.csv` (relationships), with typed headers.
///
/// Every entity is labelled `Entity` and its kind (`person` → `Person`);
/// relation types become relationship types in upper snake case
/// (`part-of` → `PART_OF`), each relation keeping its `rel-N` id. Labels,
/// types and attribute properties (`attr_KEY`) are named as in the
/// `cypher` export (`CypherName`), so either way in gives the same graph. Lists
/// (aliases, claimants, a disputed attribute's values) are `string[]`
/// properties whose elements are separated by U+001F, a character no
/// name holds, so a `;` or `|` in a name never splits it; the import
/// command names that separator (`docs/formats.md` gives it). Dates stay
/// strings as written, each with its precision (`year`, `month`, `day`),
/// never a `date` that would invent a month and a day.
public struct Neo4jExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "neo4j", extensions: [], summary: "the CSV set neo4j-admin database import full loads (a folder, or a .zip)")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(members: [
            ExportedFile.Member(name: "entities.csv", bytes: Self.entities(view)),
            ExportedFile.Member(name: "sources.csv", bytes: Self.sources(view)),
            ExportedFile.Member(name: "relations.csv", bytes: Self.relations(view)),
            ExportedFile.Member(name: "cites.csv", bytes: Self.cites(view)),
        ])
    }

    /// The array delimiter: U+001F, the unit separator.
    static let arrayDelimiter = "\u{1F}"

    /// `neo4j-admin`'s id spaces: entity and source ids may then be equal.
    private static let entitySpace = "Entity", sourceSpace = "Source"

    private static func table() -> CSVBuffer { CSVBuffer(guardingFormulas: false) }

    static func entities(_ view: GraphView) -> [UInt8] {
        let graph = view.graph, presentation = Presentation(view)
        let keys = view.entityAttributeKeys, columns = AttributeColumns(keys)
        let labels = graph.schema.kinds.map { entitySpace + arrayDelimiter + CypherName.label(ofKind: $0.name) }
        var out = table()
        out.reserve(view.entityCount * 200)
        out.fields(["id:ID(\(entitySpace))", ":LABEL", "name", "kind", "aliases:string[]", "sources:string[]", "evidence"])
        out.fields(propertyNames(keys).map { $0 + ":string[]" })
        out.endRow()
        for index in view.entityIndices {
            let entity = graph.entities[index]
            out.fields([entity.id, labels[entity.kind], entity.name, graph.schema.kinds[entity.kind].name, array(entity.aliases),
                        array(entity.citations.sourceIDs(in: graph)),
                        presentation.entity(index).evidence.joined(separator: "\n")])
            columns.write(view.attributes(ofEntity: index), separator: arrayDelimiter, value: withoutDelimiter, to: &out)
            out.endRow()
        }
        return out.storage
    }

    static func sources(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        let keys = view.sourceAttributeKeys, columns = AttributeColumns(keys)
        var out = table()
        out.fields(["id:ID(\(sourceSpace))", ":LABEL", "title", "reliability", "date", "date_precision"])
        out.fields(propertyNames(keys))
        out.endRow()
        for source in graph.sources {
            out.fields([source.id, sourceSpace, source.title, source.reliability?.rawValue ?? ""])
            dateFields(source.date, to: &out)
            columns.write(source.attributes, separator: arrayDelimiter, value: withoutDelimiter, to: &out)
            out.endRow()
        }
        return out.storage
    }

    static func relations(_ view: GraphView) -> [UInt8] {
        let graph = view.graph, cells = RelationCells(Presentation(view))
        let keys = view.relationAttributeKeys, columns = AttributeColumns(keys)
        let types = graph.schema.relationTypes.map { CypherName.relationshipType(of: $0.name) }, names = graph.schema.relationTypes.map(\.name)
        var out = table()
        out.reserve(view.relationCount * 100)
        out.fields([":START_ID(\(entitySpace))", ":END_ID(\(entitySpace))", ":TYPE", "id", "type", "status", "claimants:string[]",
                    "date", "date_precision", "from", "from_precision", "to", "to_precision",
                    "sources:string[]", "quotes:string[]", "credibility:string[]", "label", "evidence"])
        out.fields(propertyNames(keys).map { $0 + ":string[]" })
        out.endRow()
        for index in view.relationIndices {
            let relation = graph.relations[index]
            out.fields([graph.entities[relation.subject].id, graph.entities[relation.object].id, types[relation.type]])
            out.field("rel-", index)
            out.fields([names[relation.type], relation.status.rawValue])
            out.field(relation.claimants.isEmpty ? "" : array(relation.claimants.map { graph.entities[$0].id }))
            if let time = relation.time {
                dateFields(time.isEvent ? time.start : nil, to: &out)
                dateFields(time.isEvent ? nil : time.start, to: &out)
                dateFields(time.isEvent ? nil : time.end, to: &out)
            } else {
                out.emptyFields(6)
            }
            if relation.citations.isEmpty {
                out.emptyFields(3)
            } else {
                // Parallel arrays, one element per citation; "" where a citation has no quote or grade.
                out.fields([array(relation.citations.map { graph.sources[$0.source].id }), array(relation.citations.map { $0.quote ?? "" }),
                            array(relation.citations.map { $0.credibility.map(String.init) ?? "" })])
            }
            let text = cells.text(of: index)
            out.fields([text.label, text.evidence])
            columns.write(view.attributes(ofRelation: index), separator: arrayDelimiter, value: withoutDelimiter, to: &out)
            out.endRow()
        }
        return out.storage
    }

    /// `(:Entity)-[:CITES]->(:Source)` for each citation of an entity.
    static func cites(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        var out = table()
        out.fields([":START_ID(\(entitySpace))", ":END_ID(\(sourceSpace))", ":TYPE", "quote", "credibility:int"])
        out.endRow()
        for index in view.entityIndices {
            for citation in graph.entities[index].citations {
                out.fields([graph.entities[index].id, graph.sources[citation.source].id, "CITES", citation.quote ?? "",
                            citation.credibility.map(String.init) ?? ""])
                out.endRow()
            }
        }
        return out.storage
    }

    /// The two fields of a date: as written, and how precise it is.
    private static func dateFields(_ date: PartialDate?, to out: inout CSVBuffer) {
        guard let date else { return out.fields(["", ""]) }
        out.fields([date.description, date.precision.rawValue])
    }

    /// Elements joined by the array delimiter, which is taken out of each.
    static func array(_ elements: [String]) -> String {
        elements.map(withoutDelimiter).joined(separator: arrayDelimiter)
    }

    private static func withoutDelimiter(_ text: String) -> String {
        text.contains(arrayDelimiter) ? text.replacingOccurrences(of: arrayDelimiter, with: "") : text
    }

    /// The property names of attribute keys, as the `cypher` export names
    /// them: `attr_` and the key as a plain identifier, made unique.
    private static func propertyNames(_ keys: [String]) -> [String] {
        var names = CypherPropertyKeys()
        return keys.map { names.key(ofAttribute: $0) }
    }
}
