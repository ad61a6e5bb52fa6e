/// GEXF 1.3, Gephi's own format, which NetworkX reads too: every entity
/// and relation with typed attribute columns, the presentation model's
/// colours and shapes as `viz` elements, and the dated relations as time
/// intervals (`mode="dynamic"`), so that Gephi's timeline plays the graph.
///
/// GEXF has no list or record type that NetworkX reads, so aliases,
/// claimants, attributes with their sources and citations are JSON text in
/// string columns (the same JSON as ActorGraph's own export); each free
/// attribute also has a column of its own holding its values as text
/// (`3 / 2` where sources disagree), and an `evidence` column holds the
/// evidence in the words every output uses. A column at its declared
/// default (an empty list, not symmetric, no evidence beyond the id) is
/// left out, as GEXF allows. Relations keep their ids (`rel-N`) and their
/// type as the edge's `kind`, which Gephi keeps apart. Each node and edge
/// is one line. `docs/formats.md` says what each column holds.
public struct GEXFExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "gexf", extensions: ["gexf"], summary: "GEXF 1.3 for Gephi (colours, shapes, a timeline of the dated relations) and NetworkX")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Self.write(view))
    }

    /// The columns every node has, in order: id, title, type, default.
    private static let nodeColumns: [(String, String, String, String?)] = [
        ("n0", "kind", "string", nil), ("n1", "aliases", "string", "[]"), ("n2", "attributes", "string", "[]"),
        ("n3", "citations", "string", "[]"), ("n4", "evidence", "string", nil),
    ]
    /// The columns every edge has. `evidence` has no default: NetworkX
    /// would read an empty one as the text `None`.
    private static let edgeColumns: [(String, String, String, String?)] = [
        ("e0", "type", "string", nil), ("e1", "status", "string", nil), ("e2", "claimants", "string", "[]"),
        ("e3", "symmetric", "boolean", "false"), ("e4", "date", "string", nil), ("e5", "from", "string", nil),
        ("e6", "to", "string", nil), ("e7", "attributes", "string", "[]"), ("e8", "citations", "string", "[]"),
        ("e9", "evidence", "string", nil),
    ]
    static func write(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        let presentation = Presentation(view)
        let templates = GEXFTemplates(presentation)
        // Every edge names two entities by id, escaped once here.
        let ids = XMLTextTable(graph.entities.lazy.map(\.id))
        let entities = view.entityIndices, relations = view.relationIndices
        let nodeAttributes = AttributeColumns(view.entityAttributeKeys)
        // The time keys are left out: `date`, `from` and `to` have columns of their own.
        let edgeAttributes = AttributeColumns(view.relationAttributeKeys)
        // A graph without dates stays static: Gephi would offer a timeline with nothing on it.
        let isDynamic = relations.contains { graph.relations[$0].time != nil }

        var out = XMLBuffer()
        // Above the usual size of a node (about 180 bytes) and an edge
        // (350): growing the buffer would copy all that is written so far.
        out.reserve(entities.count * 300 + relations.count * 500)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        // No xsi:schemaLocation: GEXF's normative RELAX NG grammar allows no attribute it does not define.
        out.raw("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        out.raw("  <meta>\n    <creator>ActorGraph</creator>\n  </meta>\n")
        out.raw(isDynamic ? "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n"
                          : "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"static\">\n")
        declare("node", fixed: nodeColumns, free: nodeAttributes, prefix: "na", to: &out)
        declare("edge", fixed: edgeColumns, free: edgeAttributes, prefix: "ea", to: &out)

        out.raw("    <nodes count=\"")
        out.raw(String(entities.count))
        out.raw("\">\n")
        for index in entities {
            node(index, in: view, templates: templates, columns: nodeAttributes, to: &out)
        }
        out.raw("    </nodes>\n    <edges count=\"")
        out.raw(String(relations.count))
        out.raw("\">\n")
        var cache = RelationMarkupCache()
        for index in relations {
            edge(index, in: presentation, templates: templates, ids: ids, columns: edgeAttributes, cache: &cache, to: &out)
        }
        out.raw("    </edges>\n  </graph>\n</gexf>\n")
        return out.storage
    }

    /// `<attributes class="...">`: the fixed columns, then one per free attribute key, named `attr.KEY`.
    private static func declare(_ owner: String, fixed: [(String, String, String, String?)], free: AttributeColumns, prefix: String,
                                to out: inout XMLBuffer) {
        out.raw("    <attributes class=\"\(owner)\">\n")
        for (id, title, type, fallback) in fixed {
            out.raw("      <attribute id=\"\(id)\" title=\"\(title)\" type=\"\(type)\"")
            out.raw(fallback.map { "><default>\($0)</default></attribute>\n" } ?? "/>\n")
        }
        for (position, key) in free.keys.enumerated() {
            out.raw("      <attribute id=\"\(prefix)\(position)\" title=\"attr.")
            out.text(key)
            out.raw("\" type=\"string\"/>\n")
        }
        out.raw("    </attributes>\n")
    }

    /// One line. An entity with no aliases, attributes or citations needs
    /// nothing but its id, its name and its kind's markup.
    private static func node(_ index: Int, in view: GraphView, templates: GEXFTemplates, columns: AttributeColumns,
                             to out: inout XMLBuffer) {
        let graph = view.graph
        let kind = graph.entities[index].kind
        out.raw("      <node id=\"")
        out.text(graph.entities[index].id)
        out.raw("\" label=\"")
        out.text(graph.entities[index].name)
        out.raw("\">")
        out.raw(templates.kindValues[kind])
        let attributes = view.attributes(ofEntity: index)
        let entity = graph.entities[index]
        if !entity.aliases.isEmpty || !attributes.isEmpty || !entity.citations.isEmpty {
            if !entity.aliases.isEmpty { json("n1", to: &out) { $0.strings(entity.aliases) } }
            if !attributes.isEmpty { json("n2", to: &out) { $0.attributes(attributes, of: graph) } }
            if !entity.citations.isEmpty { json("n3", to: &out) { $0.citations(entity.citations, of: graph) } }
            value("n4", lines: EvidenceText.entity(index, in: view), to: &out)
            columns.forEachCell(of: attributes) { value("na" + String($0), $1, to: &out) }
        }
        out.raw(templates.nodeEnds[kind])
    }

    /// One line. A plain relation (reported, undated, uncited, in a graph
    /// without sources) is its ids and its type's markup; any other is
    /// its ids and the markup of what it says, built once for all
    /// relations that say the same.
    private static func edge(_ index: Int, in presentation: Presentation, templates: GEXFTemplates, ids: XMLTextTable,
                             columns: AttributeColumns, cache: inout RelationMarkupCache, to out: inout XMLBuffer) {
        let graph = presentation.graph
        let type = graph.relations[index].type
        out.raw("      <edge ")
        out.edgeAttributes(index, of: graph, ids: ids)
        out.raw(templates.edgeKinds[type])
        cache.write(index, in: presentation, plain: templates.plainEdgeEnds[type], to: &out) { out in
            edgeRest(index, in: presentation, templates: templates, columns: columns, to: &out)
        }
    }

    /// The rest of an edge that is not plain, after its kind: its label,
    /// time interval, values and `viz` elements.
    private static func edgeRest(_ index: Int, in presentation: Presentation, templates: GEXFTemplates, columns: AttributeColumns,
                                 to out: inout XMLBuffer) {
        let graph = presentation.graph
        let relation = graph.relations[index], type = relation.type
        let shown = presentation.relation(index)
        out.raw(" label=\"")
        out.text(lines: shown.label, separator: " · ")
        out.raw("\"")
        if let time = relation.time {
            let interval = GEXFTime.interval(time)
            if let start = interval.start {
                out.raw(" start=\"")
                out.raw(start)
                out.raw("\"")
            }
            if let end = interval.end {
                out.raw(" end=\"")
                out.raw(end)
                out.raw("\"")
            }
        }
        out.raw(">")
        out.raw(templates.typeValues[type])
        value("e1", relation.status.rawValue, to: &out)
        if !relation.claimants.isEmpty { json("e2", to: &out) { $0.strings(relation.claimants.map { graph.entities[$0].id }) } }
        if let time = relation.time {
            if time.isEvent, let date = time.start { value("e4", date.description, to: &out) }
            if !time.isEvent, let start = time.start { value("e5", start.description, to: &out) }
            if !time.isEvent, let end = time.end { value("e6", end.description, to: &out) }
        }
        let attributes = presentation.view.attributes(ofRelation: index)
        if !attributes.isEmpty { json("e7", to: &out) { $0.attributes(attributes, of: graph) } }
        if !relation.citations.isEmpty { json("e8", to: &out) { $0.citations(relation.citations, of: graph) } }
        if !shown.evidence.isEmpty { value("e9", lines: shown.evidence, to: &out) }
        columns.forEachCell(of: attributes) { value("ea" + String($0), $1, to: &out) }
        out.raw(templates.edgeEnd(ofType: type, status: relation.status))
    }


    /// `<attvalue for="COLUMN" value="TEXT"/>`.
    private static func value(_ column: String, _ text: String, to out: inout XMLBuffer) {
        out.raw("<attvalue for=\"")
        out.raw(column)
        out.raw("\" value=\"")
        out.text(text)
        out.raw("\"/>")
    }

    /// `<attvalue for="COLUMN" value="LINES"/>`, a newline between the lines.
    private static func value(_ column: String, lines: [String], to out: inout XMLBuffer) {
        out.raw("<attvalue for=\"")
        out.raw(column)
        out.raw("\" value=\"")
        out.text(lines: lines, separator: "&#10;")
        out.raw("\"/>")
    }

    /// `<attvalue for="COLUMN" value="JSON"/>`, the JSON that `write` writes.
    private static func json(_ column: String, to out: inout XMLBuffer, _ write: (inout JSONBuffer) -> Void) {
        out.raw("<attvalue for=\"")
        out.raw(column)
        out.raw("\" value=\"")
        out.json(write)
        out.raw("\"/>")
    }
}
