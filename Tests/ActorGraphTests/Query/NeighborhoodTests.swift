import ActorGraph
import SyntheticGraphs
import Testing

struct NeighborhoodTests {
    @Test func matchesTheOracleOnRandomGraphs() {
        var random = SplitMix64(seed: 77)
        for _ in 0..<400 {
            let graph = RandomGraphs.graph(using: &random)
            let filter = RandomGraphs.filter(for: graph, using: &random)
            for center in graph.entities.indices where !filter.avoided.contains(center) {
                for radius in 0...3 {
                    let found = graph.neighborhood(of: center, radius: radius, filter: filter)
                    let oracle = BruteForce.distances(from: center, radius: radius, in: graph, filter: filter)
                    #expect(Dictionary(uniqueKeysWithValues: found.map { ($0.entity, $0.distance) }) == oracle)
                    #expect(found.map(\.distance) == found.map(\.distance).sorted())
                }
            }
        }
    }

    @Test func egoGraphKeepsEveryRelationAmongTheNeighbours() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            Group("c")
            Group("d")
            Relate("a", "part-of", "b")
            Relate("b", "part-of", "c")
            Relate("c", "part-of", "a")
            Relate("c", "part-of", "d")
        }
        let ego = graph.view.egoView(center: 0, radius: 1)
        #expect(ego.entityIndices.map { graph.entities[$0].id } == ["a", "b", "c"])
        #expect(ego.relationIndices == [0, 1, 2])
        #expect(!ego.contains(entity: 3))
    }
}
