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
        out.text(JSONText.sources(graph))
        out.raw("</data>\n")

        let nodeKeyIndex = Dictionary(uniqueKeysWithValues: nodeAttributeKeys.enumerated().map { ($1, $0) })
        let edgeKeyIndex = Dictionary(uniqueKeysWithValues: edgeAttributeKeys.enumerated().map { ($1, $0) })
        func data(_ key: String, _ value: String) {
            out.raw("      <data key=\"\(key)\">")
            out.text(value)
            out.raw("</data>\n")
        }
        for index in entities {
            let entity = graph.entities[index]
            let shown = presentation.entity(index)
            out.raw("    <node id=\"")
            out.text(entity.id)
            out.raw("\">\n")
            data("n0", entity.name)
            data("n1", graph.schema.kinds[entity.kind].name)
            data("n2", JSONText.strings(entity.aliases))
            let attributes = view.attributes(ofEntity: index)
            data("n3", JSONText.attributes(attributes, of: graph))
            data("n4", JSONText.citations(entity.citations, of: graph))
            data("n5", shown.evidence.joined(separator: "\n"))
            if let rgb = shown.appearance.fill.rgb {
                data("n6", String(rgb.red))
                data("n7", String(rgb.green))
                data("n8", String(rgb.blue))
            }
            for attribute in attributes { data("na\(nodeKeyIndex[attribute.key] ?? 0)", attribute.value) }
            out.raw("      <data key=\"yn\"><y:ShapeNode><y:Fill color=\"\(YFiles.color(shown.appearance.fill))\" transparent=\"false\"/>")
            out.raw("<y:BorderStyle color=\"\(YFiles.color(shown.appearance.stroke))\" type=\"line\" width=\"\(GraphMLNumber.text(shown.appearance.weight))\"/>")
            out.raw("<y:NodeLabel textColor=\"\(YFiles.color(shown.appearance.text))\">")
            out.text(shown.label)
            out.raw("</y:NodeLabel><y:Shape type=\"\(YFiles.shape(shown.appearance.shape))\"/></y:ShapeNode></data>\n")
            out.raw("    </node>\n")
        }
        for index in relations {
            let relation = graph.relations[index]
            let shown = presentation.relation(index)
            out.raw("    <edge id=\"rel-\(index)\" source=\"")
            out.text(graph.entities[relation.subject].id)
            out.raw("\" target=\"")
            out.text(graph.entities[relation.object].id)
            out.raw("\">\n")
            data("e0", shown.label.joined(separator: "\n"))
            data("e1", graph.schema.relationTypes[relation.type].name)
            data("e2", relation.status.rawValue)
            data("e3", JSONText.strings(relation.claimants.map { graph.entities[$0].id }))
            if let time = relation.time {
                if time.isEvent, let date = time.start { data("e4", date.description) }
                if !time.isEvent, let start = time.start { data("e5", start.description) }
                if !time.isEvent, let end = time.end { data("e6", end.description) }
            }
            let attributes = view.attributes(ofRelation: index)
            data("e7", JSONText.attributes(attributes, of: graph))
            data("e8", JSONText.citations(relation.citations, of: graph))
            data("e9", shown.evidence.joined(separator: "\n"))
            for attribute in attributes where edgeKeyIndex[attribute.key] != nil { data("ea\(edgeKeyIndex[attribute.key] ?? 0)", attribute.value) }
            out.raw("      <data key=\"ye\"><y:PolyLineEdge><y:LineStyle color=\"\(YFiles.color(shown.appearance.color))\" ")
            out.raw("type=\"\(YFiles.line(shown.appearance.line))\" width=\"\(GraphMLNumber.text(shown.appearance.weight))\"/>")
            out.raw("<y:Arrows source=\"none\" target=\"\(YFiles.arrow(shown.appearance.arrowhead))\"/><y:EdgeLabel textColor=\"\(YFiles.color(shown.appearance.text))\">")
            out.text(shown.label.joined(separator: "\n"))
            out.raw("</y:EdgeLabel></y:PolyLineEdge></data>\n")
            out.raw("    </edge>\n")
        }
        out.raw("  </graph>\n</graphml>\n")
        return out.storage
    }
}

/// A width as yEd and GraphML readers take it: `1.4`, `3.0`.
enum GraphMLNumber {
    static func text(_ value: Double) -> String { String(format: "%.1f", value) }
}
