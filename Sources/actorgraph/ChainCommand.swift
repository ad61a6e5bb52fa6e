import ActorGraph
import ArgumentParser

/// `actorgraph chain`: the chain of command and membership.
struct ChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chain",
        abstract: "Show whom an actor answers to (--up) or what it controls (--down).",
        usage: "actorgraph chain <file>... <actor> [--up|--down]",
        discussion: """
        Follows commands, part-of and member-of as an indented tree. Up: who commands the actor, and \
        what it is part or a member of. Down: the reverse. A loop is reported, not followed.

        Examples:
          actorgraph chain Graphs/*.ag nujaba-12
          actorgraph chain Graphs/*.ag pmf --down
        """
    )

    @OptionGroup var input: QueryInput

    @Flag(help: "Whom the actor answers to (the default).")
    var up = false

    @Flag(help: "What the actor commands or contains.")
    var down = false

    func validate() throws {
        _ = try input.split(actors: 1, named: "the actor")
        if up && down { throw ValidationError("choose --up or --down, not both") }
    }

    func run() throws {
        let (graph, actors) = try input.load(actors: 1, named: "the actor")
        let chain = CommandChain(graph: graph, root: try ActorLookup.entity(actors[0], in: graph), direction: down ? .down : .up)
        print(chain.text(in: graph), terminator: "")
        if chain.hasCycle { Console.error("warning: the hierarchy loops back on itself (marked ↺ above)") }
    }
}
