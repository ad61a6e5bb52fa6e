import Foundation

/// GraphML that Gephi, yEd, NetworkX and igraph read: typed keys for
/// every field, Gephi's `label` and `r`/`g`/`b` colour keys, and in the
/// same file yFiles `y:ShapeNode` / `y:PolyLineEdge` blocks so that yEd
/// shows labels, shapes and colours. Relations keep their ids (`rel-N`).
///
/// GraphML has no list type that NetworkX and igraph read, so aliases,
/// claimants, attributes with their sources and citations are JSON text in
/// string keys; each free attribute also has a key of its own holding its
/// values as text (`3 / 2` where sources disagree). `docs/formats.md` says
/// what each key holds.
public struct GraphMLExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "graphml", extensions: ["graphml"], summary: "GraphML for Gephi, yEd, NetworkX and igraph")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Self.write(view))
    }

    /// The keys every node and edge has, in order: id, `for`, name, type.
    private static let nodeKeys = [("label", "string"), ("kind", "string"), ("aliases", "string"), ("attributes", "string"),
                                   ("citations", "string"), ("evidence", "string"), ("r", "int"), ("g", "int"), ("b", "int")]
    private static let edgeKeys = [("label", "string"), ("type", "string"), ("status", "string"), ("claimants", "string"),
                                   ("date", "string"), ("from", "string"), ("to", "string"), ("attributes", "string"),
                                   ("citations", "string"), ("evidence", "string")]

    static func write(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        let presentation = Presentation(view)
        let entities = view.entityIndices, relations = view.relationIndices
        // One key per free attribute used, after the fixed ones, named `attr.KEY`.
        let nodeAttributeKeys = view.entityAttributeKeys, edgeAttributeKeys = view.relationAttributeKeys

        var out = XMLBuffer()
        // Above the usual size of a node or an edge (about 580 bytes):
        // growing the buffer would copy all that is written so far.
        out.reserve(entities.count * 900 + relations.count * 700)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        out.raw("xmlns:y=\"http://www.yworks.com/xml/graphml\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ")
        out.raw("http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")
        func key(_ id: String, _ owner: String, _ name: String, _ type: String) {
            out.raw("  <key id=\"\(id)\" for=\"\(owner)\" attr.name=\"")
            out.text(name)
            out.raw("\" attr.type=\"\(type)\"/>\n")
        }
        for (position, (name, type)) in nodeKeys.enumerated() { key("n\(position)", "node", name, type) }
        for (position, name) in nodeAttributeKeys.enumerated() { key("na\(position)", "node", "attr." + name, "string") }
        for (position, (name, type)) in edgeKeys.enumerated() { key("e\(position)", "edge", name, type) }
        for (position, name) in edgeAttributeKeys.enumerated() { key("ea\(position)", "edge", "attr." + name, "string") }
        key("g0", "graph", "sources", "string")
        out.raw("  <key id=\"yn\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
        out.raw("  <key id=\"ye\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
        out.raw("  <graph id=\"actorgraph\" edgedefault=\"directed\">\n")
        // The sources, once for the whole file: citations name them by id.
        out.raw("    <data key=\"g0\">")
        out.json { json in json.array(graph.sources) { $0.source($1, of: graph) } }
        out.raw("</data>\n")

        let templates = GraphMLTemplates(presentation)
        // Every edge names two entities by id, escaped once here.
        let ids = XMLTextTable(graph.entities.lazy.map(\.id))
        let nodeColumns = AttributeColumns(nodeAttributeKeys), edgeColumns = AttributeColumns(edgeAttributeKeys)
        for index in entities { node(index, in: view, templates: templates, columns: nodeColumns, to: &out) }
        var cache = RelationMarkupCache()
        for index in relations { edge(index, in: presentation, templates: templates, ids: ids, columns: edgeColumns, cache: &cache, to: &out) }
        out.raw("  </graph>\n</graphml>\n")
        return out.storage
    }

    /// A node: its name and evidence, JSON lists (`[]` when empty), its
    /// kind's colours and yFiles shape around its name.
    private static func node(_ index: Int, in view: GraphView, templates: GraphMLTemplates, columns: AttributeColumns,
                             to out: inout XMLBuffer) {
        let graph = view.graph
        let entity = graph.entities[index]
        out.raw("    <node id=\"")
        out.text(entity.id)
        out.raw("\">\n      <data key=\"n0\">")
        out.text(entity.name)
        out.raw(templates.kindData[entity.kind])
        list(entity.aliases.isEmpty, to: &out) { $0.strings(entity.aliases) }
        out.raw("</data>\n      <data key=\"n3\">")
        let attributes = view.attributes(ofEntity: index)
        list(attributes.isEmpty, to: &out) { $0.attributes(attributes, of: graph) }
        out.raw("</data>\n      <data key=\"n4\">")
        list(entity.citations.isEmpty, to: &out) { $0.citations(entity.citations, of: graph) }
        out.raw("</data>\n      <data key=\"n5\">")
        if entity.aliases.isEmpty && attributes.isEmpty && entity.citations.isEmpty {
            // The evidence of an entity with nothing more to say: its first line alone.
            out.text(entity.id)
            out.raw(templates.kindHeadings[entity.kind])
        } else {
            out.text(lines: EvidenceText.entity(index, in: view), separator: "&#10;")
        }
        out.raw(templates.kindColors[entity.kind])
        columns.forEachCell(of: attributes) { data("na" + String($0), $1, to: &out) }
        out.raw(templates.kindGraphics[entity.kind])
        out.text(entity.name)
        out.raw(templates.kindShapeEnds[entity.kind])
    }

    /// An edge: a plain relation is its ids and its type's markup; any
    /// other its ids and the markup of what it says, built once for all
    /// relations that say the same.
    private static func edge(_ index: Int, in presentation: Presentation, templates: GraphMLTemplates, ids: XMLTextTable,
                             columns: AttributeColumns, cache: inout RelationMarkupCache, to out: inout XMLBuffer) {
        let graph = presentation.graph
        out.raw("    <edge ")
        out.edgeAttributes(index, of: graph, ids: ids)
        out.raw(">\n")
        cache.write(index, in: presentation, plain: templates.plainEdgeBodies[graph.relations[index].type], to: &out) { out in
            edgeBody(index, in: presentation, templates: templates, columns: columns, to: &out)
        }
    }

    /// What an edge that is not plain holds inside its tags: its label,
    /// claim, dates, JSON lists and evidence, and the yFiles line of its
    /// type and claim status.
    private static func edgeBody(_ index: Int, in presentation: Presentation, templates: GraphMLTemplates, columns: AttributeColumns,
                                 to out: inout XMLBuffer) {
        let graph = presentation.graph
        let relation = graph.relations[index]
        let shown = presentation.relation(index)
        out.raw("      <data key=\"e0\">")
        out.text(lines: shown.label, separator: "&#10;")
        out.raw(templates.typeData[relation.type])
        out.text(relation.status.rawValue)
        out.raw("</data>\n      <data key=\"e3\">")
        list(relation.claimants.isEmpty, to: &out) { $0.strings(relation.claimants.map { graph.entities[$0].id }) }
        out.raw("</data>\n")
        if let time = relation.time {
            if time.isEvent, let date = time.start { data("e4", date.description, to: &out) }
            if !time.isEvent, let start = time.start { data("e5", start.description, to: &out) }
            if !time.isEvent, let end = time.end { data("e6", end.description, to: &out) }
        }
        let attributes = presentation.view.attributes(ofRelation: index)
        out.raw("      <data key=\"e7\">")
        list(attributes.isEmpty, to: &out) { $0.attributes(attributes, of: graph) }
        out.raw("</data>\n      <data key=\"e8\">")
        list(relation.citations.isEmpty, to: &out) { $0.citations(relation.citations, of: graph) }
        out.raw("</data>\n      <data key=\"e9\">")
        out.text(lines: shown.evidence, separator: "&#10;")
        out.raw("</data>\n")
        columns.forEachCell(of: attributes) { data("ea" + String($0), $1, to: &out) }
        out.raw(templates.graphics(ofType: relation.type, status: relation.status))
        out.text(lines: shown.label, separator: "&#10;")
        out.raw(templates.edgeEnd)
    }

    /// A JSON list as `write` writes it, or `[]` without writing JSON when it is empty.
    private static func list(_ isEmpty: Bool, to out: inout XMLBuffer, _ write: (inout JSONBuffer) -> Void) {
        if isEmpty { out.raw("[]") } else { out.json(write) }
    }


    /// `<data key="KEY">TEXT</data>` on a line of its own.
    private static func data(_ key: String, _ text: String, to out: inout XMLBuffer) {
        out.raw("      <data key=\"")
        out.raw(key)
        out.raw("\">")
        out.text(text)
        out.raw("</data>\n")
    }
}

/// A width as yEd and GraphML readers take it: `1.4`, `3.0`.
enum GraphMLNumber {
    static func text(_ value: Double) -> String { String(format: "%.1f", value) }
}
