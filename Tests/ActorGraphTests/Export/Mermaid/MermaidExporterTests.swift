import Testing
@testable import ActorGraph

/// The Mermaid export, read back line by line: only statements Mermaid
/// knows, one per line, every label a closed quoted string that decodes to
/// the name or the label every drawing shows; claims dotted; and a
/// selection larger than GitHub draws refused with a way to narrow it.
struct MermaidExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    private func export(_ view: GraphView, options: ExportOptions = ExportOptions()) throws -> String {
        String(decoding: try MermaidExporter().export(view, options: options).bytes, as: UTF8.self)
    }

    @Test func everyEntityAndRelationIsAStatementOfItsOwn() throws {
        let chart = MermaidFlowchart(try export(graph.view))
        #expect(chart.header == "flowchart TB")
        #expect(chart.strays.isEmpty)
        #expect(chart.nodes.map(\.id) == Array(graph.entities.indices))
        #expect(chart.nodes.map(\.label) == graph.entities.map(\.name))
        let presentation = Presentation(graph.view)
        #expect(chart.links.map(\.from) == graph.relations.map(\.subject))
        #expect(chart.links.map(\.to) == graph.relations.map(\.object))
        #expect(chart.links.map(\.label) == graph.relations.indices.map { presentation.relation($0).label.joined(separator: "\n") })
        #expect(chart.styles.contains("class n0 k2"))
        #expect(chart.styles.contains("linkStyle 0,1,2,4 stroke:#c62828,color:#c62828"))
    }

    @Test func shapesFollowTheKinds() throws {
        let chart = MermaidFlowchart(try export(graph.view))
        // A state's double octagon is a hexagon, a group's box a rectangle, a person's ellipse a stadium.
        #expect(chart.nodes.first { $0.label == "United States" }?.open == "{{")
        #expect(chart.nodes.first { $0.label == "Iraqi Army" }?.open == "[")
        #expect(chart.nodes.first { $0.label == "Pat Ryder" }?.open == "([")
    }

    @Test func claimsAreDottedAndConfirmationsThick() throws {
        let arrows = MermaidFlowchart(try export(graph.view)).links.map(\.arrow)
        // confirmed, alleged, reported (attacked is drawn bold), reported member-of, denied.
        #expect(arrows == ["==>", "-.->", "==>", "-->", "-.-x"])
        let symmetric = try Graph {
            Group("a")
            Group("b")
            Relate("a", "allied-with", "b")
        }
        #expect(MermaidFlowchart(try export(symmetric.view)).links.map(\.arrow) == ["---"])
    }

    @Test func hostileNamesLeaveTheStructureUnchanged() throws {
        let hostile = try HostileGraph.make()
        let text = try export(hostile.view)
        let chart = MermaidFlowchart(text)
        #expect(chart.strays.isEmpty, "\(chart.strays)")
        #expect(chart.nodes.count == HostileGraph.names.count && chart.links.count == HostileGraph.names.count - 1)
        // Line breaks come back as breaks, other control characters as spaces.
        let shown = HostileGraph.names.map { name in
            String(String.UnicodeScalarView(name.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").unicodeScalars.map {
                $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F ? " " : $0
            }))
        }
        #expect(chart.nodes.map(\.label) == shown)
        #expect(chart.links.allSatisfy { $0.label == "attacked · alleged by \(shown[1])\n2024-01" })
        // Nothing user-written reaches the parser outside quotes.
        for line in text.split(separator: "\n") {
            let outside = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            #expect(!outside.contains("end") && !outside.contains("click") && !outside.contains("%%{"))
        }
    }

    @Test func labelsUseMermaidsEntityCodes() throws {
        var buffer = MermaidBuffer()
        buffer.label("say \"#quot;\" <b>&</b> 100% `x` a|b\r\nnext\rC:\\\tend")
        #expect(String(decoding: buffer.storage, as: UTF8.self) ==
                "say #quot;#35;quot;#quot; #60;b#62;#38;#60;/b#62; 100#37; #96;x#96; a#124;b<br>next<br>C#58;#92; end")
    }

    /// Mermaid 11 reads labels as Markdown: emphasis, strikethrough, links
    /// and what starts a list are written as codes, so they show as written.
    @Test func markdownInLabelsIsWrittenAsCodes() {
        let cases = [
            ("**bold** and _it_", "#42;#42;bold#42;#42; and #95;it#95;"),
            ("- item", "#45; item"),
            ("+ item", "#43; item"),
            ("---", "#45;--"),
            ("  1. list", "  1#46; list"),
            ("\t2024)", " 2024#41;"),
            ("~~struck~~ [a](b) ![c](d)", "#126;#126;struck#126;#126; #91;a](b) !#91;c](d)"),
            ("me@example.com Www.example.com", "me#64;example.com Www#46;example.com"),
            ("a - b 1. c", "a - b 1. c"),
            ("1.5 tons", "1.5 tons"),
        ]
        for (name, written) in cases {
            var buffer = MermaidBuffer()
            buffer.label(name)
            #expect(String(decoding: buffer.storage, as: UTF8.self) == written)
            #expect(MermaidFlowchart.decode(written) == name.replacingOccurrences(of: "\t", with: " "))
        }
    }

    @Test func markdownNamesComeBackInNodesAndLinks() throws {
        let names = ["**bold** and _it_", "- item", "1. list", "2) second", "# heading", "> quote", "~~struck~~", "[a](b)", "www.example.com"]
        let markdown = try ActorGraphTests.graph(names.indices.map { "group g\($0) \"\(names[$0])\"\n" }.joined()
            + names.indices.dropFirst().map { "g0 attacked g\($0) [status: alleged, by: g\($0)]\n" }.joined())
        let chart = MermaidFlowchart(try export(markdown.view))
        #expect(chart.strays.isEmpty, "\(chart.strays)")
        #expect(chart.nodes.map(\.label) == names)
        #expect(chart.links.map(\.label) == names.dropFirst().map { "attacked · alleged by \($0)" })
    }

    @Test func anEmptyNameIsABlankLabel() throws {
        let unnamed = try ActorGraphTests.graph(#"group a """#)
        #expect(MermaidFlowchart(try export(unnamed.view)).nodes == [MermaidFlowchart.Node(id: 0, open: "[", label: " ")])
    }

    @Test func aLargerSelectionThanGitHubDrawsIsRefusedWithAWayOut() throws {
        var builder = GraphBuilder()
        let group = try #require(builder.schema.kind(named: "group"))
        for index in 0...MermaidExporter.maximumLinks { builder.addEntity(id: "g\(index)", kind: group) }
        for index in 1...MermaidExporter.maximumLinks { builder.addRelation(.id("g0"), "attacked", .id("g\(index)")) }
        builder.addRelation(.id("g1"), "allied-with", .id("g2"))
        let large = builder.build().graph
        #expect(large.relations.count == MermaidExporter.maximumLinks + 1)
        do {
            _ = try export(large.view)
            Issue.record("a diagram of \(large.relations.count) relations was written")
        } catch let error as ExportError {
            #expect(error.message.contains("501 relations") && error.message.contains("500"))
            #expect(error.message.contains("--focus") && error.message.contains("--only-relations"))
        }
        // Exactly the most GitHub draws is fine, and so is a narrower selection.
        let attacks = try export(large.view.selecting(relationTypes: [try #require(large.schema.relationType(named: "attacked"))]))
        #expect(MermaidFlowchart(attacks).links.count == MermaidExporter.maximumLinks)
    }

    @Test func aDiagramLongerThanGitHubDrawsIsRefused() throws {
        var builder = GraphBuilder()
        let group = try #require(builder.schema.kind(named: "group"))
        for index in 0..<60 { builder.addEntity(id: "g\(index)", kind: group, name: String(repeating: "\"<long name>\" ", count: 60)) }
        do {
            _ = try export(builder.build().graph.view)
            Issue.record("a diagram of more than \(MermaidExporter.maximumCharacters) characters was written")
        } catch let error as ExportError {
            #expect(error.message.contains("characters") && error.message.contains("--focus"))
        }
    }

    @Test func aFilteredViewAndADirectionAreHonoured() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let chart = MermaidFlowchart(try export(view, options: ExportOptions(drawing: DrawingOptions(direction: .LR))))
        #expect(chart.header == "flowchart LR")
        #expect(chart.links.count == view.relationCount && chart.links.count == 3)
    }

    @Test func theOutputIsDeterministicAndMatchesItsGoldenFile() throws {
        let first = try export(graph.view)
        #expect(first == (try export(graph.view)))
        try Golden.check(first, "mermaid-evidence.mmd")
    }
}
