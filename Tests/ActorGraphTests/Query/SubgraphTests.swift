import ActorGraph
import Testing

struct SubgraphTests {
    let graph: Graph

    init() throws {
        graph = try Graph {
            Person("p", "P", aka: ["Pee"])
            Group("g", "G")
            State("s", "S")
            Relate("p", "member-of", "g", attributes: [Attribute("date", "2020")])
            Relate("g", "funded-by", "s")
            Relate("p", "attacked", "s")
        }
    }

    @Test func keepsOrderAttributesAndLookups() {
        let part = graph.subgraph(entities: [true, false, true])
        #expect(part.graph.entities.map(\.id) == ["p", "s"])
        #expect(part.graph.relations.count == 1)
        #expect(part.originalRelations == [2])
        #expect(part.graph.resolve("pee") == 0)
        #expect(part.relation(fromOriginal: 2) == 0)
        #expect(part.relation(fromOriginal: 0) == nil)
    }

    @Test func relationPredicateFilters() {
        let part = graph.subgraph(entities: [true, true, true]) { graph.relations[$0].type == graph.schema.relationType(named: "member-of") }
        #expect(part.graph.relations.map(\.attributes) == [[Attribute("date", "2020")]])
    }

    @Test func pathSubgraphHoldsOnlyThePath() {
        var finder = PathFinder(graph: graph)
        let path = finder.shortestPath(from: 1, to: 2)!
        let part = graph.subgraph(of: [path])
        #expect(part.graph.entities.map(\.id) == ["g", "s"])
        #expect(part.originalRelations == [1])
    }
}
