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
/// evidence in the words every output uses. Relations keep their ids
/// (`rel-N`) and their type as the edge's `kind`, which Gephi keeps apart.
/// `docs/formats.md` says what each column holds.
public struct GEXFExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "gexf", extensions: ["gexf"], summary: "GEXF 1.3 for Gephi (colours, shapes, a timeline of the dated relations) and NetworkX")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Self.write(view))
    }

    /// The columns every node has, in order: id, title, type.
    private static let nodeColumns = [("n0", "kind", "string"), ("n1", "aliases", "string"), ("n2", "attributes", "string"),
                                      ("n3", "citations", "string"), ("n4", "evidence", "string")]
    /// The columns every edge has.
    private static let edgeColumns = [("e0", "type", "string"), ("e1", "status", "string"), ("e2", "claimants", "string"),
                                      ("e3", "symmetric", "boolean"), ("e4", "date", "string"), ("e5", "from", "string"),
                                      ("e6", "to", "string"), ("e7", "attributes", "string"), ("e8", "citations", "string"),
                                      ("e9", "evidence", "string")]
    /// Relation attributes that are the relation's time, held in `date`, `from` and `to`.
    private static let timeKeys: Set<String> = ["date", "from", "to"]

    static func write(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        let presentation = Presentation(view)
        let entities = view.entityIndices, relations = view.relationIndices
        let nodeAttributes = AttributeColumns(entities.lazy.map { view.attributes(ofEntity: $0) })
        let edgeAttributes = AttributeColumns(relations.lazy.map { view.attributes(ofRelation: $0) }, reserved: timeKeys)
        // A graph without dates stays static: Gephi would offer a timeline with nothing on it.
        let isDynamic = relations.contains { graph.relations[$0].time != nil }

        var out = XMLBuffer()
        out.reserve(entities.count * 900 + relations.count * 1_000)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        // No xsi:schemaLocation: GEXF's normative RELAX NG grammar allows no attribute it does not define.
        out.raw("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        out.raw("  <meta>\n    <creator>ActorGraph</creator>\n  </meta>\n")
        out.raw(isDynamic ? "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n"
                          : "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"static\">\n")
        declare("node", fixed: nodeColumns, free: nodeAttributes, prefix: "na", to: &out)
        declare("edge", fixed: edgeColumns, free: edgeAttributes, prefix: "ea", to: &out)

        out.raw("    <nodes count=\"\(entities.count)\">\n")
        for index in entities {
            node(index, in: view, presentation: presentation, columns: nodeAttributes, to: &out)
        }
        out.raw("    </nodes>\n    <edges count=\"\(relations.count)\">\n")
        for index in relations {
            edge(index, in: view, presentation: presentation, columns: edgeAttributes, to: &out)
        }
        out.raw("    </edges>\n  </graph>\n</gexf>\n")
        return out.storage
    }

    /// `<attributes class="...">`: the fixed columns, then one per free attribute key, named `attr.KEY`.
    private static func declare(_ owner: String, fixed: [(String, String, String)], free: AttributeColumns, prefix: String,
                                to out: inout XMLBuffer) {
        out.raw("    <attributes class=\"\(owner)\">\n")
        for (id, title, type) in fixed {
            out.raw("      <attribute id=\"\(id)\" title=\"\(title)\" type=\"\(type)\"/>\n")
        }
        for (position, key) in free.keys.enumerated() {
            out.raw("      <attribute id=\"\(prefix)\(position)\" title=\"attr.")
            out.text(key)
            out.raw("\" type=\"string\"/>\n")
        }
        out.raw("    </attributes>\n")
    }

    private static func node(_ index: Int, in view: GraphView, presentation: Presentation, columns: AttributeColumns,
                             to out: inout XMLBuffer) {
        let graph = view.graph
        let entity = graph.entities[index]
        let shown = presentation.entity(index)
        out.raw("      <node id=\"")
        out.text(entity.id)
        out.raw("\" label=\"")
        out.text(shown.label)
        out.raw("\">\n        <attvalues>\n")
        let attributes = view.attributes(ofEntity: index)
        value("n0", graph.schema.kinds[entity.kind].name, to: &out)
        value("n1", JSONText.strings(entity.aliases), to: &out)
        value("n2", JSONText.attributes(attributes, of: graph), to: &out)
        value("n3", JSONText.citations(entity.citations, of: graph), to: &out)
        value("n4", shown.evidence.joined(separator: "\n"), to: &out)
        freeValues(attributes, columns: columns, prefix: "na", to: &out)
        // Gephi fills a node with one colour and draws no outline of its
        // own, so an unfilled kind shows its outline colour: a white disc
        // would vanish on Gephi's white canvas.
        let paint = graph.schema.kinds[entity.kind].style.fill == nil ? shown.appearance.stroke : shown.appearance.fill
        GEXFViz.color(paint, indent: "        ", to: &out)
        out.raw("        <viz:shape value=\"\(GEXFViz.shape(shown.appearance.shape))\"/>\n")
        out.raw("      </node>\n")
    }

    private static func edge(_ index: Int, in view: GraphView, presentation: Presentation, columns: AttributeColumns,
                             to out: inout XMLBuffer) {
        let graph = view.graph
        let relation = graph.relations[index]
        let type = graph.schema.relationTypes[relation.type]
        let shown = presentation.relation(index)
        out.raw("      <edge id=\"rel-\(index)\" source=\"")
        out.text(graph.entities[relation.subject].id)
        out.raw("\" target=\"")
        out.text(graph.entities[relation.object].id)
        out.raw("\" kind=\"")
        out.text(type.name)
        out.raw("\" label=\"")
        out.text(shown.label.joined(separator: " · "))
        out.raw("\"")
        if let time = relation.time {
            let interval = GEXFTime.interval(time)
            if let start = interval.start { out.raw(" start=\"\(start)\"") }
            if let end = interval.end { out.raw(" end=\"\(end)\"") }
        }
        out.raw(">\n        <attvalues>\n")
        value("e0", type.name, to: &out)
        value("e1", relation.status.rawValue, to: &out)
        value("e2", JSONText.strings(relation.claimants.map { graph.entities[$0].id }), to: &out)
        value("e3", type.isSymmetric ? "true" : "false", to: &out)
        if let time = relation.time {
            if time.isEvent, let date = time.start { value("e4", date.description, to: &out) }
            if !time.isEvent, let start = time.start { value("e5", start.description, to: &out) }
            if !time.isEvent, let end = time.end { value("e6", end.description, to: &out) }
        }
        let attributes = view.attributes(ofRelation: index)
        value("e7", JSONText.attributes(attributes, of: graph), to: &out)
        value("e8", JSONText.citations(relation.citations, of: graph), to: &out)
        value("e9", shown.evidence.joined(separator: "\n"), to: &out)
        freeValues(attributes, columns: columns, prefix: "ea", to: &out)
        GEXFViz.color(shown.appearance.color, indent: "        ", to: &out)
        out.raw("        <viz:thickness value=\"\(shown.appearance.weight)\"/>\n")
        out.raw("        <viz:shape value=\"\(GEXFViz.line(shown.appearance.line))\"/>\n")
        out.raw("      </edge>\n")
    }

    /// Each free attribute in its own column, its values as text; then the end of `<attvalues>`.
    private static func freeValues(_ attributes: [Attribute], columns: AttributeColumns, prefix: String, to out: inout XMLBuffer) {
        for attribute in attributes {
            if let position = columns.position(of: attribute.key) { value("\(prefix)\(position)", attribute.value, to: &out) }
        }
        out.raw("        </attvalues>\n")
    }

    /// `<attvalue for="COLUMN" value="TEXT"/>`.
    private static func value(_ column: String, _ text: String, to out: inout XMLBuffer) {
        out.raw("          <attvalue for=\"\(column)\" value=\"")
        out.text(text)
        out.raw("\"/>\n")
    }
}
