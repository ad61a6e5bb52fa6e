import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph rank`: the key actors by a centrality measure.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank actors by degree, betweenness (brokers) or PageRank.",
        discussion: """
        Betweenness is exact (Brandes' algorithm), normalised as NetworkX does; parallel relations count once. \
        PageRank uses damping 0.85. Relations are followed either way unless --directed.

        Examples:
          actorgraph rank Graphs/*.ag
          actorgraph rank Graphs/*.ag --by betweenness --top 5
          actorgraph rank Graphs/*.ag --by pagerank --directed --via funded-by,backed-by
        """
    )

    @OptionGroup var input: GraphInput

    @Option(help: ArgumentHelp("degree, betweenness or pagerank.", valueName: "measure"))
    var by = "degree"

    @Option(help: "How many actors to list.")
    var top = 10

    @Flag(help: "Follow relations only along their arrows.")
    var directed = false

    @Option(help: ArgumentHelp("Count only these relation types (comma-separated).", valueName: "types"))
    var via: [String] = []

    func validate() throws {
        if Centrality.Measure(rawValue: by) == nil { throw ValidationError("--by takes degree, betweenness or pagerank") }
        if top < 1 { throw ValidationError("--top takes a number of actors, 1 or more") }
    }

    func run() throws {
        let graph = try input.load()
        let types = ActorLookup.list(via)
        let filter = TraversalFilter(directed: directed,
                                     relationTypes: types.isEmpty ? nil : try ActorLookup.relationTypes(types, in: graph, option: "--via"))
        let measure = Centrality.Measure(rawValue: by)!
        let scores = Centrality.scores(measure, of: graph, filter: filter)
        let ranked = Centrality.ranking(scores).prefix(top)
        let names = ranked.map { graph.entities[$0].name }
        let width = max(5, names.map(\.count).max() ?? 0)
        print("rank  \(by.padding(toLength: 11, withPad: " ", startingAt: 0))  \("actor".padding(toLength: width, withPad: " ", startingAt: 0))  id")
        for (position, index) in ranked.enumerated() {
            let score = measure == .degree ? String(Int(scores[index])) : String(format: "%.4f", scores[index])
            let entity = graph.entities[index]
            print("\(String(position + 1).padding(toLength: 4, withPad: " ", startingAt: 0))  \(score.padding(toLength: 11, withPad: " ", startingAt: 0))  \(entity.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(entity.id)")
        }
    }
}
