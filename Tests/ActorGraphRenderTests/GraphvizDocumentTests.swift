import ActorGraphRender
import Testing

/// How a label written as a quoted DOT string comes back from Graphviz: the stored
/// attribute value (what Graphviz's lexer made of the quoted text) and the text
/// Graphviz draws for it.
struct LabelCase: Sendable, CustomTestStringConvertible {
    /// The characters between the quotes in the DOT text.
    let quoted: String
    let stored: String
    let displayed: String

    var testDescription: String { quoted.debugDescription }
}

struct GraphvizDocumentTests {
    @Test(arguments: [
        LabelCase(quoted: #"plain"#, stored: #"plain"#, displayed: "plain"),
        LabelCase(quoted: #"say \"hi\""#, stored: #"say "hi""#, displayed: #"say "hi""#),
        LabelCase(quoted: #"a\\b"#, stored: #"a\\b"#, displayed: #"a\b"#),
        LabelCase(quoted: #"C:\\dir\\"#, stored: #"C:\\dir\\"#, displayed: #"C:\dir\"#),
        LabelCase(quoted: #"abc\\"#, stored: #"abc\\"#, displayed: #"abc\"#),
        LabelCase(quoted: #"\\\\"#, stored: #"\\\\"#, displayed: #"\\"#),
        LabelCase(quoted: #"\\\""#, stored: #"\\""#, displayed: #"\""#),
        LabelCase(quoted: #"line1\nline2"#, stored: #"line1\nline2"#, displayed: "line1\nline2"),
        LabelCase(quoted: #"a\\nb"#, stored: #"a\\nb"#, displayed: #"a\nb"#),
        LabelCase(quoted: "raw\nnewline", stored: "raw\nnewline", displayed: "raw\nnewline"),
        LabelCase(quoted: "joined\\\nline", stored: "joinedline", displayed: "joinedline"),
        LabelCase(quoted: "carriage\rreturn", stored: "carriage\rreturn", displayed: "carriage\rreturn"),
        LabelCase(quoted: "tab\there", stored: "tab\there", displayed: "tab\there"),
        LabelCase(quoted: #"<b>not html</b>"#, stored: #"<b>not html</b>"#, displayed: #"<b>not html</b>"#),
        LabelCase(quoted: #"{a|b} <p> x"#, stored: #"{a|b} <p> x"#, displayed: #"{a|b} <p> x"#),
        LabelCase(quoted: "حركة النجباء", stored: "حركة النجباء", displayed: "حركة النجباء"),
        LabelCase(quoted: "emoji 🎭 e\u{301}", stored: "emoji 🎭 e\u{301}", displayed: "emoji 🎭 e\u{301}"),
        LabelCase(quoted: #"R&amp;D &lt;x&gt;"#, stored: #"R&amp;D &lt;x&gt;"#, displayed: "R&D <x>"),
        LabelCase(quoted: #"\N"#, stored: #"\N"#, displayed: #"\N"#),
    ])
    func labelsComeBackAsGraphvizReadThem(label: LabelCase) throws {
        let document = try Graphviz.read(dot: "digraph { n [label=\"\(label.quoted)\"]; after }")
        #expect(document.nodes.map(\.name) == ["n", "after"])
        let stored = try #require(document.node(named: "n")?.attributes["label"])
        #expect(stored == label.stored)
        #expect(GraphvizEscString.displayedText(of: stored) == label.displayed)
        #expect(document.node(named: "after")?.attributes["label"] == #"\N"#)
        #expect(document.warnings.isEmpty)
    }

    @Test func aLoneBackslashBeforeTheClosingQuoteEscapesIt() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: #"digraph { n [label="a\"]; after }"#)
        }
        #expect(error?.stage == .parse)
    }

    @Test func quotedNodeNamesGoThroughTheSameLexer() throws {
        let document = try Graphviz.read(dot: #"digraph { "a\\" -> "say \"hi\""; "حركة" }"#)
        #expect(document.nodes.map(\.name) == [#"a\\"#, #"say "hi""#, "حركة"])
        #expect(document.edges(from: #"a\\"#, to: #"say "hi""#).count == 1)
    }

    @Test func readsGraphNodesEdgesAndAttributes() throws {
        let document = try Graphviz.read(dot: #"""
            strict digraph "My graph" {
                graph [rankdir=LR];
                node [shape=box];
                a [color=red];
                b;
                a -> b [label="first", weight=2];
                b -> a;
            }
            """#)
        #expect(document.name == "My graph")
        #expect(document.isDirected)
        #expect(document.isStrict)
        #expect(document.attributes == ["rankdir": "LR"])
        #expect(document.nodes == [
            .init(name: "a", attributes: ["label": #"\N"#, "shape": "box", "color": "red"]),
            .init(name: "b", attributes: ["label": #"\N"#, "shape": "box", "color": ""]),
        ])
        #expect(document.edges == [
            .init(tail: "a", head: "b", attributes: ["label": "first", "weight": "2"]),
            .init(tail: "b", head: "a", attributes: ["label": "", "weight": ""]),
        ])
        #expect(document.subgraphs.isEmpty)
    }

    @Test func undirectedAnonymousGraph() throws {
        let document = try Graphviz.read(dot: "graph { x -- y }")
        #expect(document.name == "")
        #expect(!document.isDirected)
        #expect(!document.isStrict)
        #expect(document.edges.map { [$0.tail, $0.head] } == [["x", "y"]])
    }

    @Test func subgraphsComeInDeclarationOrderWithTheirNodes() throws {
        let document = try Graphviz.read(dot: #"""
            digraph {
                subgraph zeta { z }
                subgraph cluster_outer {
                    label="Outer";
                    subgraph cluster_inner { label="Inner"; i1; i2 }
                    o
                }
                { rank=same; z; o }
                subgraph "alpha beta" { ab }
            }
            """#)
        #expect(document.subgraphNames == ["zeta", "cluster_outer", "cluster_inner", "", "alpha beta"])
        let outer = try #require(document.subgraphs.first { $0.name == "cluster_outer" })
        #expect(outer.attributes["label"] == "Outer")
        #expect(outer.nodeNames == ["i1", "i2", "o"])
        #expect(outer.subgraphs.map(\.nodeNames) == [["i1", "i2"]])
        #expect(outer.subgraphs.first?.attributes["label"] == "Inner")
        #expect(document.subgraphs[2].attributes["rank"] == "same")
        #expect(document.subgraphs[2].nodeNames == ["z", "o"])
    }

    @Test func reportsLexerWarnings() throws {
        let document = try Graphviz.read(dot: "digraph { a -> 1b }")
        #expect(document.warnings == ["syntax ambiguity - badly delimited number '1b' in line 1 of input splits into two tokens"])
        #expect(document.edges.map { [$0.tail, $0.head] } == [["a", "1"]])
        #expect(document.nodes.map(\.name) == ["a", "1", "b"])
    }

    @Test func syntaxErrorIsAParseError() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: "digraph { a [label=] }")
        }
        #expect(error?.stage == .parse)
        #expect(error?.message.contains("syntax error") == true)
    }
}
