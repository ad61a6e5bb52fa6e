@testable import ActorGraph
import Testing

/// The one wording of evidence that tooltips and exports share.
struct EvidenceTextTests {
    @Test func anEntitysAliasesCarryTheirLanguageAndSources() throws {
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "e.ag", text: """
        source r3 "Report three" [reliability: B]
        person abu "Abu Taqwa" aka "أبو تقوى" [lang: ar, src: r3 "Abu Taqwa" 2], "Abu Taqua" [src: r3], "Taqwa"
        abu attacked abu
        """)]).graph)
        let lines = EvidenceText.entity(0, in: graph.view)
        #expect(lines[1] == "aka أبو تقوى (ar; r3 \"Abu Taqwa\" (B2)), Abu Taqua (r3 (B)), Taqwa")
    }

    @Test func evidenceSaysWhenACitedSourceRepeatsAnother() throws {
        let graph = try ActorGraphTests.graph(CorroborationTests.copied)
        let lines = EvidenceText.relation(0, in: graph.view)
        #expect(lines.contains("weapon: rockets (r000; r001; 2 reports, 1 independent (r001 repeats r000)) / missiles (r003; r004)"))
        #expect(lines.last == "sources: 2 reports, 1 independent (r001 repeats r000)")
    }
}
