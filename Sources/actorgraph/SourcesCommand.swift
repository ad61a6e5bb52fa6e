import ActorGraph
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

    @OptionGroup var input: GraphInput

    func run() throws {
        let graph = try input.load()
        print(SourceReport(graph: graph).text(in: graph), terminator: "")
    }
}
