import ActorGraph
import SyntheticGraphs
import Testing

struct CentralityTests {
    @Test func betweennessMatchesItsDefinition() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<250 {
            let graph = RandomGraphs.graph(using: &random, maxEntities: 6, maxRelations: 10)
            let filter = TraversalFilter(directed: Bool.random(using: &random))
            let found = Centrality.betweenness(graph.view, filter: filter)
            let oracle = BruteForce.betweenness(of: graph, filter: filter)
            for (a, b) in zip(found, oracle) { #expect(abs(a - b) < 1e-9) }
        }
    }

    @Test func pageRankMatchesTheLinearSolution() {
        var random = SplitMix64(seed: 6)
        for _ in 0..<250 {
            let graph = RandomGraphs.graph(using: &random)
            let filter = TraversalFilter(directed: Bool.random(using: &random))
            let found = Centrality.pageRank(graph.view, filter: filter, tolerance: 1e-12, maxIterations: 10_000)
            let oracle = BruteForce.pageRank(of: graph, filter: filter)
            #expect(abs(found.reduce(0, +) - 1) < 1e-9)
            for (a, b) in zip(found, oracle) { #expect(abs(a - b) < 1e-8) }
        }
    }

    @Test func degreeCountsEveryRelationEitherWay() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            Relate("a", "attacked", "b")
            Relate("a", "attacked", "b")
            Relate("a", "attacked", "a")
        }
        #expect(Centrality.degree(graph.view) == [4, 2])
    }

    @Test func knownStarAndPathValues() throws {
        // A path a - b - c: b lies on the only a-c path, as NetworkX reports 1.0.
        let line = try Graph {
            Group("a")
            Group("b")
            Group("c")
            Relate("a", "allied-with", "b")
            Relate("b", "allied-with", "c")
        }
        #expect(Centrality.betweenness(line.view) == [0, 1, 0])
        #expect(Centrality.ranking(Centrality.pageRank(line.view)) == [1, 0, 2])
    }

    @Test func rankingBreaksTiesByFileOrder() {
        #expect(Centrality.ranking([1, 3, 3, 0]) == [1, 2, 0, 3])
        // Sums in another order differ in the last bits; still a tie.
        #expect(Centrality.ranking([0.1 + 0.2, 0.3, 0.2]) == [0, 1, 2])
    }

    @Test func directedDegreeCountsRelationsOut() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            Relate("a", "attacked", "b")
            Relate("a", "allied-with", "b")
        }
        #expect(Centrality.degree(graph.view, filter: TraversalFilter(directed: true)) == [2, 1])
    }
}
