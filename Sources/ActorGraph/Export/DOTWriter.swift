/// Writes a ``Graph`` as Graphviz DOT.
///
/// Output is deterministic (entities and relations in file order, the same
/// bytes for the same input) so diagrams diff cleanly, and injection-safe:
/// node ids are generated (`n0`, `n1`, ...), and every piece of user text
/// is a quoted, escaped string (see ``DOTString``).
public struct DOTWriter: Sendable {
    /// The options in force.
    public var options: DOTOptions

    /// Creates a writer.
    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// The DOT text for `graph`.
    public func write(_ graph: Graph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    /// The DOT text for `graph` as UTF-8 bytes, without building a `String`.
    public func bytes(_ graph: Graph) -> [UInt8] {
        var out = DOTBuffer()
        out.reserve(graph.entities.count * 200 + graph.relations.count * 40)
        out.raw("digraph \"actorgraph\" {\n")
        var graphAttributes = DOTTheme.graph
        if let rankdir = options.rankdir { graphAttributes.append(("rankdir", rankdir)) }
        if let title = options.title { graphAttributes.append(("label", title)) }
        graphAttributes += options.graphAttributes.map { ($0.name, $0.value) }
        out.statement("graph", graphAttributes)
        out.statement("node", DOTTheme.node)
        out.statement("edge", DOTTheme.edge)

        let kindAttributes = graph.schema.kinds.map { kind in
            DOTBuffer.attributeBytes(Self.nodeStyle(kind.style))
        }
        if options.clusters {
            writeClusters(graph, kindAttributes: kindAttributes, to: &out)
        } else {
            for index in graph.entities.indices {
                writeNode(index, of: graph, kindAttributes: kindAttributes, indent: 1, to: &out)
            }
        }

        writeRelations(graph, to: &out)
        if options.legend { writeLegend(graph, to: &out) }
        out.raw("}\n")
        return out.storage
    }

    private func writeNode(_ index: Int, of graph: Graph, kindAttributes: [[UInt8]], indent: Int, to out: inout DOTBuffer) {
        let entity = graph.entities[index]
        out.indent(indent)
        out.nodeID(index)
        out.raw(" [label=")
        out.quoted(entity.name)
        out.raw(", tooltip=")
        var tooltip = ["\(entity.id) (\(graph.schema.kinds[entity.kind].name))"]
        if !entity.aliases.isEmpty { tooltip.append("aka " + entity.aliases.joined(separator: ", ")) }
        tooltip += Self.describe(entity.attributes, in: graph)
        tooltip += Self.describe(entity.citations, in: graph)
        out.quoted(tooltip.joined(separator: "\n"))
        out.bytes(kindAttributes[entity.kind])
        if let highlight = options.highlight {
            if highlight.entities.contains(index) {
                out.bytes(DOTBuffer.attributeBytes(DOTTheme.highlighted))
            } else if highlight.fadesOthers {
                out.bytes(DOTBuffer.attributeBytes(DOTTheme.fadedNode))
            }
        }
        out.raw("];\n")
    }

    /// Writes relations grouped by type, each group in an anonymous
    /// subgraph whose edge defaults carry the type's label and style, in
    /// file order within the group. A relation's own line then only says
    /// what differs: its date in the label and its attributes as a tooltip.
    private func writeRelations(_ graph: Graph, to out: inout DOTBuffer) {
        let byType = Adjacency(entityCount: graph.schema.relationTypes.count, relationCount: graph.relations.count) {
            graph.relations[$0].type
        }
        for (typeIndex, type) in graph.schema.relationTypes.enumerated() where byType.count(typeIndex) > 0 {
            out.raw("  {\n    edge [label=")
            out.quoted(type.name)
            out.bytes(DOTBuffer.attributeBytes(Self.edgeStyle(type)))
            out.raw("];\n")
            for relationIndex in byType[typeIndex] {
                let index = Int(relationIndex)
                out.indent(2)
                out.nodeID(graph.relations[index].subject)
                out.raw(" -> ")
                out.nodeID(graph.relations[index].object)
                // Most relations of a large graph carry nothing of their own:
                // write them without building labels or tooltips (and read
                // their fields in place rather than copying each relation).
                if graph.relations[index].attributes.isEmpty && graph.relations[index].citations.isEmpty
                    && graph.relations[index].claimants.isEmpty && graph.relations[index].time == nil
                    && graph.relations[index].status == .reported && options.highlight == nil {
                    out.raw(";\n")
                    continue
                }
                let relation = graph.relations[index]
                var own: [(String, String)] = []
                var label = type.name
                if relation.status != .reported { label += " (\(relation.status.rawValue))" }
                if let time = relation.time { label += "\n" + time.description }
                if label != type.name { own.append(("label", label)) }
                own += DOTTheme.statusStyle(relation.status)
                let tooltip = Self.tooltip(for: relation, in: graph)
                if !tooltip.isEmpty { own.append(("tooltip", tooltip)) }
                if let highlight = options.highlight {
                    if highlight.relations.contains(index) {
                        own += DOTTheme.highlighted
                    } else if highlight.fadesOthers {
                        own += DOTTheme.fadedEdge
                    }
                }
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

    // MARK: Tooltips

    /// A relation's hover text: who claims it and how firmly, when it held,
    /// its attributes, and every source with its quoted words.
    static func tooltip(for relation: Relation, in graph: Graph) -> String {
        var lines: [String] = []
        if relation.status != .reported || !relation.claimants.isEmpty {
            var line = relation.status.rawValue
            if !relation.claimants.isEmpty { line += " by " + relation.claimants.map { graph.entities[$0].name }.joined(separator: ", ") }
            lines.append(line)
        }
        if let time = relation.time { lines.append("when: \(time.description)") }
        lines += describe(relation.attributes.filter { !["date", "from", "to"].contains($0.key) }, in: graph)
        lines += describe(relation.citations, in: graph)
        return lines.joined(separator: "\n")
    }

    /// `key: value`, or for disputed values each with its sources.
    static func describe(_ attributes: [Attribute], in graph: Graph) -> [String] {
        attributes.map { attribute in
            let values = attribute.values.map { value in
                value.citations.isEmpty ? value.text : value.text + " (" + value.citations.map { graph.sources[$0.source].id }.joined(separator: ", ") + ")"
            }
            return "\(attribute.key): " + values.joined(separator: " / ")
        }
    }

    /// One `source: r000 "quote" (B2) — title` line per citation.
    static func describe(_ citations: [Citation], in graph: Graph) -> [String] {
        citations.map { "source: \($0.description(in: graph)) — \(graph.sources[$0.source].title)" }
    }

    // MARK: Clusters

    /// Draws each entity that others are part of (by a relation of the
    /// containment role, such as `part-of`) as a box around them,
    /// nested as deep as containment goes. An entity that is part of
    /// several can sit in only one box: the first in file order wins, and a
    /// containment cycle is cut where it closes.
    private func writeClusters(_ graph: Graph, kindAttributes: [[UInt8]], to out: inout DOTBuffer) {
        let count = graph.entities.count
        var parent = [Int](repeating: -1, count: count)
        let containment = graph.schema.relationTypes.map { $0.role == .containment }
        for relation in graph.relations where containment[relation.type] && relation.subject != relation.object && parent[relation.subject] < 0 {
            parent[relation.subject] = relation.object
        }
        var state = [UInt8](repeating: 0, count: count)
        for start in 0..<count where state[start] == 0 {
            var path: [Int] = []
            var node = start
            while node >= 0, state[node] == 0 {
                state[node] = 1
                path.append(node)
                node = parent[node]
            }
            if node >= 0, state[node] == 1, let last = path.last { parent[last] = -1 }
            for visited in path { state[visited] = 2 }
        }
        var children = [[Int]](repeating: [], count: count)
        for index in 0..<count where parent[index] >= 0 {
            children[parent[index]].append(index)
        }
        // Depth first with an explicit stack, so containment tens of
        // thousands deep cannot overflow the call stack.
        var stack: [(entity: Int, next: Int)] = []
        func open(_ index: Int) {
            let indent = stack.count + 1
            guard !children[index].isEmpty else {
                writeNode(index, of: graph, kindAttributes: kindAttributes, indent: indent, to: &out)
                return
            }
            out.indent(indent)
            out.raw("subgraph \"cluster_\(index)\" {\n")
            out.indent(indent + 1)
            out.raw("graph [label=")
            out.quoted(graph.entities[index].name)
            out.bytes(DOTBuffer.attributeBytes(DOTTheme.clusterStyle))
            out.raw("];\n")
            writeNode(index, of: graph, kindAttributes: kindAttributes, indent: indent + 1, to: &out)
            stack.append((index, 0))
        }
        for root in 0..<count where parent[root] < 0 {
            open(root)
            while let top = stack.last {
                if top.next < children[top.entity].count {
                    stack[stack.count - 1].next += 1
                    open(children[top.entity][top.next])
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
    /// relation type in use as a short horizontal arrow on its own row,
    /// kept in order by invisible edges between the rows.
    private func writeLegend(_ graph: Graph, to out: inout DOTBuffer) {
        var kindsUsed = [Bool](repeating: false, count: graph.schema.kinds.count)
        for entity in graph.entities { kindsUsed[entity.kind] = true }
        var typesUsed = [Bool](repeating: false, count: graph.schema.relationTypes.count)
        for relation in graph.relations { typesUsed[relation.type] = true }

        out.raw("  subgraph \"cluster_legend\" {\n    graph [label=\"Legend\"")
        out.bytes(DOTBuffer.attributeBytes(DOTTheme.legendStyle))
        out.raw("];\n")
        var previousKind: String?
        for (index, kind) in graph.schema.kinds.enumerated() where kindsUsed[index] {
            let id = "\"legend_kind_\(index)\""
            out.raw("    \(id) [label=")
            out.quoted(kind.name)
            out.bytes(DOTBuffer.attributeBytes(Self.nodeStyle(kind.style)))
            out.raw("];\n")
            if let previousKind { out.raw("    \(previousKind) -> \(id) [style=\"invis\"];\n") }
            previousKind = id
        }
        // Each relation type, then each status in use, is a short arrow on
        // its own row, kept in order by invisible edges between the rows.
        var previousRow: String?
        func row(prefix: String, key: String, label: String, style: [(String, String)]) {
            let from = "\"\(prefix)from_\(key)\"", to = "\"\(prefix)to_\(key)\""
            out.raw("    { rank=\"same\"; \(from) [label=\"\", shape=\"point\", width=\"0.05\"]; ")
            out.raw("\(to) [label=\"\", shape=\"point\", width=\"0.05\"]; }\n")
            out.raw("    \(from) -> \(to) [label=")
            out.quoted(label)
            out.bytes(DOTBuffer.attributeBytes(style))
            out.raw(", minlen=\"2\"];\n")
            if let previousRow { out.raw("    \(previousRow) -> \(from) [style=\"invis\"];\n") }
            previousRow = from
        }
        for (index, type) in graph.schema.relationTypes.enumerated() where typesUsed[index] {
            row(prefix: "legend_", key: String(index), label: type.name, style: Self.edgeStyle(type))
        }
        // Statuses other than a plain report change how a line is drawn; say how.
        let statuses = Set(graph.relations.map(\.status)).subtracting([.reported])
        for status in ClaimStatus.allCases.reversed() where statuses.contains(status) {
            row(prefix: "legend_status_", key: status.rawValue, label: status.rawValue,
                style: [("color", "#424242"), ("fontcolor", "#424242")] + DOTTheme.statusStyle(status))
        }
        out.raw("  }\n")
    }

    // MARK: Styles

    static func nodeStyle(_ style: NodeStyle) -> [(String, String)] {
        var attributes = [("shape", style.shape), ("color", style.color), ("fontcolor", style.color)]
        attributes.append(("fillcolor", style.fill ?? "white"))
        return attributes
    }

    static func edgeStyle(_ type: RelationType) -> [(String, String)] {
        var attributes = [("color", type.style.color), ("fontcolor", type.style.color), ("style", type.style.line),
                          ("arrowhead", type.style.arrowhead)]
        if type.isSymmetric { attributes.append(("dir", "none")) }
        return attributes
    }
}

/// A growing byte buffer with the few DOT constructs the writer needs.
struct DOTBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { storage.append(contentsOf: text.utf8) }

    mutating func bytes(_ bytes: [UInt8]) { storage.append(contentsOf: bytes) }

    mutating func quoted(_ text: String) { DOTString.append(text, to: &storage) }

    /// Indents by `level`, at most eight levels deep: deeper nesting would
    /// make output grow with the square of the depth.
    mutating func indent(_ level: Int) {
        for _ in 0..<min(level, 8) { storage.append(contentsOf: [0x20, 0x20]) }
    }

    /// Writes the generated node id `n<index>`, digit by digit, since a
    /// large graph writes hundreds of thousands of them.
    mutating func nodeID(_ index: Int) {
        storage.append(UInt8(ascii: "n"))
        var divisor = 1
        while divisor <= index / 10 { divisor *= 10 }
        var rest = index
        while divisor > 0 {
            storage.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `graph [a="x", b="y"];` for the `graph`, `node` and `edge` defaults.
    mutating func statement(_ keyword: String, _ attributes: [(String, String)]) {
        raw("  \(keyword) [")
        var first = true
        for (name, value) in attributes {
            if !first { raw(", ") }
            first = false
            quoted(name)
            raw("=")
            quoted(value)
        }
        raw("];\n")
    }

    /// `, name="value"` for each attribute, for appending after a label.
    static func attributeBytes(_ attributes: [(String, String)]) -> [UInt8] {
        var buffer = DOTBuffer()
        for (name, value) in attributes {
            buffer.raw(", ")
            buffer.quoted(name)
            buffer.raw("=")
            buffer.quoted(value)
        }
        return buffer.storage
    }
}
