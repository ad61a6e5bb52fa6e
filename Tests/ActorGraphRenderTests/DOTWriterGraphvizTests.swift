import ActorGraph
import ActorGraphRender
import Testing

/// The DOT writer's output, read back by Graphviz's own parser: every name
/// a user can write must come back as the same text, and the structure
/// (one node per entity, one edge per relation) must survive any name.
struct DOTWriterGraphvizTests {
    static let hostileNames = [
        #"He said "stop""#,
        #"C:\path\to\"#,
        #"trailing \\"#,
        "two\nlines",
        "<b>bold</b> & <i>x</i>",
        "{record|like} <port>",
        "&lt;not a tag&gt; &amp; &#92;n",
        "حركة النجباء",
        #"\N \G \L placeholders"#,
        "tab\tinside",
        "graph digraph node edge subgraph strict",
        "\"]; n0 -> n1 [label=\"injected",
        "emoji 😀 and accents Sūdānī",
    ]

    /// What Graphviz is expected to draw for a name: the writer drops
    /// carriage returns and control characters other than tab and newline.
    static func drawn(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.value >= 0x20 && $0.value != 0x7F }))
    }

    func hostileGraph() throws -> Graph {
        try Graph {
            for (index, name) in Self.hostileNames.enumerated() {
                Group("g\(index)", name, aka: ["alias \(index) " + name])
            }
            Person("cr", "carriage\r\nreturn and nul\u{0} and bell\u{7}")
            for index in Self.hostileNames.indices {
                Relate("cr", "commands", "g\(index)", attributes: [Attribute("note", Self.hostileNames[index])])
            }
            Relate("g0", "part-of", "g1")
            Relate("g1", "part-of", "g2")
        }
    }

    @Test(arguments: [false, true])
    func namesComeBackUnchanged(clusters: Bool) throws {
        let graph = try hostileGraph()
        let dot = DOTWriter(options: DrawingOptions(direction: .LR, legend: true, clusters: clusters, title: "T \"itle\"")).write(graph)
        let document = try Graphviz.read(dot: dot)
        for (index, entity) in graph.entities.enumerated() {
            let node = try #require(document.node(named: "n\(index)"))
            #expect(GraphvizEscString.displayedText(of: node.attributes["label"] ?? "") == Self.drawn(entity.name))
        }
        #expect(document.nodes.count { $0.name.hasPrefix("n") } == graph.entities.count)
        #expect(document.edges.count { $0.tail.hasPrefix("n") } == graph.relations.count)
        for relation in graph.relations where relation.attributes[key: "note"] != nil {
            let edge = try #require(document.edges(from: "n\(relation.subject)", to: "n\(relation.object)").first)
            // Tooltips read backslashes differently from labels; DOTWriterSVGTests checks them as drawn.
            #expect(edge.attributes["tooltip"]?.isEmpty == false)
            #expect(edge.attributes["label"] == "commands")
        }
        #expect(GraphvizEscString.displayedText(of: document.attributes["label"] ?? "") == "T \"itle\"")
    }

    @Test func clustersNestAsGraphvizSeesThem() throws {
        let dot = DOTWriter(options: DrawingOptions(clusters: true)).write(try hostileGraph())
        let document = try Graphviz.read(dot: dot)
        let outer = try #require(document.subgraphs.first { $0.name == "cluster_2" })
        #expect(outer.subgraphs.map(\.name) == ["cluster_1"])
        #expect(outer.subgraphs.first?.nodeNames.sorted() == ["n0", "n1"])
    }

    @Test(arguments: RenderFormat.allCases)
    func writerOutputRendersInEveryFormat(format: RenderFormat) throws {
        let bytes = try Graphviz.render(dot: DOTWriter(options: DrawingOptions(legend: true, clusters: true)).write(try hostileGraph()),
                                        format: format, engine: .dot)
        switch format {
        case .svg:
            let svg = String(decoding: bytes, as: UTF8.self)
            #expect(svg.contains("حركة النجباء"))
            #expect(svg.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;"))
            #expect(svg.contains("&amp;lt;not a tag&amp;gt;"))
        case .png:
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        case .pdf:
            #expect(bytes.starts(with: Array("%PDF".utf8)))
        }
    }
}
