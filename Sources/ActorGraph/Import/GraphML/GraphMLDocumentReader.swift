import Foundation

/// Walks one parsed GraphML document for ``GraphMLReader``: the keys and
/// what each means, then every graph's nodes, then its edges, since an
/// edge may name a node declared after it.
struct GraphMLDocumentReader: XMLGraphDocumentReader {
    let tree: XMLElementTree
    var builder: XMLImportBuilder
    /// Every key by id, in the order declared.
    private var keys: [String: GraphMLKey] = [:]
    private var keyOrder: [String] = []
    /// What each key means on nodes and on edges.
    private var nodeRoles: [String: XMLFieldRole] = [:]
    private var edgeRoles: [String: XMLFieldRole] = [:]

    init(tree: XMLElementTree, builder: XMLImportBuilder) {
        self.tree = tree
        self.builder = builder
    }

    mutating func read() {
        let root = tree.root
        declareKeys(root)
        let graphs = tree.children(of: root, named: "graph")
        guard !graphs.isEmpty else {
            return builder.error(.notGraphML, at: root.tag.span, "<graphml> holds no <graph>; there is nothing to import")
        }
        for graph in graphs { readGraph(graph) }
    }

    // MARK: Keys

    private mutating func declareKeys(_ root: XMLElementTree.Element) {
        for element in tree.children(of: root, named: "key") {
            guard let id = element.tag.attribute("id") else {
                builder.error(.missingXMLAttribute, at: element.tag.span, "a <key> without an id; give it id=\"...\", which <data key> names")
                continue
            }
            let name = element.tag.attribute("attr.name")?.value ?? id.value
            var key = GraphMLKey(id: id.value, owner: element.tag.attribute("for")?.value ?? "all", name: name,
                                 type: element.tag.attribute("attr.type")?.value ?? "string",
                                 yFilesType: element.tag.attribute("yfiles.type")?.value)
            if let fallback = tree.child(of: element, named: "default") {
                key.fallback = (fallback.text, fallback.tag.span)
                builder.check(fallback.text, type: key.type, at: fallback.tag.span, "the default of key \(StringLiteral.quoted(key.id))")
            }
            if keys[key.id] == nil { keyOrder.append(key.id) }
            keys[key.id] = key
        }
        let declared = keyOrder.compactMap { keys[$0] }
        builder.isActorGraph = declared.contains { $0.isDeclared(for: "graph") && $0.name == "sources" }
            && declared.contains { $0.isDeclared(for: "node") && $0.name == "evidence" }
        nodeRoles = roles(declared.filter { $0.isDeclared(for: "node") }, owner: "node")
        edgeRoles = roles(declared.filter { $0.isDeclared(for: "edge") }, owner: "edge")
    }

    /// What each of `keys`, declared for `owner`, means there: yEd's
    /// drawings apart, by their names.
    private func roles(_ keys: [GraphMLKey], owner: String) -> [String: XMLFieldRole] {
        let isNode = owner == "node"
        var roles = XMLFieldRole.roles(of: keys.filter { $0.yFilesType == nil }.map { ($0.id, $0.name) }, onNodes: isNode,
                                       inActorGraphFile: builder.isActorGraph)
        for key in keys where key.yFilesType != nil {
            roles[key.id] = key.yFilesType == "nodegraphics" && isNode && !builder.isActorGraph ? .nodeGraphics : .ignored
        }
        return roles
    }

    // MARK: Graphs

    private mutating func readGraph(_ graph: XMLElementTree.Element) {
        if graph.tag.attribute("edgedefault")?.value == "undirected" {
            builder.warnOnce(.undirectedEdge, about: "undirected", at: graph.tag.span,
                             "the graph is undirected; each edge is read from its source to its target, as written")
        }
        for data in tree.children(of: graph, named: "data") {
            guard let id = data.tag.attribute("key"), let key = keys[id.value], key.isDeclared(for: "graph") else { continue }
            // The graph's own data says nothing of entities, but ActorGraph's sources.
            if builder.isActorGraph && key.name == "sources" { builder.sources(data.text, at: data.tag.span) }
        }
        for node in tree.children(of: graph, named: "node") { readNode(node) }
        for edge in tree.children(of: graph, named: "edge") { readEdge(edge) }
        if let hyperedge = tree.child(of: graph, named: "hyperedge") {
            builder.warnOnce(.unsupportedGraphElement, about: "hyperedge", at: hyperedge.tag.span,
                             "hyperedges are skipped: a relation joins two entities; rewrite each as edges to import it")
        }
    }

    /// The data of `element` for `roles` with the keys' defaults where it
    /// has none, in the order the keys are declared; each checked against
    /// its key's type. yEd's drawing of a node gives the text of its
    /// label, and nothing when the node has none.
    private mutating func values(of element: XMLElementTree.Element, owner: String, roles: [String: XMLFieldRole]) -> [XMLFieldValue] {
        var given: [String: XMLElementTree.Element] = [:]
        for data in tree.children(of: element, named: "data") {
            guard let id = data.tag.attribute("key") else {
                builder.error(.missingXMLAttribute, at: data.tag.span, "a <data> without a key; give it key=\"...\", naming a <key>")
                continue
            }
            guard let key = keys[id.value], key.isDeclared(for: owner) else {
                let declared = keys[id.value].map { " (it is declared for \($0.owner))" } ?? ""
                builder.error(.undeclaredKey, at: id.valueSpan, "no <key> \(StringLiteral.quoted(id.value)) is declared for \(owner)s\(declared); declare it or remove the data")
                continue
            }
            given[key.id] = data
        }
        return keyOrder.compactMap { id in
            guard let key = keys[id], let role = roles[id] else { return nil }
            if role == .nodeGraphics {
                return given[id].flatMap { tree.descendant(of: $0, named: "NodeLabel") }.map { XMLFieldValue(role: role, text: $0.text, span: $0.tag.span) }
            }
            if let data = given[id] {
                builder.check(data.text, type: key.type, at: data.tag.span, "the \(key.name) of this \(owner)")
                return XMLFieldValue(role: role, text: data.text, span: data.tag.span)
            }
            return key.fallback.map { XMLFieldValue(role: role, text: $0.text, span: $0.span) }
        }
    }

    // MARK: Nodes

    private mutating func readNode(_ node: XMLElementTree.Element) {
        if let nested = tree.child(of: node, named: "graph") {
            builder.warnOnce(.unsupportedGraphElement, about: "nested graph", at: nested.tag.span,
                             "nested graphs are skipped: their nodes and edges are not imported; flatten the graph to import them")
        }
        if let port = tree.child(of: node, named: "port") {
            builder.warnOnce(.unsupportedGraphElement, about: "port", at: port.tag.span, "ports are skipped: edges join the nodes themselves")
        }
        guard let id = builder.nodeID(of: node.tag, in: "GraphML") else { return }
        var entity = ImportedEntity(key: id.value, kind: "", name: id.value,
                                    origin: ImportOrigin(element: XMLImportBuilder.nodeElement(id.value), span: node.tag.span, fields: [.key: id.valueSpan]))
        let values = values(of: node, owner: "node", roles: nodeRoles)
        builder.read(values, into: &entity)
        // yEd's drawn label names a node that no key names.
        if entity.origin.fields[.name] == nil, let drawn = values.first(where: { $0.role == .nodeGraphics }).flatMap({ XMLImportBuilder.trimmed($0.text) }) {
            entity.name = drawn
        }
        builder.add(entity)
    }

    // MARK: Edges

    private mutating func readEdge(_ edge: XMLElementTree.Element) {
        var relation = builder.relation(of: edge.tag)
        if edge.tag.attribute("directed")?.value == "false" {
            builder.warnOnce(.undirectedEdge, about: "undirected", at: edge.tag.span,
                             "\(relation.origin.element) is undirected; it is read from its source to its target, as written")
        }
        if edge.tag.attribute("sourceport") != nil || edge.tag.attribute("targetport") != nil {
            builder.warnOnce(.unsupportedGraphElement, about: "port", at: edge.tag.span, "ports are skipped: edges join the nodes themselves")
        }
        builder.read(values(of: edge, owner: "edge", roles: edgeRoles), into: &relation)
        builder.add(relation)
    }
}
