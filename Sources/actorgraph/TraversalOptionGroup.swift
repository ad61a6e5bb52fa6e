import ActorGraph
import ArgumentParser

/// Which relations a query may follow and whom it may pass through.
struct TraversalOptionGroup: ParsableArguments {
    @Flag(help: "Follow relations only along their arrows (symmetric ones like allied-with still go both ways).")
    var directed = false

    @Option(help: ArgumentHelp("Follow only these relation types (comma-separated or repeated).", valueName: "types"))
    var via: [String] = []

    @Option(help: ArgumentHelp("Never pass through these actors (ids, names or aliases; comma-separated or repeated).", valueName: "actors"))
    var avoid: [String] = []

    @Option(name: .customLong("through-kind"), help: ArgumentHelp("Intermediate actors only of these kinds (comma-separated or repeated).", valueName: "kinds"))
    var throughKind: [String] = []

    func filter(for graph: Graph) throws -> TraversalFilter {
        let types = ActorLookup.list(via)
        let kinds = ActorLookup.list(throughKind)
        return TraversalFilter(
            directed: directed,
            relationTypes: types.isEmpty ? nil : try ActorLookup.relationTypes(types, in: graph, option: "--via"),
            avoided: Set(try ActorLookup.list(avoid).map { try ActorLookup.entity($0, in: graph) }),
            intermediateKinds: kinds.isEmpty ? nil : try ActorLookup.kinds(kinds, in: graph, option: "--through-kind"))
    }
}
