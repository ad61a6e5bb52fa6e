import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph sources`: what rests on which source.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Tabulate the sources, how many items each supports, and which items rest on a single source.",
        discussion: """
        Items are entities, relations and single attribute values that cite a source with src:. \
        Relations that cite nothing are listed last.

        Examples:
          actorgraph sources Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
        """
    )

    @OptionGroup var input: GraphFiles

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            try StandardOutput.print(SourceReport(view: view).text(in: view.graph))
        }
    }
}
