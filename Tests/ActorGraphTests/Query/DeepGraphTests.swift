import Testing
@testable import ActorGraph

/// Walks that once recursed must survive hierarchies far deeper than the
/// call stack allows (they crashed at about 10,000 levels in debug builds).
struct DeepGraphTests {
    static let depth = 20_000

    /// g0 part-of g1 part-of ... part-of g(depth-1).
    static let chain: Graph = {
        var builder = GraphBuilder()
        for index in 0..<depth { builder.addEntity(id: "g\(index)", kind: 1) }
        for index in 0..<(depth - 1) { builder.addRelation(.index(index), "part-of", .index(index + 1)) }
        return builder.build().graph
    }()

    @Test func chainOfCommandWalksTheWholeDepth() {
        #expect(CommandChain(graph: Self.chain, root: 0, direction: .up).lines.count == Self.depth)
    }

    @Test func everyShortestPathAlongADeepChain() {
        var finder = PathFinder(graph: Self.chain)
        let (paths, complete) = finder.allShortestPaths(from: 0, to: Self.depth - 1, limit: 5)
        #expect(complete && paths.map(\.length) == [Self.depth - 1])
    }

    @Test func everySimplePathAlongADeepChain() {
        var finder = PathFinder(graph: Self.chain)
        let (paths, complete) = finder.allSimplePaths(from: 0, to: Self.depth - 1, maxHops: Self.depth, limit: 5)
        #expect(complete && paths.count == 1)
    }

    @Test func nestedClustersStayLinearInSize() {
        let dot = DOTWriter(options: DrawingOptions(clusters: true)).write(Self.chain)
        #expect(dot.components(separatedBy: "subgraph \"cluster_").count == Self.depth)
        // Indentation stops growing after eight levels.
        #expect(dot.utf8.count < Self.depth * 400)
    }
}
