import ActorGraphRender
import Testing

struct GraphvizEngineTests {
    @Test func rawValuesAreGraphvizLayoutNames() {
        #expect(GraphvizEngine.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    }

    @Test(arguments: [0, 1, 999, 1_000])
    func recommendsDotUpToTheThreshold(nodeCount: Int) {
        #expect(GraphvizEngine.recommended(forNodeCount: nodeCount) == .dot)
    }

    @Test(arguments: [1_001, 5_000, 1_000_000])
    func recommendsSfdpAboveTheThreshold(nodeCount: Int) {
        #expect(GraphvizEngine.recommended(forNodeCount: nodeCount) == .sfdp)
    }

    @Test func thresholdIsOneThousandNodes() {
        #expect(GraphvizEngine.largeGraphNodeThreshold == 1_000)
    }
}
