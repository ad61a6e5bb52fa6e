/// Tables for spreadsheets and Kumu: `entities.csv`, `relations.csv`,
/// `sources.csv` and `citations.csv`, written to a folder or as one ZIP.
///
/// The entity table starts `Label,Type` and the relation table
/// `From,To,Type`, the columns Kumu's importer looks for first; ids,
/// claims, dates and one column per free attribute follow. Several values
/// in one cell (aliases, claimants, a disputed attribute's values) are
/// separated by `|`, Kumu's separator for multiple values. Which source
/// gives which value, with its quoted words and grade, is a row of
/// `citations.csv`, so nothing of the evidence is lost to the flattening.
///
/// Every cell a spreadsheet would run as a formula is guarded (see
/// `CSVBuffer`), and the files start with a UTF-8 byte order mark, so
/// Excel shows Arabic names as Arabic.
public struct CSVExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "csv", extensions: ["zip"], summary: "entities, relations, sources and citations as CSV tables, for spreadsheets and Kumu (a folder, or a .zip)")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(members: [
            ExportedFile.Member(name: "entities.csv", bytes: Self.entities(view)),
            ExportedFile.Member(name: "relations.csv", bytes: Self.relations(view)),
            ExportedFile.Member(name: "sources.csv", bytes: Self.sources(view)),
            ExportedFile.Member(name: "citations.csv", bytes: Self.citations(view)),
        ])
    }

    /// Kumu's separator of several values in one cell.
    static let separator = "|"

    private static func table() -> CSVBuffer { CSVBuffer(guardingFormulas: true, byteOrderMark: true) }

    static func entities(_ view: GraphView) -> [UInt8] {
        let graph = view.graph, presentation = Presentation(view)
        let columns = AttributeColumns(view.entityAttributeKeys)
        var out = table()
        out.reserve(view.entityCount * 200)
        let fixed = ["Label", "Type", "ID", "Aliases", "Sources", "Description"]
        out.fields(fixed)
        out.fields(columns.headers(besides: fixed))
        out.endRow()
        for index in view.entityIndices {
            let entity = graph.entities[index]
            out.fields([entity.name, graph.schema.kinds[entity.kind].name, entity.id, entity.aliases.joined(separator: separator),
                        entity.citations.sourceIDs(in: graph).joined(separator: separator), presentation.entity(index).evidence.joined(separator: "\n")])
            columns.write(view.attributes(ofEntity: index), to: &out)
            out.endRow()
        }
        return out.storage
    }

    static func relations(_ view: GraphView) -> [UInt8] {
        let graph = view.graph, cells = RelationCells(Presentation(view))
        let columns = AttributeColumns(view.relationAttributeKeys)
        let types = graph.schema.relationTypes.map(\.name)
        var out = table()
        out.reserve(view.relationCount * 100)
        let fixed = ["From", "To", "Type", "ID", "From ID", "To ID", "Status", "Claimants", "Claimant IDs", "Date", "Start", "End",
                     "Sources", "Label", "Description"]
        out.fields(fixed)
        out.fields(columns.headers(besides: fixed))
        out.endRow()
        for index in view.relationIndices {
            let relation = graph.relations[index]
            let subject = graph.entities[relation.subject], object = graph.entities[relation.object]
            out.fields([subject.name, object.name, types[relation.type]])
            out.field("rel-", index)
            out.fields([subject.id, object.id, relation.status.rawValue])
            if relation.claimants.isEmpty {
                out.emptyFields(2)
            } else {
                out.field(relation.claimants.map { graph.entities[$0].name }.joined(separator: separator))
                out.field(relation.claimants.map { graph.entities[$0].id }.joined(separator: separator))
            }
            if let time = relation.time {
                out.fields(time.isEvent ? [time.start?.description ?? "", "", ""] : ["", time.start?.description ?? "", time.end?.description ?? ""])
            } else {
                out.emptyFields(3)
            }
            out.field(relation.citations.sourceIDs(in: graph).joined(separator: separator))
            let text = cells.text(of: index)
            out.fields([text.label, text.evidence])
            columns.write(view.attributes(ofRelation: index), to: &out)
            out.endRow()
        }
        return out.storage
    }

    /// Every source of the graph, whether or not the view cites it, so a
    /// citation always finds its source.
    static func sources(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        let columns = AttributeColumns(view.sourceAttributeKeys)
        var out = table()
        let fixed = ["ID", "Title", "Reliability", "Date"]
        out.fields(fixed)
        out.fields(columns.headers(besides: fixed))
        out.endRow()
        for source in graph.sources {
            out.fields([source.id, source.title, source.reliability?.rawValue ?? "", source.date?.description ?? ""])
            columns.write(source.attributes, to: &out)
            out.endRow()
        }
        return out.storage
    }

    /// One row per citation: of an entity or relation as a whole (no
    /// attribute), or of one value of one of its attributes.
    static func citations(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        var out = table()
        out.fields(["Item", "Item Type", "Attribute", "Value", "Source", "Quote", "Credibility"])
        out.endRow()
        func rows(item: String, type: String, citations: [Citation], attributes: [Attribute]) {
            for citation in citations { row(item, type, "", "", citation) }
            for attribute in attributes {
                for value in attribute.values {
                    for citation in value.citations { row(item, type, attribute.key, value.text, citation) }
                }
            }
        }
        func row(_ item: String, _ type: String, _ key: String, _ value: String, _ citation: Citation) {
            out.fields([item, type, key, value, graph.sources[citation.source].id, citation.quote ?? "", citation.credibility.map(String.init) ?? ""])
            out.endRow()
        }
        for index in view.entityIndices {
            rows(item: graph.entities[index].id, type: "entity", citations: graph.entities[index].citations, attributes: view.attributes(ofEntity: index))
        }
        for index in view.relationIndices {
            rows(item: "rel-\(index)", type: "relation", citations: graph.relations[index].citations, attributes: view.attributes(ofRelation: index))
        }
        return out.storage
    }
}
