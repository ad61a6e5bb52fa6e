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
}
