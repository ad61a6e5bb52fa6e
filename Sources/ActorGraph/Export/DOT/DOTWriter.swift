/// Writes a view of a ``Graph`` as Graphviz DOT.
///
/// Output is deterministic (entities and relations in file order, the same
/// bytes for the same input) so diagrams diff cleanly, and injection-safe:
/// node ids are generated from the graph's own indices (`n0`, `n17`), so
/// they stay the same whatever a view leaves out, and every piece of user
/// text is a quoted, escaped string (see ``DOTString``). Labels, tooltips
/// and styles come from the ``Presentation``; this writer only says them
/// in DOT.
public struct DOTWriter: Sendable {
    /// The options in force.
    public var options: DrawingOptions

    /// Creates a writer.
    public init(options: DrawingOptions = DrawingOptions()) {
        self.options = options
    }

    /// The DOT text for `view`.
    public func write(_ view: GraphView) -> String {
        String(decoding: bytes(view), as: UTF8.self)
    }

    /// The DOT text for the whole of `graph`.
    public func write(_ graph: Graph) -> String {
        write(graph.view)
    }

    /// The DOT text for `view` as UTF-8 bytes, without building a `String`.
    public func bytes(_ view: GraphView) -> [UInt8] {
        let presentation = Presentation(view, highlight: options.highlight)
        var out = DOTBuffer()
        out.reserve(view.entityCount * 200 + view.relationCount * 40)
        out.raw("digraph \"actorgraph\" {\n")
        var graphAttributes = DOTTheme.graph
        if let direction = options.direction { graphAttributes.append(("rankdir", direction.rawValue)) }
        if let title = options.title { graphAttributes.append(("label", title)) }
        graphAttributes += options.graphvizAttributes.map { ($0.name, $0.value) }
        out.statement("graph", graphAttributes)
        out.statement("node", DOTTheme.node)
        out.statement("edge", DOTTheme.edge)

        // A kind's attributes are the same on each of its nodes: render them once.
        let kindAttributes = view.graph.schema.kinds.indices.map {
            DOTBuffer.attributeBytes(GraphvizAttributes.node(presentation.appearance(ofKind: $0)))
        }
        let writeNode = { (index: Int, indent: Int, out: inout DOTBuffer) in
            Self.writeNode(presentation.entity(index), kindAttributes: kindAttributes[view.graph.entities[index].kind], indent: indent, to: &out)
        }
        if options.clusters {
            Self.writeClusters(presentation, writeNode: writeNode, to: &out)
        } else {
            for index in view.entityIndices { writeNode(index, 1, &out) }
        }
        Self.writeRelations(presentation, to: &out)
        if options.legend { Self.writeLegend(presentation.legend, to: &out) }
        out.raw("}\n")
        return out.storage
    }

    /// The DOT text for the whole of `graph` as UTF-8 bytes.
    public func bytes(_ graph: Graph) -> [UInt8] {
        bytes(graph.view)
    }

    private static func writeNode(_ entity: EntityPresentation, kindAttributes: [UInt8], indent: Int, to out: inout DOTBuffer) {
        out.indent(indent)
        out.nodeID(entity.index)
        out.raw(" [label=")
        out.quoted(entity.label)
        out.raw(", tooltip=")
        out.quoted(DOTString.tooltip(entity.evidence.joined(separator: "\n")))
        if entity.appearance.emphasis == .normal {
            out.bytes(kindAttributes)
        } else {
            out.bytes(DOTBuffer.attributeBytes(GraphvizAttributes.node(entity.appearance)))
        }
        out.raw("];\n")
    }

    /// Writes relations grouped by type, each group in an anonymous
    /// subgraph whose edge defaults carry the type's label and look, in
    /// file order within the group. A relation's own line then only says
    /// what differs: its label, its status's look, its evidence.
    private static func writeRelations(_ presentation: Presentation, to out: inout DOTBuffer) {
        let view = presentation.view, graph = presentation.graph
        // Positions are relation indices when the view holds every relation.
        let relations: [Int]? = view.relationMask == nil ? nil : view.relationIndices
        let byType = Adjacency(entityCount: graph.schema.relationTypes.count, relationCount: relations?.count ?? graph.relations.count) {
            graph.relations[relations?[$0] ?? $0].type
        }
        for (typeIndex, type) in graph.schema.relationTypes.enumerated() where byType.count(typeIndex) > 0 {
            let base = presentation.appearance(ofType: typeIndex)
            out.raw("  {\n    edge [label=")
            out.quoted(type.name)
            out.bytes(DOTBuffer.attributeBytes(GraphvizAttributes.edge(base)))
            out.raw("];\n")
            for position in byType[typeIndex] {
                let index = relations?[Int(position)] ?? Int(position)
                out.indent(2)
                out.nodeID(graph.relations[index].subject)
                out.raw(" -> ")
                out.nodeID(graph.relations[index].object)
                // Most relations of a large graph carry nothing of their own:
                // write them without building labels or tooltips.
                if presentation.isPlain(relation: index) {
                    out.raw(";\n")
                    continue
                }
                let relation = presentation.relation(index)
                var own: [(String, String)] = []
                let label = relation.label.joined(separator: "\n")
                if label != type.name { own.append(("label", label)) }
                own += GraphvizAttributes.edge(relation.appearance, over: base)
                let tooltip = DOTString.tooltip(relation.evidence.joined(separator: "\n"))
                if !tooltip.isEmpty { own.append(("tooltip", tooltip)) }
                if !own.isEmpty {
                    out.raw(" [")
                    out.bytes(Array(DOTBuffer.attributeBytes(own).dropFirst(2)))
                    out.raw("]")
                }
                out.raw(";\n")
            }
            out.raw("  }\n")
        }
    }

    // MARK: Clusters

    /// Draws each entity that others are part of as a box around them,
    /// nested as deep as the ``ContainmentTree`` goes.
    private static func writeClusters(_ presentation: Presentation, writeNode: (Int, Int, inout DOTBuffer) -> Void, to out: inout DOTBuffer) {
        let view = presentation.view
        let tree = presentation.containment
        // Depth first with an explicit stack, so containment tens of
        // thousands deep cannot overflow the call stack.
        var stack: [(entity: Int, next: Int)] = []
        func open(_ index: Int) {
            let indent = stack.count + 1
            guard !tree.children[index].isEmpty else {
                writeNode(index, indent, &out)
                return
            }
            out.indent(indent)
            out.raw("subgraph \"cluster_\(index)\" {\n")
            out.indent(indent + 1)
            out.raw("graph [label=")
            out.quoted(presentation.graph.entities[index].name)
            out.bytes(DOTBuffer.attributeBytes(DOTTheme.clusterStyle))
            out.raw("];\n")
            writeNode(index, indent + 1, &out)
            stack.append((index, 0))
        }
        for root in view.entityIndices where tree.parent[root] < 0 {
            open(root)
            while let top = stack.last {
                if top.next < tree.children[top.entity].count {
                    stack[stack.count - 1].next += 1
                    open(tree.children[top.entity][top.next])
                } else {
                    stack.removeLast()
                    out.indent(stack.count + 1)
                    out.raw("}\n")
                }
            }
        }
    }

    // MARK: Legend

    /// A compact legend: the kinds in use stacked in one column, and each
    /// relation type and status in use as a short horizontal arrow on its
    /// own row, kept in order by invisible edges between the rows.
    private static func writeLegend(_ legend: Legend, to out: inout DOTBuffer) {
        out.raw("  subgraph \"cluster_legend\" {\n    graph [label=\"Legend\"")
        out.bytes(DOTBuffer.attributeBytes(DOTTheme.legendStyle))
        out.raw("];\n")
        var previousKind: String?
        for entry in legend.kinds {
            let id = "\"legend_kind_\(entry.kind)\""
            out.raw("    \(id) [label=")
            out.quoted(entry.name)
            out.bytes(DOTBuffer.attributeBytes(GraphvizAttributes.node(entry.appearance)))
            out.raw("];\n")
            if let previousKind { out.raw("    \(previousKind) -> \(id) [style=\"invis\"];\n") }
            previousKind = id
        }
        var previousRow: String?
        func row(prefix: String, key: String, entry: Legend.LineEntry) {
            let from = "\"\(prefix)from_\(key)\"", to = "\"\(prefix)to_\(key)\""
            out.raw("    { rank=\"same\"; \(from) [label=\"\", shape=\"point\", width=\"0.05\"]; ")
            out.raw("\(to) [label=\"\", shape=\"point\", width=\"0.05\"]; }\n")
            out.raw("    \(from) -> \(to) [label=")
            out.quoted(entry.name)
            out.bytes(DOTBuffer.attributeBytes(GraphvizAttributes.edge(entry.appearance)))
            out.raw(", minlen=\"2\"];\n")
            if let previousRow { out.raw("    \(previousRow) -> \(from) [style=\"invis\"];\n") }
            previousRow = from
        }
        for (position, entry) in legend.relationTypes.enumerated() {
            row(prefix: "legend_", key: String(position), entry: entry)
        }
        for entry in legend.statuses {
            row(prefix: "legend_status_", key: entry.name, entry: entry)
        }
        out.raw("  }\n")
    }
}
