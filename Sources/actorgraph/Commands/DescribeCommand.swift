import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph describe`: a short summary of the graph.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Summarise the graph: counts by kind and relation type, the most connected actors.",
        discussion: """
        Examples:
          actorgraph describe Graphs/*.ag
          actorgraph describe Graphs/*.ag --top 5
        """
    )

    @OptionGroup var input: GraphFiles

    @Option(help: "How many of the most connected actors to list.")
    var top = 10

    func validate() throws {
        if top < 0 { throw ValidationError("--top takes a number of actors, 0 or more") }
    }

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            try StandardOutput.print(GraphSummary(view, top: top).text(for: view.graph))
        }
    }
}
