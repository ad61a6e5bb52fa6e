import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph chain`: the chain of command and membership.
struct ChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chain",
        abstract: "Show whom an actor answers to (--up) or what it controls (--down).",
        usage: "actorgraph chain <file>... <actor> [--up|--down]",
        discussion: """
        Follows the relation types whose role is command, containment or membership (commands, part-of, \
        member-of, and any declared with those roles) as an indented tree. Up: who commands the actor, and \
        what it is part or a member of. Down: the reverse. A loop is reported, not followed. A denied \
        relation is not followed unless --include-denied.

        Examples:
          actorgraph chain Graphs/*.ag nujaba-12
          actorgraph chain Graphs/*.ag pmf --down
        """
    )

    @OptionGroup var input: QueryOperands

    @Flag(help: "Whom the actor answers to (the default).")
    var up = false

    @Flag(help: "What the actor commands or contains.")
    var down = false

    @OptionGroup var denied: DeniedOption

    func validate() throws {
        _ = try input.split(actors: 1, named: "the actor")
        if up && down { throw ValidationError("choose --up or --down, not both") }
    }

    func run() throws {
        let (files, actors) = try input.split(actors: 1, named: "the actor")
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(files, reporter: reporter)
            let root = try ToolError.lookingUp { () throws(LookupError) in try view.entity(named: actors[0]) }
            let chain = CommandChain(view: view, root: root, direction: down ? .down : .up, includeDenied: denied.includeDenied)
            try StandardOutput.print(chain.text(in: view.graph))
            if chain.hasCycle { reporter.warning("the hierarchy loops back on itself (marked ↺ above)", id: "hierarchy-cycle") }
        }
    }
}
