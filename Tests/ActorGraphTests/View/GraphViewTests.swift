import ActorGraph
import Testing

struct GraphViewTests {
    let graph: Graph

    init() throws {
        graph = try Graph {
            Person("p", "P", aka: ["Pee"])
            Group("g", "G")
            State("s", "S")
            Relate("p", "member-of", "g", date: "2020")
            Relate("g", "funded-by", "s")
            Relate("p", "attacked", "s")
        }
    }

    @Test func aRelationIsInAViewOnlyWithBothEnds() {
        let view = GraphView(graph, entities: [true, false, true])
        #expect(view.entityIndices == [0, 2])
        #expect(view.relationIndices == [2])
        #expect(view.contains(relation: 2) && !view.contains(relation: 0))
        #expect(view.degree(of: 0) == 1)
        #expect(view.outgoing(0) == [2])
    }

    @Test func masksNarrowAndKeepIndices() {
        let types = graph.relations.map { $0.type == graph.schema.relationType(named: "member-of") }
        let view = graph.view.intersection(relations: types)
        #expect(view.relationIndices == [0])
        #expect(view.entityCount == 3)
        let narrower = view.intersection(entities: [true, true, false])
        #expect(narrower.relationIndices == [0])
        #expect(narrower.entityIndices == [0, 1])
    }

    @Test func selectingRelationTypesKeepsTheActorsTheyJoin() throws {
        let funding = try graph.relationTypes(named: ["funded-by"])
        let view = graph.view.selecting(relationTypes: funding)
        #expect(view.entityIndices == [1, 2])
        #expect(view.relationIndices == [1])
        #expect(graph.view.selecting(relationTypes: funding, keeping: 0).entityIndices == [0, 1, 2])
    }

    @Test func pathViewHoldsOnlyThePath() {
        var finder = PathFinder(graph: graph)
        let path = finder.shortestPath(from: 1, to: 2)!
        let view = graph.view.pathView([path])
        #expect(view.entityIndices == [1, 2])
        #expect(view.relationIndices == [1])
    }

    @Test func queriesStayInsideTheView() {
        let view = GraphView(graph, entities: [true, true, true], relations: [true, false, true])
        var finder = PathFinder(view: view)
        #expect(finder.shortestPath(from: 1, to: 2)?.steps.map(\.relation) == [0, 2])
        let withoutP = GraphView(graph, entities: [false, true, true], relations: [true, false, true])
        var blocked = PathFinder(view: withoutP)
        #expect(blocked.shortestPath(from: 1, to: 2) == nil)
        #expect(withoutP.neighborhood(of: 1, radius: 2).map(\.entity) == [1])
        #expect(Centrality.ranking(Centrality.scores(.degree, of: withoutP), in: withoutP) == [1, 2])
    }

    @Test func aNameIsLookedUpInTheView() throws {
        let view = GraphView(graph, entities: [true, false, true])
        #expect(try view.entity(named: "Pee") == 0)
        #expect(throws: LookupError.self) { try view.entity(named: "G") }
        var finder = PathFinder(view: view)
        #expect(throws: LookupError.self) { try finder.shortestPath(from: "P", to: "G") }
        #expect(throws: LookupError.self) { try view.neighborhood(of: "g", radius: 1) }
    }
}
