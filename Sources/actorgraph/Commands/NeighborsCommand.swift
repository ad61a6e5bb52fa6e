import ActorGraph
import ActorGraphDriver
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

    @OptionGroup var input: QueryOperands

    @Option(help: "How many relations away to look.")
    var radius = 1

    @OptionGroup var traversal: TraversalOptionGroup

    @OptionGroup var identities: IdentityOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Also draw the neighbourhood to this file (any export format by its extension: .svg, .png, .pdf, .dot, ...).", valueName: "file"))
    var output: String?

    @OptionGroup var layout: EngineOption

    func validate() throws {
        _ = try input.split(actors: 1, named: "the actor at the centre")
        if radius < 0 { throw ValidationError("--radius takes a number of relations, 0 or more") }
        if let output { _ = try validating { () throws(ToolError) in try Exporting().exporter(format: nil, destination: output) } }
    }

    func run() throws {
        let (files, actors) = try input.split(actors: 1, named: "the actor at the centre")
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let loaded = try input.options.load(files, reporter: reporter)
            let merge = identities.merged(loaded)
            let view = merge?.view ?? loaded
            let center = try ToolError.lookingUp { () throws(LookupError) in try view.entity(named: actors[0]) }
            let filter = try traversal.filter(for: view.graph)
            if filter.avoided.contains(center) {
                throw ToolError(.usage, id: "avoid-centre", "--avoid names the centre; a neighbourhood cannot avoid its own centre, so drop it from --avoid")
            }
            // Draw first, so a drawing that cannot be written leaves no
            // listing half-reported on standard output.
            if let output {
                let exporting = Exporting()
                try exporting.write(view.egoView(center: center, radius: radius, filter: filter),
                                    with: try exporting.exporter(format: nil, destination: output),
                                    options: layout.options(highlight: .center(center)), to: output, inputs: files, reporter: reporter)
            }
            try StandardOutput.print(NeighborhoodReport(view: view, center: center, radius: radius, filter: filter).text(in: view.graph) + (merge?.note ?? ""))
        }
    }
}
