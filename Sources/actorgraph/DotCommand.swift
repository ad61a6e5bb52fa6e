import ActorGraph
import ArgumentParser

/// `actorgraph dot`: writes Graphviz DOT.
struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Write the graph as Graphviz DOT.",
        discussion: """
        The output is deterministic, so it diffs cleanly in git.

        Examples:
          actorgraph dot Graphs/*.ag > strike.dot
          actorgraph dot Graphs/*.ag --legend --clusters --rankdir LR -o strike.dot
        """
    )

    @OptionGroup var input: GraphInput
    @OptionGroup var drawing: DOTOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the DOT ('-' for standard output).", valueName: "file"))
    var output = "-"

    func run() throws {
        let graph = try input.load()
        try OutputFile(path: output).write(DOTWriter(options: drawing.options).bytes(graph))
    }
}
