/// Paths as `actorgraph path` prints them: one shortest path as a bare
/// chain, or a numbered list when several were asked for; in a graph that
/// cites sources, each path with its evidence chain.
public struct PathListing: Sendable {
    /// The paths, in the order found.
    public let paths: [Path]
    /// Whether the paths are a listing (every shortest, the k shortest,
    /// every simple path) rather than one shortest path; a listing is
    /// numbered however many it holds, so scripts see one format.
    public let numbered: Bool
    /// False when a limit cut the listing short.
    public let complete: Bool
    /// The limit that cut it, for the note that says so.
    public let limit: Int?
    /// How many denied relations the search left out, for the note that
    /// says so (see ``TraversalFilter/deniedLeftOut(in:)``).
    public let deniedLeftOut: Int

    /// Describes `paths`.
    public init(paths: [Path], numbered: Bool, complete: Bool = true, limit: Int? = nil, deniedLeftOut: Int = 0) {
        self.paths = paths
        self.numbered = numbered
        self.complete = complete
        self.limit = limit
        self.deniedLeftOut = deniedLeftOut
    }

    /// The listing, or a line saying there is no path from `start` to `end`.
    public func text(in view: GraphView, from start: Int, to end: Int) -> String {
        let graph = view.graph
        guard !paths.isEmpty else {
            return "no path from \(graph.entities[start].name) to \(graph.entities[end].name) with these options\n" + DeniedNote.text(deniedLeftOut)
        }
        let cited = !graph.sources.isEmpty
        var lines: [String] = []
        if !numbered {
            lines.append(paths[0].chain(in: view))
            if cited { lines += paths[0].evidence(in: view).map { "  " + $0 } }
        } else {
            for (number, path) in paths.enumerated() {
                lines.append("\(number + 1). [\(path.length) relation\(path.length == 1 ? "" : "s")] \(path.chain(in: view))")
                if cited { lines += path.evidence(in: view).map { "     " + $0 } }
            }
            if !complete, let limit { lines.append("(stopped at --limit \(limit); more paths exist)") }
        }
        return lines.joined(separator: "\n") + "\n" + DeniedNote.text(deniedLeftOut)
    }
}
