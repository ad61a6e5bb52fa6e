import ActorGraph
import Testing

struct CommandChainTests {
    let graph: Graph

    init() throws {
        graph = try Graph {
            Person("boss", "Boss")
            Group("brigade", "Brigade")
            Group("movement", "Movement")
            Group("umbrella", "Umbrella")
            Group("front", "Front")
            Person("fighter", "Fighter")
            Relate("boss", "commands", "brigade")
            Relate("brigade", "part-of", "movement")
            Relate("movement", "part-of", "umbrella")
            Relate("movement", "part-of", "front")
            Relate("fighter", "member-of", "brigade")
        }
    }

    @Test func upListsCommandersAndUmbrellas() {
        let chain = CommandChain(graph: graph, root: 1, direction: .up)
        #expect(chain.text(in: graph) == """
        Brigade (brigade)
          └ commanded by → Boss (boss)
          └ part-of → Movement (movement)
            └ part-of → Umbrella (umbrella)
            └ part-of → Front (front)

        """)
        #expect(!chain.hasCycle)
    }

    @Test func downListsWhatItControls() {
        let chain = CommandChain(graph: graph, root: 0, direction: .down)
        #expect(chain.lines.map(\.entity) == [0, 1, 5])
        #expect(chain.text(in: graph).contains("└ has member → Fighter (fighter)"))
    }

    @Test func cyclesAreReportedNotFollowed() throws {
        let cyclic = try TestGraphs.partOfCycle()
        let chain = CommandChain(graph: cyclic, root: 0, direction: .up)
        #expect(chain.hasCycle)
        #expect(chain.lines.map(\.entity) == [0, 1, 2, 0])
        #expect(chain.text(in: cyclic).contains("↺ cycle"))
    }

    @Test func sharedAncestorsAreExpandedOnce() throws {
        let diamond = try Graph {
            Group("x")
            Group("left")
            Group("right")
            Group("top")
            Group("sky")
            Relate("x", "part-of", "left")
            Relate("x", "part-of", "right")
            Relate("left", "part-of", "top")
            Relate("right", "part-of", "top")
            Relate("top", "part-of", "sky")
        }
        let chain = CommandChain(graph: diamond, root: 0, direction: .up)
        #expect(chain.lines.map(\.entity) == [0, 1, 3, 4, 2, 3])
        #expect(chain.lines.last?.alreadyShown == true)
    }
}
