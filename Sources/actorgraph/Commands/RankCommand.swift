import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph rank`: the key actors by a centrality measure.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank actors by degree, betweenness (brokers) or PageRank.",
        discussion: """
        Betweenness is exact (Brandes' algorithm), normalised as NetworkX does; parallel relations count once. \
        PageRank uses damping 0.85. Relations are followed either way unless --directed. \
        Denied relations are no connections and are left out unless --include-denied.

        Examples:
          actorgraph rank Graphs/*.ag
          actorgraph rank Graphs/*.ag --by betweenness --top 5
          actorgraph rank Graphs/*.ag --by pagerank --directed --via funded-by,backed-by
        """
    )

    @OptionGroup var input: GraphFiles

    @Option(help: ArgumentHelp("The measure.", valueName: "measure"))
    var by: Centrality.Measure = .degree

    @Option(help: "How many actors to list.")
    var top = 10

    @Flag(help: "Follow relations only along their arrows.")
    var directed = false

    @Option(help: ArgumentHelp("Count only these relation types (comma-separated).", valueName: "types"))
    var via: [String] = []

    @OptionGroup var denied: DeniedOption

    @OptionGroup var identities: IdentityOption

    func validate() throws {
        if top < 1 { throw ValidationError("--top takes a number of actors, 1 or more") }
    }

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let loaded = try input.options.load(input.files, reporter: reporter)
            let merge = identities.merged(loaded)
            let view = merge?.view ?? loaded
            let types = commaSeparated(via)
            let filter = TraversalFilter(directed: directed, relationTypes: types.isEmpty ? nil : try ToolError.lookingUp(option: "--via") {
                () throws(LookupError) in try view.graph.relationTypes(named: types)
            }, includeDenied: denied.includeDenied)
            try StandardOutput.print(RankReport(view: view, measure: by, filter: filter, top: top).text(in: view.graph) + (merge?.note ?? ""))
        }
    }
}
