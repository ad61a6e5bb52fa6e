import ActorGraph
import ActorGraphDriver
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
        (A -commands-> B, A <-funded-by- B). Paths are simple: no actor appears twice. A denied relation \
        is no connection: it is left out, and the answer says how many, unless --include-denied.

        Examples:
          actorgraph path Graphs/*.ag "Abu Taqwa" Iran
          actorgraph path Graphs/*.ag abu-taqwa iran --via commands,part-of,funded-by --directed
          actorgraph path Graphs/*.ag abu-taqwa iran --k 3
          actorgraph path Graphs/*.ag abu-taqwa us --max-hops 3 --every --limit 20
          actorgraph path Graphs/*.ag abu-taqwa iran --avoid pmf --format json
          actorgraph path Graphs/*.ag abu-taqwa iran --render path.svg [--only-path]
        """
    )

    @OptionGroup var input: QueryOperands

    @OptionGroup var traversal: TraversalOptionGroup

    @OptionGroup var identities: IdentityOption

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

    @Option(help: ArgumentHelp("How to print the paths.", valueName: "format"))
    var format: PathOutputFormat = .text

    @Option(help: ArgumentHelp("Also draw the paths over the faded graph to this file (any export format by its extension: .svg, .png, .pdf, .dot, ...).", valueName: "file"))
    var render: String?

    @Flag(name: .customLong("only-path"), help: "With --render: draw only the paths, not the rest of the graph.")
    var onlyPath = false

    @OptionGroup var layout: EngineOption

    func validate() throws {
        _ = try input.split(actors: 2, named: "FROM and TO (ids, names or aliases)")
        if [all, k != nil, every].filter({ $0 }).count > 1 { throw ValidationError("choose one of --all, --k and --every") }
        if every && maxHops == nil { throw ValidationError("--every needs --max-hops N, so a dense graph cannot run away") }
        if maxHops != nil && !every { throw ValidationError("--max-hops goes with --every") }
        if let k, k < 1 { throw ValidationError("--k takes a number of paths, 1 or more") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops takes a number of relations, 1 or more") }
        if limit < 1 { throw ValidationError("--limit takes a number of paths, 1 or more") }
        if onlyPath && render == nil { throw ValidationError("--only-path goes with --render FILE") }
        if let render { _ = try validating { () throws(ToolError) in try Exporting().exporter(format: nil, destination: render, option: "--render") } }
    }

    func run() throws {
        let (files, actors) = try input.split(actors: 2, named: "FROM and TO")
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let loaded = try input.options.load(files, reporter: reporter)
            let merge = identities.merged(loaded)
            let view = merge?.view ?? loaded
            let (start, end) = try ToolError.lookingUp { () throws(LookupError) in
                (try view.entity(named: actors[0]), try view.entity(named: actors[1]))
            }
            let filter = try traversal.filter(for: view.graph)
            if filter.avoided.contains(start) || filter.avoided.contains(end) {
                throw ToolError(.usage, id: "avoid-end",
                                "--avoid names \(filter.avoided.contains(start) ? "FROM" : "TO"); a path cannot avoid its own ends, so drop it from --avoid")
            }
            var finder = PathFinder(view: view, filter: filter)
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
            if let render {
                let exporting = Exporting()
                let drawn = onlyPath ? view.pathView(paths) : view
                try exporting.write(drawn, with: try exporting.exporter(format: nil, destination: render, option: "--render"),
                                    options: layout.options(highlight: onlyPath ? nil : .paths(paths, in: view.graph)), to: render,
                                    inputs: files, reporter: reporter)
            }
            let deniedLeftOut = filter.deniedLeftOut(in: view).count
            switch format {
            case .json:
                try StandardOutput.write(Array(PathReport(view: view, from: start, to: end, paths: paths, complete: complete,
                                                          deniedLeftOut: deniedLeftOut, merge: merge).json().utf8))
            case .text:
                let listing = PathListing(paths: paths, numbered: all || k != nil || every, complete: complete, limit: limit,
                                          deniedLeftOut: deniedLeftOut)
                try StandardOutput.print(listing.text(in: view, from: start, to: end) + (merge?.note ?? ""))
            }
        }
    }
}
