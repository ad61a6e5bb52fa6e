import Testing
@testable import ActorGraph

/// Denied relations are no connections: every query leaves them out by
/// default and counts what it left out.
struct TraversalFilterTests {
    /// Fixtures/denied.ag: A denies commanding G and being a member of H;
    /// G is part of H, B a member of H, and G is funded by B, a relation
    /// nobody denies.
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("denied.ag")]).graph)
    }

    @Test func aDeniedRelationIsNoPath() throws {
        var finder = PathFinder(graph: graph)
        #expect(finder.shortestPath(from: 0, to: 3) == nil)
        var including = PathFinder(graph: graph, filter: try TraversalFilter(in: graph, includeDenied: true))
        #expect(including.shortestPath(from: 0, to: 3)?.chain(in: graph) == "A -member-of [denied by A]-> H <-member-of- B")
    }

    @Test func deniedLeftOutCountsOnlyTypesTheFilterFollows() {
        #expect(TraversalFilter().deniedLeftOut(in: graph.view) == [0, 3])
        #expect(TraversalFilter(relationTypes: [graph.schema.relationType(named: "commands")!]).deniedLeftOut(in: graph.view) == [0])
        #expect(TraversalFilter(includeDenied: true).deniedLeftOut(in: graph.view).isEmpty)
        let withoutA = GraphView(graph, entities: [false, true, true, true])
        #expect(TraversalFilter().deniedLeftOut(in: withoutA).isEmpty)
    }

    @Test func aNeighbourhoodDoesNotReachThroughADenial() {
        #expect(graph.neighborhood(of: 0, radius: 2).map(\.entity) == [0])
        #expect(graph.neighborhood(of: 0, radius: 1, filter: TraversalFilter(includeDenied: true)).map(\.entity) == [0, 1, 2])
    }

    @Test func ranksDoNotCountDenials() {
        #expect(Centrality.degree(graph.view) == [0, 2, 2, 2])
        #expect(Centrality.degree(graph.view, filter: TraversalFilter(includeDenied: true)) == [2, 3, 3, 2])
        #expect(Centrality.betweenness(graph.view)[0] == 0)
        let pageRank = Centrality.pageRank(graph.view)
        #expect(pageRank[0] < pageRank[3])
    }

    @Test func aChainDoesNotFollowADenial() {
        let up = CommandChain(graph: graph, root: 1, direction: .up)
        #expect(up.text(in: graph) == """
        G (g)
          └ part-of → H (h)
        1 denied relation left out; --include-denied to count them

        """)
        #expect(up.deniedLeftOut == 1)
        let including = CommandChain(graph: graph, root: 1, direction: .up, includeDenied: true)
        #expect(including.deniedLeftOut == 0)
        #expect(including.text(in: graph).contains("└ commanded by → A (a)  [denied by A]"))
        #expect(!including.text(in: graph).contains("left out"))
    }
}
