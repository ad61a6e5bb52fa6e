import ActorGraph
import ArgumentParser

/// `actorgraph neighbors`: who sits within N relations of an actor.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the actors within N relations of an actor, nearest first.",
        usage: "actorgraph neighbors <file>... <actor> [options]",
        discussion: """
        Examples:
          actorgraph neighbors Graphs/*.ag "US military" --radius 2
          actorgraph neighbors Graphs/*.ag nujaba --via part-of,commands --directed
          actorgraph neighbors Graphs/*.ag nujaba --radius 1 -o nujaba.svg
        """
    )

    @OptionGroup var input: QueryInput

    @Option(help: "How many relations away to look.")
    var radius = 1

    @OptionGroup var traversal: TraversalOptionGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("Also draw the neighbourhood to this file (.svg, .png, .pdf or .dot).", valueName: "file"))
    var output: String?

    @OptionGroup var layout: EngineOptionGroup

    func validate() throws {
        _ = try input.split(actors: 1, named: "the actor at the centre")
        if radius < 0 { throw ValidationError("--radius takes a number of relations, 0 or more") }
        if let output { _ = try Drawing.format(for: output, option: "-o") }
    }

    func run() throws {
        let (graph, actors) = try input.load(actors: 1, named: "the actor at the centre")
        let center = try ActorLookup.entity(actors[0], in: graph)
        let filter = try traversal.filter(for: graph)
        if filter.avoided.contains(center) {
            Console.error("error: --avoid names the centre; a neighbourhood cannot avoid its own centre, so drop it from --avoid")
            throw ExitCode(2)
        }
        // Draw first, so a drawing that cannot be written leaves no listing
        // half-reported on standard output.
        if let output {
            let ego = graph.egoGraph(center: center, radius: radius, filter: filter)
            try Drawing.write(ego.graph, options: DOTOptions(highlight: ego.entity(fromOriginal: center).map(DOTHighlight.center)), to: output,
                              format: try Drawing.format(for: output, option: "-o"), engine: layout.chosen)
        }
        let neighbors = graph.neighborhood(of: center, radius: radius, filter: filter)
        let width = neighbors.map { graph.entities[$0.entity].name.count }.max() ?? 0
        print("distance  actor")
        for neighbor in neighbors {
            let entity = graph.entities[neighbor.entity]
            let padding = String(repeating: " ", count: width - entity.name.count)
            print("\(String(neighbor.distance).padding(toLength: 8, withPad: " ", startingAt: 0))  \(entity.name)\(padding)  \(entity.id) (\(graph.schema.kinds[entity.kind].name))")
        }
    }
}
