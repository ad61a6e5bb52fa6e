import ActorGraphRender
import Testing

/// What ``GraphvizDocument`` tells of what the DOT text itself says, as an
/// importer needs it: attributes set rather than defaulted, edge keys,
/// HTML-like values, and how it copes with hostile input.
struct GraphvizDocumentExplicitAttributesTests {
    @Test func explicitAttributesLeaveOutTheDefaults() throws {
        let document = try Graphviz.read(dot: #"""
            digraph {
                node [shape=box];
                a [color=red, date="2020"];
                b;
                subgraph s { node [kind=person]; c }
                a -> b [label=funds];
                b -> c;
            }
            """#)
        #expect(document.nodeDefaults["shape"] == "box")
        #expect(document.nodeDefaults["label"] == #"\N"#)
        let nodes = Dictionary(uniqueKeysWithValues: document.nodes.map { ($0.name, document.explicitAttributes(of: $0)) })
        #expect(nodes["a"] == ["color": "red", "date": "2020"])
        #expect(nodes["b"] == [:])
        #expect(nodes["c"] == ["kind": "person"])
        #expect(document.edges.map { document.explicitAttributes(of: $0) } == [["label": "funds"], [:]])
    }

    @Test func subgraphAndRootAttributes() throws {
        let document = try Graphviz.read(dot: #"""
            graph { label="Whole"; subgraph cluster_x { label="Inner"; a } subgraph y { b } }
            """#)
        #expect(document.explicitAttributes == ["label": "Whole"])
        #expect(document.subgraphs.map { document.explicitAttributes(of: $0) } == [["label": "Inner"], [:]])
    }

    @Test func edgesKeepTheirKeys() throws {
        let document = try Graphviz.read(dot: "digraph { a -> b [key=first]; a -> b [key=\"second one\"]; a -> b }")
        #expect(Set(document.edges.map(\.key)) == ["first", "second one", nil])
        #expect(document.edges.allSatisfy { $0.attributes["key"] == nil })
    }

    @Test func htmlLabelsAreToldFromQuotedOnes() throws {
        let document = try Graphviz.read(dot: #"digraph { a [label=<<b>Bold</b> &amp; co>]; b [label="<b>quoted</b>"]; a -> b [label=<<i>x</i>>] }"#)
        let a = try #require(document.node(named: "a")), b = try #require(document.node(named: "b"))
        #expect(a.htmlAttributes == ["label"])
        #expect(a.attributes["label"] == "<b>Bold</b> &amp; co")
        #expect(b.htmlAttributes.isEmpty)
        #expect(document.edges.first?.htmlAttributes == ["label"])
    }

    @Test func strictUndirectedGraphsMergeTheirEdges() throws {
        let document = try Graphviz.read(dot: "strict graph { a -- b; b -- a; a -- b [weight=2] }")
        #expect(document.isStrict && !document.isDirected)
        #expect(document.edges.count == 1)
    }

    @Test func deepSubgraphsAreCutWithAWarning() throws {
        let depth = 300
        let dot = "digraph {" + String(repeating: "subgraph { ", count: depth) + "deep" + String(repeating: " }", count: depth) + " }"
        let document = try Graphviz.read(dot: dot)
        #expect(document.nodes.map(\.name) == ["deep"])
        #expect(document.warnings.contains { $0.contains("nested deeper than") })
        var level = document.subgraphs, levels = 0
        while let first = level.first {
            levels += 1
            level = first.subgraphs
        }
        #expect(levels == 100)
    }

    @Test(arguments: [
        "digraph { \"unterminated }",
        "digraph { a -> -> b }",
        "digraph { <<<< }",
        "graph { a -- b } trailing garbage {",
        String(repeating: "{", count: 20_000),
        "digraph { a [label=<unclosed] }",
        "\u{FEFF}digraph { a }",
        "",
    ])
    func hostileInputIsAnErrorOrAGraph(dot: String) {
        // Neither answer is wrong for every one of these; crashing or hanging is.
        do {
            _ = try Graphviz.read(dot: dot)
        } catch {
            #expect(error.stage == .parse)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func largeGraphsAreReadWhole() throws {
        let count = 20_000
        let dot = "digraph {\n" + (0 ..< count).map { "n\($0) -> n\(($0 * 7 + 1) % count) [date=\"\($0)\"];\n" }.joined() + "}\n"
        let document = try Graphviz.read(dot: dot)
        #expect(document.nodes.count == count)
        #expect(document.edges.count == count)
    }
}
