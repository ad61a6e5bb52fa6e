import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph check`: diagnostics only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check .ag files and report every error and warning.",
        discussion: """
        Diagnostics go to standard error as file:line:column: severity: message, with the line and a caret. \
        Exit status 1 if there is any error. An entity no relation touches is warned about only in a file \
        with relations of its own, so a catalogue checked with one event file is not; --warn-unused warns \
        about every one.

        Quotes are checked against the report files sources name (file:), as every command checks them: a \
        quote the report does not contain (case, white space, quotes and dashes aside) is an error, with the \
        closest passage. Reports are looked up in --reports DIR; without it, beside the first file, and only \
        when some are there, so a graph whose reports live elsewhere checks quietly. --no-quote-check skips \
        the check.

        Examples:
          actorgraph check Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          cat draft.ag | actorgraph check -
          actorgraph check --warn-unused Graphs/*.ag
          actorgraph check --reports ../shared/articles Graphs/*.ag
        """
    )

    @OptionGroup var input: GraphFiles

    @Flag(name: .customLong("warn-unused"), help: "Warn about every entity no relation touches, in catalogues (files without relations) too.")
    var warnUnused = false

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter, warnsAboutEveryUnusedEntity: warnUnused)
            let entities = view.entityCount, relations = view.relationCount
            try StandardOutput.print("ok: \(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s")\n")
        }
    }
}
