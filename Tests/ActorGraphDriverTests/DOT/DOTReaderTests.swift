import ActorGraph
import ActorGraphDriver
import SyntheticGraphs
import Testing

/// Reads `text` as a DOT file `t.dot`.
private func read(_ text: String) -> ImportReading {
    DOTReader().read(SourceFile(path: "t.dot", text: text), settings: ImportSettings())
}

/// ActorGraph's DOT export of `graph`.
private func exported(_ graph: Graph, _ drawing: DrawingOptions = DrawingOptions()) throws -> SourceFile {
    SourceFile(path: "g.dot", bytes: try DOTExporter().export(graph.view, options: ExportOptions(drawing: drawing)).bytes)
}

private func compiled(_ text: String) throws -> Graph {
    let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)])
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    return try #require(result.graph)
}

struct DOTReaderTests {
    // MARK: ActorGraph's own export

    static let evidence = """
        kind event [shape: "note"]
        source r0 "Wire report"
        person abu_taqwa "Abu \\"Taqwa\\"" aka "A. Taqwa", "أبو تقوى"
        group kh "Kata'ib Hezbollah" aka KH
        state iran "Iran"
        event strike "Strike & aftermath"
        abu_taqwa member-of kh [status: alleged, by: iran, from: 2019, to: 2023-05]
        kh funded-by iran [status: confirmed, src: r0 "financed by Iran"]
        kh attacked strike [date: 2024-01-04]
        iran allied-with kh
        """

    @Test(arguments: [false, true])
    func ownExportReadsBackWithIDsKindsAndClaims(clusters: Bool) throws {
        let graph = try compiled(Self.evidence)
        var drawing = DrawingOptions()
        drawing.clusters = clusters
        drawing.legend = true
        let reading = DOTReader().read(try exported(graph, drawing), settings: ImportSettings())
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let document = try #require(reading.document)
        #expect(document.entities.map(\.key) == ["abu_taqwa", "kh", "iran", "strike"])
        #expect(document.entities.map(\.kind) == ["person", "group", "state", "event"])
        #expect(document.entities.map(\.name) == ["Abu \"Taqwa\"", "Kata'ib Hezbollah", "Iran", "Strike & aftermath"])
        #expect(document.entities[0].aliases == ["A. Taqwa", "أبو تقوى"])
        #expect(document.entities.allSatisfy { $0.attributes.isEmpty })

        let relations = Dictionary(uniqueKeysWithValues: document.relations.map { ($0.type, $0) })
        #expect(relations.count == 4)
        let member = try #require(relations["member-of"])
        #expect(member.subject == .key("abu_taqwa") && member.object == .key("kh"))
        #expect(member.status == .alleged && member.claimants == [.name("Iran")])
        #expect(member.attributes.map(\.key) == ["from", "to"] && member.attributes.map(\.value) == ["2019", "2023-05"])
        #expect(relations["funded-by"]?.status == .confirmed)
        #expect(relations["attacked"]?.attributes.map(\.value) == ["2024-01-04"])
        #expect(relations["allied-with"]?.status == .reported)
        #expect(member.origin.element == #"edge "n0" -> "n1""#)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func syntheticGraphsReadBack(seed: UInt64) throws {
        let result = GraphCompiler.compile([SourceFile(path: "s.ag", bytes: SyntheticGraph(entityCount: 200, relationCount: 600, seed: seed).text())])
        let graph = try #require(result.graph)
        let document = try #require(DOTReader().read(try exported(graph), settings: ImportSettings()).document)
        #expect(document.entities.map(\.key) == graph.entities.map(\.id))
        #expect(document.entities.map(\.name) == graph.entities.map(\.name))
        #expect(document.entities.map(\.kind) == graph.entities.map { graph.schema.kinds[$0.kind].name })
        #expect(document.entities.map(\.aliases) == graph.entities.map(\.aliases))
        // Graphviz groups edges by tail; as multisets they are the same.
        func count(_ triples: [String]) -> [String: Int] { triples.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let read = document.relations.map { "\($0.subject) \($0.type) \($0.object) \($0.status)" }
        let written = graph.relations.map {
            "\(ImportReference.key(graph.entities[$0.subject].id)) \(graph.schema.relationTypes[$0.type].name) \(ImportReference.key(graph.entities[$0.object].id)) \($0.status)"
        }
        #expect(count(read) == count(written))
    }

    // MARK: Other DOT

    @Test func plainDOTMapsNodesAndEdges() throws {
        let reading = read(#"""
            // Who funds whom
            digraph money {
              node [shape=box, kind=group];
              hamas [label="Hamas", date="1987"];
              iran [label="\N", kind=state, color=red];
              "Abu X" [class=person, label=<<b>Abu</b> X>];
              subgraph cluster_gaza { label="Gaza"; hamas }
              hamas -> iran [label="funded-by", date="2020"];
              "Abu X" -> hamas [label="leads the group", status=alleged, "source url"="http://x"];
            }
            """#)
        #expect(reading.diagnostics.isEmpty)
        let document = try #require(reading.document)
        #expect(document.entities.map(\.key) == ["hamas", "iran", "Abu X"])
        #expect(document.entities.map(\.name) == ["Hamas", "iran", "Abu X"])
        #expect(document.entities.map(\.kind) == ["group", "state", "person"])
        #expect(document.entities[0].attributes.map { "\($0.key)=\($0.value)" } == ["date=1987", "cluster=Gaza"])
        #expect(document.entities[1].attributes.isEmpty, "drawing attributes are not facts")
        let funds = document.relations.first { $0.subject == .key("hamas") }
        #expect(funds?.type == "funded-by" && funds?.object == .key("iran"))
        #expect(funds?.attributes.map(\.key) == ["date"])
        let leads = document.relations.first { $0.subject == .key("Abu X") }
        #expect(leads?.type == "" && leads?.status == .alleged)
        #expect(leads?.attributes.map { "\($0.key)=\($0.value)" } == ["label=leads the group", "source-url=http://x"])

        // Origins: where the node or edge is first written.
        #expect(document.entities[0].origin.element == #"node "hamas""#)
        let hamas = document.file.location(at: document.entities[0].origin.span.lowerBound)
        #expect(hamas.line == 4 && hamas.column == 3)
        let edge = document.file.location(at: try #require(funds).origin.span.lowerBound)
        #expect(edge.line == 8)
    }

    @Test func undirectedAndStrictGraphsAreRead() throws {
        let document = try #require(read("strict graph { a -- b; b -- a; c }").document)
        #expect(document.entities.map(\.key) == ["a", "b", "c"])
        #expect(document.relations.count == 1)
        #expect(document.relations.first?.origin.element == #"edge "a" -- "b""#)
    }

    @Test func recognizesDOTAfterCommentsOnly() {
        let reader = DOTReader()
        for text in ["digraph { }", "  /* c */ // x\n# 1 \"f\"\nSTRICT graph {}", "graph{}", "\u{FEFF}digraph g {}"] {
            #expect(reader.recognizes(ArraySlice(text.utf8)), "\(text)")
        }
        for text in ["graphs {}", "{\"id\":1}", "person a", "/* digraph */ node"] {
            #expect(!reader.recognizes(ArraySlice(text.utf8)), "\(text)")
        }
        #expect(FormatRegistry.tool.reader(for: SourceFile(path: "x.gv", text: "")) is DOTReader)
        #expect(FormatRegistry.tool.reader(named: "dot") is DOTReader)
    }

    // MARK: Bad input

    @Test func syntaxErrorsAreAtTheLineGraphvizNames() throws {
        let reading = read("digraph {\n  a -> b\n  b -> ;\n}\n")
        #expect(reading.document == nil)
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(diagnostic.id == .malformedDOT && diagnostic.severity == .error)
        #expect(diagnostic.location?.line == 3 && diagnostic.location?.lineText == "  b -> ;")
        #expect(diagnostic.message.contains("syntax error"))
    }

    @Test func warningsKeepTheGraph() throws {
        let reading = read("digraph {\n a -> 1b\n}")
        #expect(reading.diagnostics.map(\.id) == [.graphvizWarning])
        #expect(reading.diagnostics.first?.location?.line == 2)
        #expect(reading.document?.entities.count == 3)
    }

    @Test func badBytesAreLocated() throws {
        let nul = read("digraph {\n a\u{0} }")
        #expect(nul.diagnostics.map(\.id) == [.malformedDOT])
        #expect(nul.diagnostics.first?.location?.line == 2 && nul.diagnostics.first?.location?.column == 3)
        let latin1 = DOTReader().read(SourceFile(path: "t.dot", bytes: Array("digraph { \"caf".utf8) + [0xE9] + Array("\" }".utf8)),
                                      settings: ImportSettings())
        #expect(latin1.diagnostics.map(\.id) == [.invalidUTF8])
        #expect(latin1.diagnostics.first?.location?.column == 15)
    }

    @Test(arguments: [
        "", "digraph", "digraph {", "graph { a -- b } graph { c }", String(repeating: "digraph { a -> ", count: 50),
        "digraph { a [label=<<table><tr><td>x</td></tr>>] }", "digraph {" + String(repeating: "subgraph { ", count: 400) + "x" + String(repeating: "}", count: 400) + "}",
    ])
    func hostileInputIsReportedNotCrashed(text: String) {
        let reading = read(text)
        #expect(reading.document != nil || reading.diagnostics.contains { $0.severity == .error && $0.location != nil })
    }
}
