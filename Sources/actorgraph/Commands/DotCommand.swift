import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph dot`: `export --to dot`.
struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Write the graph as Graphviz DOT (export --to dot).",
        discussion: """
        The output is deterministic, so it diffs cleanly in git.

        Examples:
          actorgraph dot Graphs/*.ag > strike.dot
          actorgraph dot Graphs/*.ag --legend --clusters --rankdir LR -o strike.dot
          actorgraph dot Graphs/*.ag --only-kinds person,group --only-relations commands,part-of
          actorgraph dot Graphs/*.ag --focus nujaba --radius 2
        """
    )

    @OptionGroup var input: GraphFiles
    @OptionGroup var drawing: DrawingOptionGroup
    @OptionGroup var part: PartOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the DOT ('-' for standard output).", valueName: "file"))
    var output = "-"

    func validate() throws {
        if output != "-", let exporter = FormatRegistry.tool.exporter(forPath: output), exporter.format.name != "dot" {
            throw ValidationError("'dot' writes DOT, not \(exporter.format.name); use 'actorgraph render' or 'actorgraph export' for '\(output)', or name the output .dot")
        }
    }

    func run() throws {
        try ExportRun(input: input, drawing: drawing, part: part, output: output).run(format: "dot")
    }
}
