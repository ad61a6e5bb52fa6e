import ActorGraph
import ArgumentParser

/// `actorgraph conflicts`: where sources disagree.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List every value and relation on which sources disagree, with who says what.",
        discussion: """
        An attribute given several values (killed: 3 [src: r000], 2 [src: r001]) is listed with every value \
        and its sources; '→' marks the value shown under --rule: conservative (the lowest number, as \
        conflict-event datasets count fatalities) or reliable (the value with the best Admiralty grade). \
        Relations of one type towards one object at one time are listed when they name different subjects \
        and some rest only on a claim, an accusation or a denial (who carried out a strike), or when someone \
        denies what others assert.

        Examples:
          actorgraph conflicts Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          actorgraph conflicts Graphs/*.ag --rule reliable
        """
    )

    @OptionGroup var input: GraphInput

    @Option(help: ArgumentHelp("conservative or reliable.", valueName: "rule"))
    var rule = "conservative"

    func validate() throws {
        if ConflictReport.Rule(rawValue: rule) == nil { throw ValidationError("--rule takes conservative or reliable, not '\(rule)'") }
    }

    func run() throws {
        let graph = try input.load()
        print(ConflictReport(graph: graph, rule: ConflictReport.Rule(rawValue: rule)!).text(in: graph), terminator: "")
    }
}
