import ActorGraph
import ActorGraphRender
import Testing

/// What a reader of the SVG finally sees: every name and every tooltip,
/// drawn by Graphviz from the writer's DOT, must be the text the user
/// wrote, whatever backslashes, quotes, control characters or
/// noncharacters it holds; and the SVG must stay well-formed XML.
struct DOTWriterSVGTests {
    /// Every backslash sequence Graphviz gives a meaning to somewhere, and
    /// characters XML or a terminal cannot take.
    static let names = [
        #"\N node"#, #"\G graph"#, #"\T tail"#, #"\H head"#, #"\E edge"#, #"\L last"#,
        #"\n not a break"#, #"\l \r"#, #"double \\ back"#, #"trailing \"#, #"quote \""#,
        "nonchar \u{FFFE} and \u{FFFF}", "escape \u{1B}]0;PWNED\u{7}", "c1 \u{85}\u{9B}", "&lt;b&gt; & <i>",
    ]

    /// The text a reader should see: what the writer keeps of `name`.
    static func shown(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { scalar in
            !(scalar.value < 0x20 && scalar != "\t" && scalar != "\n") && !(0x7F...0x9F).contains(scalar.value)
                && scalar != "\u{FFFE}" && scalar != "\u{FFFF}"
        }))
    }

    /// Graphviz writes a run of spaces with no-break spaces, so it keeps its width.
    static func normalised(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }

    func graph() throws -> Graph {
        try Graph {
            for (index, name) in Self.names.enumerated() {
                Group("g\(index)", name)
            }
            for index in Self.names.indices.dropFirst() {
                Relate("g0", "commands", "g\(index)", attributes: [Attribute("note", Self.names[index])])
            }
        }
    }

    @Test(arguments: [false, true])
    func labelsAndTooltipsShowWhatWasWritten(clusters: Bool) throws {
        let graph = try graph()
        let svg = try Graphviz.render(dot: DOTWriter(options: DrawingOptions(clusters: clusters)).write(graph), format: .svg, engine: .dot)
        let tree = try SVGTree(svg)
        let nodes = tree.root.descendants.filter { $0.attributes["class"] == "node" }
        #expect(nodes.count == graph.entities.count)
        for node in nodes {
            let id = try #require(node.children.first { $0.name == "title" }?.text)
            let index = try #require(Int(id.dropFirst()))
            let label = node.descendants.filter { $0.name == "text" }.map(\.text).joined()
            #expect(Self.normalised(label) == Self.shown(Self.names[index]), "label of \(id)")
            let tooltip = try #require(node.descendants.first { $0.name == "a" }?.attributes["xlink:title"])
            #expect(Self.normalised(tooltip) == "g\(index) (group)", "tooltip of \(id)")
        }
        let edges = tree.root.descendants.filter { $0.attributes["class"] == "edge" }
        #expect(edges.count == graph.relations.count)
        for edge in edges {
            let tooltip = try #require(edge.descendants.first { $0.name == "a" }?.attributes["xlink:title"])
            #expect(Self.names.dropFirst().map { "note: " + Self.shown($0) }.contains(Self.normalised(tooltip)), "edge tooltip \(tooltip)")
        }
    }

    @Test func aliasesInTooltipsKeepTheirBackslashes() throws {
        let graph = try Graph { Person("p", "P", aka: [#"\N"#, #"a\\b"#, #"end\"#]) }
        let svg = try Graphviz.render(dot: DOTWriter().write(graph), format: .svg, engine: .dot)
        let tooltip = try SVGTree(svg).root.descendants.first { $0.name == "a" }?.attributes["xlink:title"]
        #expect(tooltip == "p (person)\naka \\N, a\\\\b, end\\")
    }
}
