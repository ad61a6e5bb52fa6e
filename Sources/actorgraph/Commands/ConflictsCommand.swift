import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph conflicts`: where sources disagree.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List every value and relation on which sources disagree, with who says what.",
        discussion: """
        An attribute given several values that cannot all hold (killed: 3 [src: r000], 2 [src: r001]) is \
        listed with every value and its sources; '→' marks the value shown under --rule: conservative (the \
        lowest count the most reliable reports allow together, as conflict-event datasets keep the most \
        conservative figure) or reliable (the value with the best Admiralty grade). Figures written as \
        reported ("at least 3", "more than 80", "2-4") that differ but can all hold are listed apart, with \
        the counts every report allows. \
        Relations of one type towards one object at one time are listed when they name different subjects \
        and some rest only on a claim, an accusation or a denial (who carried out a strike), or when someone \
        denies what others assert.

        Examples:
          actorgraph conflicts Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          actorgraph conflicts Graphs/*.ag --rule reliable
        """
    )

    @OptionGroup var input: GraphFiles

    @Option(help: ArgumentHelp("Which value to show where sources disagree.", valueName: "rule"))
    var rule: ConflictReport.Rule = .conservative

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            try StandardOutput.print(ConflictReport(view: view, rule: rule).text(in: view.graph))
        }
    }
}
