import Foundation

/// Walks one parsed GraphML document for ``GraphMLReader``: the keys and
/// what each means, then every graph's nodes, then its edges, since an
/// edge may name a node declared after it.
struct GraphMLDocumentReader {
    let tree: XMLElementTree
    var builder: XMLImportBuilder
    /// Every key by id, in the order declared.
    private var keys: [String: GraphMLKey] = [:]
    private var keyOrder: [String] = []
    /// What each key means on nodes and on edges.
    private var nodeRoles: [String: XMLFieldRole] = [:]
    private var edgeRoles: [String: XMLFieldRole] = [:]
    /// Whether the file is ActorGraph's own, whose JSON fields are read as such.
    private var isActorGraph = false

    init(tree: XMLElementTree, builder: XMLImportBuilder) {
        self.tree = tree
        self.builder = builder
    }

    mutating func read() {
        let root = tree.root
        guard root.tag.localName == "graphml" else {
            return builder.error(.notGraphML, at: root.tag.span, "the root element is <\(root.tag.name)>, not <graphml>; is this GraphML? Name the format with --from")
        }
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
        isActorGraph = declared.contains { $0.isDeclared(for: "graph") && $0.name == "sources" }
            && declared.contains { $0.isDeclared(for: "node") && $0.name == "evidence" }
        nodeRoles = roles(declared.filter { $0.isDeclared(for: "node") }, owner: "node")
        edgeRoles = roles(declared.filter { $0.isDeclared(for: "edge") }, owner: "edge")
    }

    /// What each of `keys`, declared for `owner`, means there: yEd's
    /// drawings apart, by their names.
    private func roles(_ keys: [GraphMLKey], owner: String) -> [String: XMLFieldRole] {
        let isNode = owner == "node"
        var roles = XMLFieldRole.roles(of: keys.filter { $0.yFilesType == nil }.map { ($0.id, $0.name) }, onNodes: isNode,
                                       inActorGraphFile: isActorGraph)
        for key in keys where key.yFilesType != nil {
            roles[key.id] = key.yFilesType == "nodegraphics" && isNode && !isActorGraph ? .nodeGraphics : .ignored
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
            if isActorGraph && key.name == "sources" { builder.sources(data.text, at: data.tag.span) }
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
    /// its key's type.
    private mutating func values(of element: XMLElementTree.Element, owner: String, roles: [String: XMLFieldRole])
        -> [(key: GraphMLKey, role: XMLFieldRole, text: String, span: Range<Int>, data: XMLElementTree.Element?)] {
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
            if let data = given[id] {
                if role != .nodeGraphics { builder.check(data.text, type: key.type, at: data.tag.span, "the \(key.name) of this \(owner)") }
                return (key, role, data.text, data.tag.span, data)
            }
            return key.fallback.map { (key, role, $0.text, $0.span, nil) }
        }
    }

    /// A value of a generic file: its text without the blanks around it, `nil` when nothing is left.
    private static func trimmed(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
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
        var named = false
        var drawnLabel: String?
        for value in values(of: node, owner: "node", roles: nodeRoles) {
            switch value.role {
            case .name:
                guard let name = isActorGraph ? value.text : Self.trimmed(value.text) else { continue }
                entity.name = name
                entity.origin.fields[.name] = value.span
                named = true
            case .kind:
                entity.kind = isActorGraph ? value.text : Self.trimmed(value.text) ?? ""
                entity.origin.fields[.kind] = value.span
            case .aliases:
                entity.aliases = builder.strings(value.text, "aliases", at: value.span) ?? []
            case .attributes:
                entity.attributes += builder.attributes(value.text, at: value.span, reserved: ["src"]) ?? []
            case .citations:
                entity.citations = builder.citations(value.text, at: value.span) ?? []
            case .nodeGraphics:
                drawnLabel = value.data.flatMap { tree.descendant(of: $0, named: "NodeLabel") }.flatMap { Self.trimmed($0.text) }
            case .attribute(let key):
                if let text = Self.trimmed(value.text) { entity.attributes.append(Attribute(key, text)) }
            case .relationType, .status, .claimants, .date, .ignored:
                continue
            }
        }
        if !named, let drawnLabel { entity.name = drawnLabel }
        builder.add(entity)
    }

    // MARK: Edges

    private mutating func readEdge(_ edge: XMLElementTree.Element) {
        let id = edge.tag.attribute("id")
        let source = edge.tag.attribute("source"), target = edge.tag.attribute("target")
        let name = XMLImportBuilder.edgeElement(id: id?.value, source: source?.value ?? "?", target: target?.value ?? "?")
        if edge.tag.attribute("directed")?.value == "false" {
            builder.warnOnce(.undirectedEdge, about: "undirected", at: edge.tag.span,
                             "\(name) is undirected; it is read from its source to its target, as written")
        }
        if edge.tag.attribute("sourceport") != nil || edge.tag.attribute("targetport") != nil {
            builder.warnOnce(.unsupportedGraphElement, about: "port", at: edge.tag.span, "ports are skipped: edges join the nodes themselves")
        }
        let subject = builder.endpoint("source", of: edge.tag, edge: name), object = builder.endpoint("target", of: edge.tag, edge: name)
        var fields: [ImportField: Range<Int>] = [:]
        fields[.subject] = subject?.valueSpan
        fields[.object] = object?.valueSpan
        var relation = ImportedRelation(subject: .key(subject?.value ?? ""), type: "", object: .key(object?.value ?? ""),
                                        origin: ImportOrigin(element: name, span: edge.tag.span, fields: fields))
        var dates: [Attribute] = []
        for value in values(of: edge, owner: "edge", roles: edgeRoles) {
            switch value.role {
            case .relationType:
                relation.type = isActorGraph ? value.text : Self.trimmed(value.text) ?? ""
                relation.origin.fields[.type] = value.span
            case .status:
                relation.origin.fields[.status] = value.span
                if let status = ClaimStatus(rawValue: value.text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    relation.status = status
                } else if isActorGraph {
                    builder.error(.unknownStatus, at: value.span, "status \(StringLiteral.quoted(value.text)) of \(name) is none of "
                        + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))
                } else if let text = Self.trimmed(value.text) {
                    // A generic file's status is its own word, kept as an attribute `.ag` does not reserve.
                    relation.attributes.append(Attribute("status-text", text))
                }
            case .claimants:
                relation.origin.fields[.claimants] = value.span
                relation.claimants = builder.claimants(value.text, at: value.span, of: name)
            case .date(let key):
                if let date = builder.date(key, value.text, at: value.span) { dates.append(date) }
            case .attributes:
                relation.attributes += builder.attributes(value.text, at: value.span, reserved: ["src", "status", "by"]) ?? []
            case .citations:
                relation.citations = builder.citations(value.text, at: value.span) ?? []
            case .attribute(let key):
                if let text = Self.trimmed(value.text) { relation.attributes.append(Attribute(key, text)) }
            case .name, .kind, .aliases, .nodeGraphics, .ignored:
                continue
            }
        }
        // The dates' own keys repeat the dated attributes, which carry their citations; they stand alone only when those are missing.
        if !relation.attributes.contains(where: { ["date", "from", "to"].contains($0.key) }) { relation.attributes += dates }
        guard subject != nil, object != nil else { return }
        builder.add(relation)
    }
}
