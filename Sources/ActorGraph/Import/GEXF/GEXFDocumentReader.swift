import Foundation

/// Walks one parsed GEXF document for ``GEXFReader``: the attribute
/// columns and what each means, then the nodes, then the edges.
struct GEXFDocumentReader: XMLGraphDocumentReader {
    let tree: XMLElementTree
    var builder: XMLImportBuilder
    /// The columns of nodes and of edges by id, in the order declared.
    private var columns: [String: [String: GEXFAttribute]] = ["node": [:], "edge": [:]]
    private var columnOrder: [String: [String]] = ["node": [], "edge": []]
    /// What each column means, by class and id.
    private var roles: [String: [String: XMLFieldRole]] = [:]

    init(tree: XMLElementTree, builder: XMLImportBuilder) {
        self.tree = tree
        self.builder = builder
    }

    mutating func read() {
        let root = tree.root
        guard let graph = tree.child(of: root, named: "graph") else {
            return builder.error(.notGEXF, at: root.tag.span, "<gexf> holds no <graph>; there is nothing to import")
        }
        let creator = tree.child(of: root, named: "meta").flatMap { tree.child(of: $0, named: "creator") }?.text
        declareColumns(graph)
        builder.isActorGraph = creator == "ActorGraph" && columns["node"]?.values.contains { $0.title == "citations" } == true
        for owner in ["node", "edge"] {
            let declared = (columnOrder[owner] ?? []).compactMap { columns[owner]?[$0] }
            roles[owner] = XMLFieldRole.roles(of: declared.map { ($0.id, $0.title) }, onNodes: owner == "node", inActorGraphFile: builder.isActorGraph)
        }
        // ActorGraph's GEXF cites its sources by id without carrying them.
        if builder.isActorGraph { builder.acceptUndeclaredSources() }
        if graph.tag.attribute("defaultedgetype")?.value == "undirected" {
            builder.warnOnce(.undirectedEdge, about: "undirected", at: graph.tag.span,
                             "the graph is undirected; each edge is read from its source to its target, as written")
        }
        for nodes in tree.children(of: graph, named: "nodes") {
            for node in tree.children(of: nodes, named: "node") { readNode(node) }
        }
        for edges in tree.children(of: graph, named: "edges") {
            for edge in tree.children(of: edges, named: "edge") { readEdge(edge) }
        }
    }

    // MARK: Columns

    private mutating func declareColumns(_ graph: XMLElementTree.Element) {
        for declarations in tree.children(of: graph, named: "attributes") {
            guard let owner = declarations.tag.attribute("class")?.value, owner == "node" || owner == "edge" else { continue }
            for element in tree.children(of: declarations, named: "attribute") {
                guard let id = element.tag.attribute("id") else {
                    builder.error(.missingXMLAttribute, at: element.tag.span, "an <attribute> without an id; give it id=\"...\", which <attvalue for> names")
                    continue
                }
                var column = GEXFAttribute(id: id.value, title: element.tag.attribute("title")?.value ?? id.value,
                                           type: element.tag.attribute("type")?.value ?? "string")
                if let fallback = tree.child(of: element, named: "default") {
                    column.fallback = (fallback.text, fallback.tag.span)
                    builder.check(fallback.text, type: column.type, at: fallback.tag.span, "the default of column \(StringLiteral.quoted(column.id))")
                }
                if columns[owner]?[column.id] == nil { columnOrder[owner, default: []].append(column.id) }
                columns[owner, default: [:]][column.id] = column
            }
        }
    }

    /// The values of `element` with the columns' defaults where it has
    /// none, in the order the columns are declared; each checked against
    /// its column's type. A column given several values over time keeps
    /// its first.
    private mutating func values(of element: XMLElementTree.Element, owner: String) -> [XMLFieldValue] {
        var given: [String: (String, Range<Int>)] = [:]
        for attvalues in tree.children(of: element, named: "attvalues") {
            for attvalue in tree.children(of: attvalues, named: "attvalue") {
                // GEXF 1.1 named the column with `id`.
                guard let id = attvalue.tag.attribute("for") ?? attvalue.tag.attribute("id") else {
                    builder.error(.missingXMLAttribute, at: attvalue.tag.span, "an <attvalue> without for=\"...\", naming its column")
                    continue
                }
                guard let column = columns[owner]?[id.value] else {
                    builder.error(.undeclaredKey, at: id.valueSpan, "no \(owner) <attribute> \(StringLiteral.quoted(id.value)) is declared; declare it in <attributes class=\"\(owner)\"> or remove the value")
                    continue
                }
                guard given[column.id] == nil else {
                    builder.warnOnce(.unsupportedGraphElement, about: "dynamic values", at: attvalue.tag.span,
                                     "a column with several values over time keeps its first; the others are skipped")
                    continue
                }
                let value = attvalue.tag.attribute("value")
                let span = value?.valueSpan ?? attvalue.tag.span
                builder.check(value?.value ?? "", type: column.type, at: span, "the \(column.title) of this \(owner)")
                given[column.id] = (value?.value ?? "", span)
            }
        }
        return (columnOrder[owner] ?? []).compactMap { id in
            guard let column = columns[owner]?[id], let role = roles[owner]?[id] else { return nil }
            if let (text, span) = given[id] { return XMLFieldValue(role: role, text: text, span: span) }
            return column.fallback.map { XMLFieldValue(role: role, text: $0.text, span: $0.span) }
        }
    }

    // MARK: Nodes

    private mutating func readNode(_ node: XMLElementTree.Element) {
        if let nested = tree.child(of: node, named: "nodes") {
            builder.warnOnce(.unsupportedGraphElement, about: "nested nodes", at: nested.tag.span,
                             "nodes inside a node are skipped, and so are edges to them; flatten the hierarchy to import them")
        }
        guard let id = builder.nodeID(of: node.tag, in: "GEXF") else { return }
        let label = node.tag.attribute("label")
        var fields: [ImportField: Range<Int>] = [.key: id.valueSpan]
        fields[.name] = label?.valueSpan
        var entity = ImportedEntity(key: id.value, kind: "", name: label.flatMap { builder.fieldText($0.value) } ?? id.value,
                                    origin: ImportOrigin(element: XMLImportBuilder.nodeElement(id.value), span: node.tag.span, fields: fields))
        // The node's own label names it before any column does.
        builder.read(values(of: node, owner: "node").filter { label == nil || $0.role != .name }, into: &entity)
        if !builder.isActorGraph { entity.attributes += time(of: node) }
        builder.add(entity)
    }

    // MARK: Edges

    private mutating func readEdge(_ edge: XMLElementTree.Element) {
        let tag = edge.tag
        var relation = builder.relation(of: tag)
        if tag.attribute("type")?.value == "undirected" {
            builder.warnOnce(.undirectedEdge, about: "undirected", at: tag.span,
                             "\(relation.origin.element) is undirected; it is read from its source to its target, as written")
        }
        // Gephi keeps the relation's type apart as the edge's kind; NetworkX
        // writes an edge's `type` data into the `type` attribute, which GEXF
        // keeps for directed, undirected or mutual; a plain edge has at least its label.
        let networkXType = tag.attribute("type").flatMap { ["directed", "undirected", "mutual"].contains($0.value) ? nil : $0 }
        if let kind = tag.attribute("kind") ?? networkXType ?? (builder.isActorGraph ? nil : tag.attribute("label")) {
            relation.type = builder.fieldText(kind.value) ?? ""
            relation.origin.fields[.type] = kind.valueSpan
        }
        builder.read(values(of: edge, owner: "edge"), into: &relation)
        if !builder.isActorGraph {
            relation.attributes += time(of: edge)
            // Gephi writes a weight of 1 on every edge: only another says something.
            if let weight = tag.attribute("weight"), let value = Double(weight.value), value != 1 {
                relation.attributes.append(Attribute("weight", weight.value))
            }
        }
        builder.add(relation)
    }

    // MARK: Time

    /// When a node or an edge of a generic file holds: its `start` and
    /// `end`, or its first spell's, as `date` when they are the same day
    /// and `from`/`to` when not; times that are no dates (Gephi's numbers)
    /// as `start` and `end`.
    private mutating func time(of element: XMLElementTree.Element) -> [Attribute] {
        var holder = element.tag
        let spells = tree.child(of: element, named: "spells").map { tree.children(of: $0, named: "spell") } ?? []
        if let spell = spells.first {
            holder = spell.tag
            if spells.count > 1 {
                builder.warnOnce(.unsupportedGraphElement, about: "spells", at: spells[1].tag.span,
                                 "only the first spell of a node or edge is read; the others are skipped")
            }
        }
        let start = (holder.attribute("start") ?? holder.attribute("startopen"))?.value
        let end = (holder.attribute("end") ?? holder.attribute("endopen"))?.value
        func day(_ text: String?) -> PartialDate? {
            // `dateTime` values keep their day.
            text.flatMap { PartialDate(String($0.prefix { $0 != "T" })) }
        }
        switch (start, end) {
        case (nil, nil):
            return []
        case let (start?, end?) where start == end && day(start) != nil:
            return [Attribute("date", day(start)?.description ?? start)]
        default:
            guard (start == nil || day(start) != nil) && (end == nil || day(end) != nil) else {
                return [start.map { Attribute("start", $0) }, end.map { Attribute("end", $0) }].compactMap { $0 }
            }
            return [day(start).map { Attribute("from", $0.description) }, day(end).map { Attribute("to", $0.description) }].compactMap { $0 }
        }
    }
}
