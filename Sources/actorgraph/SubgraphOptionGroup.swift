import ActorGraph
import ArgumentParser

/// Draw only part of the graph: around one actor, or only some kinds or
/// relation types.
struct SubgraphOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Draw only the actors within --radius relations of this actor.", valueName: "actor"))
    var focus: String?

    @Option(help: "With --focus: how many relations away to draw (default 1).")
    var radius: Int?

    @Option(name: .customLong("only-kinds"), help: ArgumentHelp("Draw only entities of these kinds (comma-separated).", valueName: "kinds"))
    var onlyKinds: [String] = []

    @Option(name: .customLong("only-relations"), help: ArgumentHelp("Draw only relations of these types, and the actors they join (comma-separated).", valueName: "types"))
    var onlyRelations: [String] = []

    func validate() throws {
        if let radius, radius < 0 { throw ValidationError("--radius takes a number of relations, 0 or more") }
        if radius != nil && focus == nil { throw ValidationError("--radius goes with --focus ACTOR") }
    }

    /// The part of `graph` to draw, and the focus actor's index in it.
    func select(from graph: Graph) throws -> (graph: Graph, focus: Int?) {
        let kindNames = ActorLookup.list(onlyKinds), typeNames = ActorLookup.list(onlyRelations)
        if kindNames.isEmpty && typeNames.isEmpty && focus == nil { return (graph, nil) }
        let kinds = kindNames.isEmpty ? nil : try ActorLookup.kinds(kindNames, in: graph, option: "--only-kinds")
        let types = typeNames.isEmpty ? nil : try ActorLookup.relationTypes(typeNames, in: graph, option: "--only-relations")
        let center = try focus.map { try ActorLookup.entity($0, in: graph) }

        var keep = graph.entities.map { kinds?.contains($0.kind) ?? true }
        if let types {
            // "Just the funding network": keep only actors a kept relation joins.
            var touched = [Bool](repeating: false, count: graph.entities.count)
            for relation in graph.relations where types.contains(relation.type) && keep[relation.subject] && keep[relation.object] {
                touched[relation.subject] = true
                touched[relation.object] = true
            }
            if let center, keep[center] { touched[center] = true }
            keep = touched
        }
        var selected = graph.subgraph(entities: keep) { types?.contains(graph.relations[$0].type) ?? true }
        guard let center else { return (selected.graph, nil) }
        guard let local = selected.entity(fromOriginal: center) else {
            Console.error("error: --focus '\(focus!)' is not among the kinds drawn; drop --only-kinds or choose another actor")
            throw ExitCode(1)
        }
        selected = selected.graph.egoGraph(center: local, radius: radius ?? 1)
        return (selected.graph, selected.entity(fromOriginal: local))
    }
}
