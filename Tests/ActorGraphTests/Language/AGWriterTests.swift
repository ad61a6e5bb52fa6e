@testable import ActorGraph
import Testing

/// The canonical `.ag` text: its layout, and that it compiles back to the graph.
struct AGWriterTests {
    @Test func writesDeclarationsSourcesEntitiesByKindThenRelations() throws {
        let graph = try graph("""
        source r0 "Wire" [outlet: "EFE", reliability: B, date: 2024-01]
        kind event [shape: "note", color: "gray40"]
        relation blames [from: actor, to: any, style: dashed, role: hostility]
        relation attacked [color: "red3"]
        event strike "Strike \\"one\\"" [killed: 3 [src: r0 "three" 2], 2 [src: r0]]
        person abu "Abu\\tTaqwa" aka "Abu Taqua", "أبو تقوى" [src: r0]
        group nujaba
        abu blames nujaba [status: alleged, by: nujaba, from: 2019, to: 2024-01-04]
        nujaba attacked strike [date: 2024-01-04, src: r0]
        """)
        #expect(AGWriter.write(graph) == """
        kind event [shape: "note", color: "gray40", fill: "#eeeeee"]
        relation attacked [color: "red3"]
        relation blames   [
            from:      actor,
            to:        any,
            role:      hostility,
            symmetric: false,
            style:     dashed,
            color:     "#424242",
            arrowhead: "normal"
        ]

        source r0 "Wire" [reliability: B, date: 2024-01, outlet: EFE]

        person abu    "Abu\\tTaqwa"     aka "Abu Taqua", "أبو تقوى" [src: r0]
        group  nujaba "nujaba"
        event  strike "Strike \\"one\\""                             [killed: 3 [src: r0 "three" 2], 2 [src: r0]]

        abu    blames   nujaba [status: alleged, by: nujaba, from: 2019, to: 2024-01-04]
        nujaba attacked strike [date: 2024-01-04, src: r0]

        """)
    }

    @Test func anEmptyGraphIsEmptyText() throws {
        #expect(AGWriter.write(try graph("")) == "")
    }

    @Test func whatItWritesCompilesToTheSameGraph() throws {
        let original = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        let written = AGWriter.write(original, entityOrder: .given)
        let back = try graph(written)
        #expect(AGWriter.write(back, entityOrder: .given) == written)
        #expect(JSONImporterTests.Contents(back) == JSONImporterTests.Contents(original))
    }

    @Test func aValuesClaimIsWrittenBeforeItsSources() throws {
        let original = try graph(EvidenceChecksTests.valueClaims)
        let written = AGWriter.write(original, entityOrder: .given)
        #expect(written.contains("made-in: iran [status: assessed, by: us-military, src: r0]"), "\(written)")
        #expect(written.contains("civilians: 0 [status: claimed, by: ryder, src: r0]"), "\(written)")
        #expect(written.contains("3 [src: r0], 2 [status: alleged, src: r0]"), "\(written)")
        #expect(JSONImporterTests.Contents(try graph(written)) == JSONImporterTests.Contents(original))
    }

    @Test func wordsAreWhatTheLexerReadsAsWords() {
        #expect(AGWriter.isWord("nujaba-12") && AGWriter.isWord("2024-01-04") && AGWriter.isWord("_x.y"))
        #expect(!AGWriter.isWord("") && !AGWriter.isWord("-a") && !AGWriter.isWord("a b") && !AGWriter.isWord("é"))
    }
}
