import ActorGraph
import SyntheticGraphs
import Testing

struct SyntheticGraphTests {
    @Test func sameSeedSameText() {
        #expect(SyntheticGraph(entityCount: 50, relationCount: 200, seed: 1).text()
            == SyntheticGraph(entityCount: 50, relationCount: 200, seed: 1).text())
        #expect(SyntheticGraph(entityCount: 50, relationCount: 200, seed: 1).text()
            != SyntheticGraph(entityCount: 50, relationCount: 200, seed: 2).text())
    }

    @Test func everyRelationChecksClean() throws {
        let text = SyntheticGraph(entityCount: 300, relationCount: 2_000, seed: 9).text()
        let result = GraphCompiler.compile([SourceFile(path: "s.ag", bytes: text)])
        #expect(result.errorCount == 0)
        let graph = try #require(result.graph)
        #expect(graph.entities.count == 300)
        #expect(graph.relations.count == 2_000)
    }

    @Test func withSourcesEveryRelationCitesOneAndTheTextWithoutIsUnchanged() throws {
        let plain = SyntheticGraph(entityCount: 50, relationCount: 200, seed: 1)
        let cited = SyntheticGraph(entityCount: 50, relationCount: 200, seed: 1, sourceCount: 8)
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "s.ag", bytes: cited.text())]).graph)
        #expect(graph.sources.count == 8)
        #expect(graph.sources[3].date == PartialDate("2024-01"))
        #expect(graph.sources[4].date == PartialDate("2024-01-05"))
        #expect(graph.relations.allSatisfy { $0.citations.count == 1 })
        let uncited = try #require(GraphCompiler.compile([SourceFile(path: "s.ag", bytes: plain.text())]).graph)
        #expect(uncited.relations.map(\.subject) == graph.relations.map(\.subject))
        #expect(uncited.sources.isEmpty)
    }
}
