import CGraphviz

/// A graph as Graphviz's parser read it, copied out of Graphviz's data structures.
///
/// Attribute dictionaries follow Graphviz's model: once any object of a kind
/// declares an attribute, every object of that kind has it, with the declared
/// default (often `""`) where it was not set. Graphviz also declares the default
/// node label `\N` (the node's name) for every graph.
public struct GraphvizDocument: Equatable, Sendable {
    /// A node and its attributes.
    public struct Node: Equatable, Sendable {
        /// The node's name (its DOT identifier after unquoting).
        public let name: String
        /// Every node attribute declared in the graph, by name.
        public let attributes: [String: String]

        /// Creates a node description, for example as an expected value in a test.
        public init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// An edge and its attributes.
    public struct Edge: Equatable, Sendable {
        /// The name of the node the edge leaves; in an undirected graph, the one written first.
        public let tail: String
        /// The name of the node the edge enters.
        public let head: String
        /// Every edge attribute declared in the graph, by name.
        public let attributes: [String: String]

        /// Creates an edge description, for example as an expected value in a test.
        public init(tail: String, head: String, attributes: [String: String]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A subgraph or cluster, with the subgraphs nested in it.
    public struct Subgraph: Equatable, Sendable {
        /// The subgraph's name, or `""` for an anonymous subgraph (`{ ... }`).
        public let name: String
        /// Every graph attribute declared in the graph, with this subgraph's values.
        public let attributes: [String: String]
        /// The names of the nodes in this subgraph, including those in nested subgraphs.
        public let nodeNames: [String]
        /// The subgraphs declared directly inside this one, in the order they were declared.
        public let subgraphs: [Subgraph]

        /// Creates a subgraph description, for example as an expected value in a test.
        public init(name: String, attributes: [String: String], nodeNames: [String], subgraphs: [Subgraph]) {
            self.name = name
            self.attributes = attributes
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
    /// The nodes, in the order Graphviz created them (first mention in the text).
    public let nodes: [Node]
    /// The edges, grouped by tail node in node order, each group in declaration order.
    public let edges: [Edge]
    /// The subgraphs declared directly in the root graph, in the order they were declared.
    public let subgraphs: [Subgraph]
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
}

extension GraphvizDocument {
    /// Copies `graph` out of Graphviz; call it while the Graphviz lock is held.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var node = agfstnode(graph)
        while let current = node {
            let tail = Self.name(of: UnsafeMutableRawPointer(current))
            nodes.append(Node(
                name: tail,
                attributes: Self.attributes(of: UnsafeMutableRawPointer(current), kind: AGNODE, in: graph)
            ))
            var edge = agfstout(graph, current)
            while let out = edge {
                // An out-edge record stores its head; its tail is the node whose
                // out-edges are being walked.
                edges.append(Edge(
                    tail: tail,
                    head: Self.name(of: UnsafeMutableRawPointer(out.pointee.node)),
                    attributes: Self.attributes(of: UnsafeMutableRawPointer(out), kind: AGEDGE, in: graph)
                ))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        self.init(
            name: Self.graphName(of: graph),
            isDirected: agisdirected(graph) != 0,
            isStrict: agisstrict(graph) != 0,
            attributes: Self.attributes(of: UnsafeMutableRawPointer(graph), kind: AGRAPH, in: graph),
            nodes: nodes,
            edges: edges,
            subgraphs: Self.subgraphs(of: graph),
            warnings: []
        )
    }

    private static func subgraphs(of graph: UnsafeMutablePointer<Agraph_t>) -> [Subgraph] {
        var children: [UnsafeMutablePointer<Agraph_t>] = []
        var child = agfstsubg(graph)
        while let current = child {
            children.append(current)
            child = agnxtsubg(current)
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
            return Subgraph(
                name: graphName(of: subgraph),
                attributes: attributes(of: UnsafeMutableRawPointer(subgraph), kind: AGRAPH, in: subgraph),
                nodeNames: nodeNames,
                subgraphs: subgraphs(of: subgraph)
            )
        }
    }

    private static func attributes(of object: UnsafeMutableRawPointer, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> [String: String] {
        var attributes: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            attributes[String(cString: current.pointee.name)] = String(cString: agxget(object, current))
            symbol = agnxtattr(graph, kind, current)
        }
        return attributes
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
