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
          actorgraph dot Graphs/*.ag --only-kinds person,group --only-relations commands,part-of
          actorgraph dot Graphs/*.ag --focus nujaba --radius 2
        """
    )

    @OptionGroup var input: GraphInput
    @OptionGroup var drawing: DOTOptionGroup
    @OptionGroup var part: SubgraphOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the DOT ('-' for standard output).", valueName: "file"))
    var output = "-"

    func validate() throws {
        if output != "-", let format = try? Drawing.format(for: output, option: "-o"), format != nil {
            throw ValidationError("'dot' writes DOT, not an image; use 'actorgraph render' for '\(output)', or name the output .dot")
        }
    }

    func run() throws {
        let (graph, focus) = try part.select(from: try input.load())
        var options = drawing.options
        if let focus { options.highlight = .center(focus) }
        try OutputFile(path: output).write(DOTWriter(options: options).bytes(graph))
    }
}
