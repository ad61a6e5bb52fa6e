/// How many accounts a list of citations rests on: the reports cited,
/// and the independent ones once a report that repeats another
/// (``SourceDependency``) is counted as the original it repeats, as in
/// `2 reports, 1 independent (r001 repeats r000)`.
public struct Corroboration: Hashable, Sendable {
    /// A cited source that, in the passages cited, repeats another.
    public struct Repeat: Hashable, Sendable {
        /// The cited source's index.
        public var source: Int
        /// The index of the original it repeats, followed to the root
        /// (see ``Graph/original(of:)``).
        public var original: Int
    }

    /// The distinct sources cited, in order of first citation.
    public let reports: [Int]
    /// The distinct sources the citations rest on, in order of first
    /// citation: each citation's ``Graph/original(of:)``.
    public let originals: [Int]
    /// Each cited source that repeats another, in order of first citation.
    public let repeats: [Repeat]

    /// Counts `citations` of `graph`.
    public init(_ citations: [Citation], in graph: Graph) {
        var reports: [Int] = [], originals: [Int] = [], repeats: [Repeat] = []
        for citation in citations {
            let original = graph.original(of: citation)
            if !reports.contains(citation.source) { reports.append(citation.source) }
            if !originals.contains(original) { originals.append(original) }
            let link = Repeat(source: citation.source, original: original)
            if original != citation.source, !repeats.contains(link) { repeats.append(link) }
        }
        self.reports = reports
        self.originals = originals
        self.repeats = repeats
    }

    /// How many independent accounts the citations give.
    public var independent: Int { originals.count }

    /// Whether fewer independent accounts stand behind the citations than reports cite.
    public var isOvercounted: Bool { independent < reports.count }

    /// `2 reports, 1 independent (r001 repeats r000)`; several repeats are
    /// grouped by original, `(r001 and r004 repeat reuters; r001 repeats r000)`.
    public func description(in graph: Graph) -> String {
        var text = "\(reports.count) report\(reports.count == 1 ? "" : "s"), \(independent) independent"
        var byOriginal: [(original: Int, sources: [Int])] = []
        for link in repeats {
            if let index = byOriginal.firstIndex(where: { $0.original == link.original }) {
                byOriginal[index].sources.append(link.source)
            } else {
                byOriginal.append((link.original, [link.source]))
            }
        }
        guard !byOriginal.isEmpty else { return text }
        text += " (" + byOriginal.map { original, sources in
            let ids = sources.map { graph.sources[$0].id }
            let who = ids.count == 1 ? ids[0] : ids.dropLast().joined(separator: ", ") + " and " + ids[ids.count - 1]
            return who + (ids.count == 1 ? " repeats " : " repeat ") + graph.sources[original].id
        }.joined(separator: "; ") + ")"
        return text
    }
}
