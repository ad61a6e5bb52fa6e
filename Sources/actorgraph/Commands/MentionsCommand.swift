import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph mentions`: the known actors a report names, and the names
/// in it the graph lacks.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List the graph's actors that reports mention, where and how spelled, and the names in them that match no actor.",
        discussion: """
        Names and aliases match as the language folds them (case, accents, spaces, hyphens and \
        apostrophes aside), across line breaks and before a possessive 's; the longest match wins. \
        Spellings that could be two actors are listed as ambiguous, and capitalised names that match \
        none as candidates, most frequent first. With --draft, writes a draft .ag file instead: a \
        source for each report, the candidates as commented-out entities, and for each sentence that \
        names two known actors a commented-out relation quoting it. See docs/mentions.md.

        Examples:
          actorgraph mentions report.txt --graph Graphs/*.ag
          actorgraph mentions report.txt --graph Graphs/*.ag --draft -o draft.ag
        """
    )

    @Argument(help: ArgumentHelp("The report texts to read.", valueName: "report"))
    var reports: [String]

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The files that together form the graph ('-' for standard input).", valueName: "file"))
    var graph: [String]

    @Flag(help: "Write a draft .ag file to finish instead of the listing.")
    var draft = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "file"))
    var output: String = "-"

    @OptionGroup var options: InputOptions

    func validate() throws {
        try InputOptions.validate(graph)
        if output.isEmpty { throw ValidationError("-o needs a file name, or '-' for standard output") }
    }

    func run() throws {
        let reporter = options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try options.load(graph, reporter: reporter)
            try Mentioning(graph: view.graph).run(reports, graphFiles: graph, draft: draft, output: output, reporter: reporter)
        }
    }
}
