extension Graph {
    /// The index of the source whose account `citation` rests on: its own
    /// source, unless that source declares it repeats another (``SourceDependency``)
    /// in the passage cited, then that original's, followed on to the root.
    ///
    /// A passage-level dependency (`copies: r000 "3-8"`) takes the citation
    /// only when ``Citation/line`` lies in a declared range; a citation
    /// whose line is not known (its quote not checked against the report)
    /// counts as its own source's. Past the first step the line in the
    /// original is not known, so only whole-report dependencies lead on.
    /// Declared cycles are reported by the checker; here the walk stops
    /// where it would come round again.
    public func original(of citation: Citation) -> Int {
        var current = citation.source, line = citation.line
        var visited: Set<Int> = [current]
        while let next = sourceDependencies[current].first(where: { $0.covers(line: line) })?.original, visited.insert(next).inserted {
            current = next
            line = nil
        }
        return current
    }
}
