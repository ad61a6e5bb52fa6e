import ActorGraphDriver
import ArgumentParser

/// `actorgraph check`: diagnostics only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check .ag files and report every error and warning.",
        discussion: """
        Diagnostics go to standard error as file:line:column: severity: message, with the line and a caret. \
        Exit status 1 if there is any error.

        Examples:
          actorgraph check Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          cat draft.ag | actorgraph check -
        """
    )

    @OptionGroup var input: GraphFiles

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            let entities = view.entityCount, relations = view.relationCount
            try StandardOutput.print("ok: \(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s")\n")
        }
    }
}
