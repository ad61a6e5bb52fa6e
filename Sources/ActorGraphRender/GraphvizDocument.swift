import CGraphviz

/// A graph as Graphviz's parser read it, copied out of Graphviz's data structures.
///
/// Attribute dictionaries follow Graphviz's model: once any object of a kind
/// declares an attribute, every object of that kind has it, with the declared
/// default (often `""`) where it was not set. Graphviz also declares the default
/// node label `\N` (the node's name) for every graph. `explicitAttributes(of:)`
/// and its overloads leave out the values that are only the default.
public struct GraphvizDocument: Equatable, Sendable {
    /// A node and its attributes.
    public struct Node: Equatable, Sendable {
        /// The node's name (its DOT identifier after unquoting).
        public let name: String
        /// Every node attribute declared in the graph, by name.
        public let attributes: [String: String]
        /// The names of the attributes whose value is HTML-like (`label=<...>`),
        /// which Graphviz stores without the enclosing angle brackets.
        public let htmlAttributes: Set<String>

        /// Creates a node description, for example as an expected value in a test.
        public init(name: String, attributes: [String: String], htmlAttributes: Set<String> = []) {
            self.name = name
            self.attributes = attributes
            self.htmlAttributes = htmlAttributes
        }
    }

    /// An edge and its attributes.
    public struct Edge: Equatable, Sendable {
        /// The name of the node the edge leaves; in an undirected graph, the one written first.
        public let tail: String
        /// The name of the node the edge enters.
        public let head: String
        /// The edge's key (`a -> b [key=k]`), which tells apart edges between
        /// the same nodes, or `nil` when the DOT text gave none.
        public let key: String?
        /// Every edge attribute declared in the graph, by name.
        public let attributes: [String: String]
        /// The names of the attributes whose value is HTML-like (`label=<...>`).
        public let htmlAttributes: Set<String>

        /// Creates an edge description, for example as an expected value in a test.
        public init(tail: String, head: String, key: String? = nil, attributes: [String: String], htmlAttributes: Set<String> = []) {
            self.tail = tail
            self.head = head
            self.key = key
            self.attributes = attributes
            self.htmlAttributes = htmlAttributes
        }
    }

    /// A subgraph or cluster, with the subgraphs nested in it.
    public struct Subgraph: Equatable, Sendable {
        /// The subgraph's name, or `""` for an anonymous subgraph (`{ ... }`).
        public let name: String
        /// Every graph attribute declared in the graph, with this subgraph's values.
        public let attributes: [String: String]
        /// The names of the attributes whose value is HTML-like (`label=<...>`).
        public let htmlAttributes: Set<String>
        /// The names of the nodes in this subgraph, including those in nested subgraphs.
        public let nodeNames: [String]
        /// The subgraphs declared directly inside this one, in the order they were declared.
        public let subgraphs: [Subgraph]

        /// Creates a subgraph description, for example as an expected value in a test.
        public init(name: String, attributes: [String: String], htmlAttributes: Set<String> = [], nodeNames: [String],
                    subgraphs: [Subgraph]) {
            self.name = name
            self.attributes = attributes
            self.htmlAttributes = htmlAttributes
            self.nodeNames = nodeNames
            self.subgraphs = subgraphs
        }
    }

    /// The graph's name, or `""` if the DOT text did not name it.
    public let name: String
    /// Whether the graph is a `digraph`.
    public let isDirected: Bool
    /// Whether the graph is `strict` (no multi-edges).
    public let isStrict: Bool
    /// Every graph attribute declared in the graph, with the root graph's values.
    public let attributes: [String: String]
    /// The names of the root graph's attributes whose value is HTML-like.
    public let htmlAttributes: Set<String>
    /// The nodes, in the order Graphviz created them (first mention in the text).
    public let nodes: [Node]
    /// The edges, grouped by tail node in node order, each group in declaration order.
    public let edges: [Edge]
    /// The subgraphs declared directly in the root graph, in the order they were declared.
    public let subgraphs: [Subgraph]
    /// The default of every declared node, edge and graph attribute, as the
    /// root graph declares it (`node [shape=box]` at the top level, or
    /// Graphviz's own `\N` for `label`): what an object has where nothing
    /// set the attribute on it.
    public let nodeDefaults: [String: String]
    /// The defaults of edge attributes; see ``nodeDefaults``.
    public let edgeDefaults: [String: String]
    /// The defaults of graph attributes, which subgraphs start from; see ``nodeDefaults``.
    public let graphDefaults: [String: String]
    /// The warnings Graphviz wrote while reading the text, without their `Warning: ` prefix.
    public internal(set) var warnings: [String]

    /// The names of all subgraphs at any depth, each before the subgraphs inside it;
    /// anonymous subgraphs appear as `""`.
    public var subgraphNames: [String] {
        func names(_ subgraphs: [Subgraph]) -> [String] {
            subgraphs.flatMap { [$0.name] + names($0.subgraphs) }
        }
        return names(subgraphs)
    }

    /// The node called `name`, if the graph has one.
    public func node(named name: String) -> Node? {
        nodes.first { $0.name == name }
    }

    /// The edges from the node called `tail` to the node called `head`.
    public func edges(from tail: String, to head: String) -> [Edge] {
        edges.filter { $0.tail == tail && $0.head == head }
    }

    /// The attributes set on `node`, by itself or by the defaults of a
    /// subgraph it was declared in: those whose value differs from the root
    /// graph's default. Graphviz keeps no other trace of what was written,
    /// so a value set to exactly the default is left out too.
    public func explicitAttributes(of node: Node) -> [String: String] {
        node.attributes.filter { nodeDefaults[$0.key] != $0.value }
    }

    /// The attributes set on `edge`; see `explicitAttributes(of:)` for a node.
    public func explicitAttributes(of edge: Edge) -> [String: String] {
        edge.attributes.filter { edgeDefaults[$0.key] != $0.value }
    }

    /// The attributes set on `subgraph`; see `explicitAttributes(of:)` for a node.
    public func explicitAttributes(of subgraph: Subgraph) -> [String: String] {
        subgraph.attributes.filter { graphDefaults[$0.key] != $0.value }
    }

    /// The graph attributes set on the root graph (`graph [rankdir=LR]`, `label="x"`).
    public var explicitAttributes: [String: String] {
        attributes.filter { !$0.value.isEmpty }
    }
}

extension GraphvizDocument {
    /// Subgraphs nested deeper than this are not listed (their nodes still
    /// are, as members of the subgraphs around them), so no input can
    /// exhaust the stack; Graphviz's own parser stops at a few thousand.
    static let subgraphDepthLimit = 100

    /// Copies `graph` out of Graphviz; call it while the Graphviz lock is held.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var node = agfstnode(graph)
        while let current = node {
            let tail = Self.name(of: UnsafeMutableRawPointer(current))
            let (attributes, html) = Self.attributes(of: UnsafeMutableRawPointer(current), kind: AGNODE, in: graph)
            nodes.append(Node(name: tail, attributes: attributes, htmlAttributes: html))
            var edge = agfstout(graph, current)
            while let out = edge {
                // An out-edge record stores its head; its tail is the node whose
                // out-edges are being walked.
                let (attributes, html) = Self.attributes(of: UnsafeMutableRawPointer(out), kind: AGEDGE, in: graph)
                edges.append(Edge(
                    tail: tail,
                    head: Self.name(of: UnsafeMutableRawPointer(out.pointee.node)),
                    key: agnameof(UnsafeMutableRawPointer(out)).map { String(cString: $0) },
                    attributes: attributes,
                    htmlAttributes: html
                ))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        var warnings: [String] = []
        let (attributes, html) = Self.attributes(of: UnsafeMutableRawPointer(graph), kind: AGRAPH, in: graph)
        self.init(
            name: Self.graphName(of: graph),
            isDirected: agisdirected(graph) != 0,
            isStrict: agisstrict(graph) != 0,
            attributes: attributes,
            htmlAttributes: html,
            nodes: nodes,
            edges: edges,
            subgraphs: Self.subgraphs(of: graph, depth: 1, warnings: &warnings),
            nodeDefaults: Self.defaults(kind: AGNODE, in: graph),
            edgeDefaults: Self.defaults(kind: AGEDGE, in: graph),
            graphDefaults: Self.defaults(kind: AGRAPH, in: graph),
            warnings: warnings
        )
    }

    private static func subgraphs(of graph: UnsafeMutablePointer<Agraph_t>, depth: Int, warnings: inout [String]) -> [Subgraph] {
        var children: [UnsafeMutablePointer<Agraph_t>] = []
        var child = agfstsubg(graph)
        while let current = child {
            children.append(current)
            child = agnxtsubg(current)
        }
        guard depth <= subgraphDepthLimit || children.isEmpty else {
            warnings.append("subgraphs are nested deeper than \(subgraphDepthLimit) levels; the deeper ones are read as part of the subgraph around them")
            return []
        }
        // Graphviz keeps subgraphs ordered by internal ID, which for named subgraphs
        // is a string address; the sequence number is the declaration order.
        children.sort { $0.pointee.base.tag.seq < $1.pointee.base.tag.seq }
        return children.map { subgraph in
            var nodeNames: [String] = []
            var node = agfstnode(subgraph)
            while let current = node {
                nodeNames.append(name(of: UnsafeMutableRawPointer(current)))
                node = agnxtnode(subgraph, current)
            }
            let (attributes, html) = attributes(of: UnsafeMutableRawPointer(subgraph), kind: AGRAPH, in: subgraph)
            return Subgraph(
                name: graphName(of: subgraph),
                attributes: attributes,
                htmlAttributes: html,
                nodeNames: nodeNames,
                subgraphs: subgraphs(of: subgraph, depth: depth + 1, warnings: &warnings)
            )
        }
    }

    /// Every declared attribute of `kind` with its value on `object`, and the
    /// names of those whose value is HTML-like.
    private static func attributes(of object: UnsafeMutableRawPointer, kind: Int32,
                                   in graph: UnsafeMutablePointer<Agraph_t>) -> (values: [String: String], html: Set<String>) {
        var attributes: [String: String] = [:]
        var html: Set<String> = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            let name = String(cString: current.pointee.name)
            let value = agxget(object, current)
            attributes[name] = value.map { String(cString: $0) } ?? ""
            if let value, aghtmlstr(value) != 0 { html.insert(name) }
            symbol = agnxtattr(graph, kind, current)
        }
        return (attributes, html)
    }

    /// The root graph's default of each declared attribute of `kind`.
    private static func defaults(kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> [String: String] {
        var defaults: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            defaults[String(cString: current.pointee.name)] = current.pointee.defval.map { String(cString: $0) } ?? ""
            symbol = agnxtattr(graph, kind, current)
        }
        return defaults
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        String(cString: agnameof(object))
    }

    /// Graphviz names anonymous graphs with a `%` and an internal number that
    /// depends on what else the process has parsed, and never writes such names
    /// out, so they are reported as empty.
    private static func graphName(of graph: UnsafeMutablePointer<Agraph_t>) -> String {
        let name = name(of: UnsafeMutableRawPointer(graph))
        return name.hasPrefix("%") ? "" : name
    }
}
