import ActorGraph
import ActorGraphRender
import ArgumentParser

/// `actorgraph path`: how two actors are connected.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two actors are connected, as chains of typed relations.",
        usage: "actorgraph path <file>... <from> <to> [options]",
        discussion: """
        FROM and TO are ids, names or aliases. By default the shortest path (fewest relations) is shown; \
        a path may follow a relation either way, and every hop shows its true direction \
        (A -commands-> B, A <-funded-by- B). Paths are simple: no actor appears twice.

        Examples:
          actorgraph path Graphs/*.ag "Abu Taqwa" Iran
          actorgraph path Graphs/*.ag abu-taqwa iran --via commands,part-of,funded-by --directed
          actorgraph path Graphs/*.ag abu-taqwa iran --k 3
          actorgraph path Graphs/*.ag abu-taqwa us --max-hops 3 --every --limit 20
          actorgraph path Graphs/*.ag abu-taqwa iran --avoid pmf --format json
          actorgraph path Graphs/*.ag abu-taqwa iran --render path.svg [--only-path]
        """
    )

    @OptionGroup var input: QueryInput

    @OptionGroup var traversal: TraversalOptionGroup

    @Flag(help: "Every shortest path, not just one.")
    var all = false

    @Option(help: ArgumentHelp("The N shortest simple paths (Yen's algorithm).", valueName: "N"))
    var k: Int?

    @Option(name: .customLong("max-hops"), help: ArgumentHelp("With --every: the longest path to list, in relations.", valueName: "N"))
    var maxHops: Int?

    @Flag(help: "Every simple path up to --max-hops relations.")
    var every = false

    @Option(help: "The most paths --all or --every lists.")
    var limit = 100

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format = "text"

    @Option(help: ArgumentHelp("Also draw the paths over the faded graph to this file (.svg, .png, .pdf or .dot).", valueName: "file"))
    var render: String?

    @Flag(name: .customLong("only-path"), help: "With --render: draw only the paths, not the rest of the graph.")
    var onlyPath = false

    @OptionGroup var layout: EngineOptionGroup

    func validate() throws {
        _ = try input.split(actors: 2, named: "FROM and TO (ids, names or aliases)")
        if [all, k != nil, every].filter({ $0 }).count > 1 { throw ValidationError("choose one of --all, --k and --every") }
        if every && maxHops == nil { throw ValidationError("--every needs --max-hops N, so a dense graph cannot run away") }
        if maxHops != nil && !every { throw ValidationError("--max-hops goes with --every") }
        if let k, k < 1 { throw ValidationError("--k takes a number of paths, 1 or more") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops takes a number of relations, 1 or more") }
        if limit < 1 { throw ValidationError("--limit takes a number of paths, 1 or more") }
        if !["text", "json"].contains(format) { throw ValidationError("--format takes text or json") }
        if onlyPath && render == nil { throw ValidationError("--only-path goes with --render FILE") }
        if let render { _ = try Drawing.format(for: render, option: "--render") }
    }

    func run() throws {
        let (graph, actors) = try input.load(actors: 2, named: "FROM and TO")
        let start = try ActorLookup.entity(actors[0], in: graph)
        let end = try ActorLookup.entity(actors[1], in: graph)
        let filter = try traversal.filter(for: graph)
        if filter.avoided.contains(start) || filter.avoided.contains(end) {
            Console.error("error: --avoid names \(filter.avoided.contains(start) ? "FROM" : "TO"); a path cannot avoid its own ends, so drop it from --avoid")
            throw ExitCode(2)
        }
        var finder = PathFinder(graph: graph, filter: filter)
        let paths: [Path]
        var complete = true
        if all {
            (paths, complete) = finder.allShortestPaths(from: start, to: end, limit: limit)
        } else if let k {
            paths = finder.shortestSimplePaths(from: start, to: end, k: k)
        } else if every, let maxHops {
            (paths, complete) = finder.allSimplePaths(from: start, to: end, maxHops: maxHops, limit: limit)
        } else {
            paths = finder.shortestPath(from: start, to: end).map { [$0] } ?? []
        }

        // Draw first, so a drawing that cannot be written leaves no answer
        // half-reported on standard output.
        if let render { try draw(paths, of: graph, to: render) }
        if format == "json" {
            print(PathReport(graph: graph, from: start, to: end, paths: paths, complete: complete).json(), terminator: "")
        } else {
            printText(paths, complete: complete, graph: graph, start: start, end: end)
        }
    }

    private func printText(_ paths: [Path], complete: Bool, graph: Graph, start: Int, end: Int) {
        if paths.isEmpty {
            print("no path from \(graph.entities[start].name) to \(graph.entities[end].name) with these options")
            return
        }
        // One shortest path prints as a bare chain; the listing modes
        // always number their paths, however many, so scripts see one format.
        // A graph with sources gets an evidence chain under every path.
        let cited = !graph.sources.isEmpty
        if !all && k == nil && !every {
            print(paths[0].chain(in: graph))
            if cited { paths[0].evidence(in: graph).forEach { print("  " + $0) } }
            return
        }
        for (number, path) in paths.enumerated() {
            print("\(number + 1). [\(path.length) relation\(path.length == 1 ? "" : "s")] \(path.chain(in: graph))")
            if cited { path.evidence(in: graph).forEach { print("     " + $0) } }
        }
        if !complete { print("(stopped at --limit \(limit); more paths exist)") }
    }

    private func draw(_ paths: [Path], of graph: Graph, to file: String) throws {
        let format = try Drawing.format(for: file, option: "--render")
        if onlyPath {
            try Drawing.write(graph.subgraph(of: paths).graph, options: DOTOptions(), to: file, format: format, engine: layout.chosen)
            return
        }
        let highlight = DOTHighlight(entities: Set(paths.flatMap { $0.entities(in: graph) }),
                                     relations: Set(paths.flatMap { $0.steps.map(\.relation) }))
        try Drawing.write(graph, options: DOTOptions(highlight: highlight), to: file, format: format, engine: layout.chosen)
    }
}
