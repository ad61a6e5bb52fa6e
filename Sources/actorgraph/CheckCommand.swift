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

    @OptionGroup var input: GraphInput

    func run() throws {
        let graph = try input.load()
        let entities = graph.entities.count, relations = graph.relations.count
        print("ok: \(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s")")
    }
}
