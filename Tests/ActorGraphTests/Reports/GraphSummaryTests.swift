import Testing
@testable import ActorGraph

struct GraphSummaryTests {
    @Test func countsByKindAndTypeAndRanksByDegree() throws {
        let graph = try Graph {
            Person("p", "P")
            Group("g", "G")
            Group("h", "H")
            State("s", "S")
            Relate("p", "commands", "g")
            Relate("g", "part-of", "h")
            Relate("h", "part-of", "s")
            Relate("g", "funded-by", "s")
        }
        let summary = GraphSummary(graph, top: 2)
        #expect(summary.kinds == [.init(name: "person", count: 1), .init(name: "group", count: 2), .init(name: "state", count: 1)])
        #expect(summary.relationTypes.map(\.name) == ["commands", "part-of", "funded-by"])
        #expect(summary.mostConnected == [.init(entity: 1, degree: 3), .init(entity: 2, degree: 2)])
        #expect(summary.text(for: graph).contains("G (g)  3"))
    }
}
