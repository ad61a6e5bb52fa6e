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

    @Test func declaredTypesFollowTheirRoles() throws {
        let result = compile("""
        relation leads [from: person, to: group, role: command]
        relation inside [from: group, to: group, role: containment]
        relation likes [from: any, to: any]
        person boss
        group cell
        group front
        boss leads cell
        cell inside front
        boss likes front
        """)
        let graph = try #require(result.graph)
        let up = CommandChain(graph: graph, root: 1, direction: .up)
        #expect(up.text(in: graph) == """
        cell (cell)
          └ leads ← boss (boss)
          └ inside → front (front)

        """)
        let down = CommandChain(graph: graph, root: 0, direction: .down)
        #expect(down.lines.map(\.entity) == [0, 1])
    }

    @Test func aBuiltInRoleIsFixed() {
        let result = compile("relation commands [role: other]\nperson a\na commands a\n")
        #expect(result.diagnostics.contains { $0.message.contains("the role of built-in 'commands' is fixed") })
    }
}
