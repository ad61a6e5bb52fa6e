import Testing
@testable import ActorGraph

struct GraphTests {
    let graph: Graph

    init() throws {
        graph = try Graph {
            Person("abu-taqwa", "Mushtaq Talib al-Saidi", aka: ["Abu Taqwa", "Abu Taqua"])
            Group("nujaba-12", "12th Brigade")
            Group("nujaba", "Harakat al-Nujaba", aka: ["al-Nujaba'a"])
            State("iran", "Iran")
            Relate("abu-taqwa", "commands", "nujaba-12")
            Relate("nujaba-12", "part-of", "nujaba")
            Relate("nujaba", "funded-by", "iran")
            Relate(.name("Iran"), "allied-with", .name("al nujabaa"))
        }
    }

    @Test func resolvesIDsNamesAndAliases() {
        #expect(graph.resolve("nujaba") == 2)
        #expect(graph.resolve("al nujabaa") == 2)
        #expect(graph.resolve("ABU TAQWA") == 0)
        #expect(graph.resolve("Abu Taqua") == 0)
        #expect(graph.resolve("Harakat al-Nujaba") == 2)
        #expect(graph.resolve("nobody") == nil)
        #expect(graph.entity(id: "Iran") == nil)
    }

    @Test func adjacencyListsRelationsInFileOrder() {
        #expect(Array(graph.outgoing[2]) == [2])
        #expect(Array(graph.incoming[2]) == [1, 3])
        #expect(graph.degree(of: 2) == 3)
        #expect(graph.entities.indices.map(graph.outgoing.count).reduce(0, +) == graph.relations.count)
        #expect(graph.entities.indices.map(graph.incoming.count).reduce(0, +) == graph.relations.count)
    }

    @Test func adjacencyMatchesAScanOfTheRelations() {
        for entity in graph.entities.indices {
            let out = graph.relations.indices.filter { graph.relations[$0].subject == entity }
            let into = graph.relations.indices.filter { graph.relations[$0].object == entity }
            #expect(graph.outgoing[entity].map(Int.init) == out)
            #expect(graph.incoming[entity].map(Int.init) == into)
        }
    }

    @Test func suggestsNearNames() {
        #expect(graph.suggestions(for: "Abu Taqwah").contains("Abu Taqwa"))
    }

    @Test func builderDSLThrowsEveryError() {
        #expect {
            _ = try Graph {
                Person("a")
                Relate("a", "part-of", "a")
                Relate("a", "comands", "b")
            }
        } throws: { error in
            let issues = (error as? GraphBuildError)?.issues ?? []
            return issues.count == 4
        }
    }

    @Test func builderDSLSupportsLoopsAndConditions() throws {
        let ids = ["a", "b", "c"]
        let includeExtra = true
        let graph = try Graph {
            for id in ids { Group(id) }
            if includeExtra { State("s") } else { State("t") }
            for id in ids { Relate(id, "part-of", "s") }
        }
        #expect(graph.entities.map(\.id) == ["a", "b", "c", "s"])
        #expect(graph.relations.count == 3)
    }
}
