/// The dated relations of a graph in the order they happened or began, as
/// `actorgraph timeline` lists and draws them.
///
/// Relations without a `date:`, `from:` or `to:` have no place on a time
/// axis and are left out. Entries are ordered by ``TimeSpan/sortKey``, so a
/// month (`2023-12`) comes before a day inside a later month
/// (`2024-01-04`) and, for the same first day, the more precise date comes
/// first; relations that tie keep their file order.
public struct Timeline: Sendable {
    /// One dated relation.
    public struct Entry: Hashable, Sendable {
        /// The relation's index in ``Graph/relations``.
        public var relation: Int
        /// When it happened or held.
        public var time: TimeSpan

        /// Creates an entry.
        public init(relation: Int, time: TimeSpan) {
            self.relation = relation
            self.time = time
        }

        /// The ids of the sources it cites, in the order cited, each once:
        /// a relation may quote one source several times.
        public func sourceIDs(in graph: Graph) -> [String] {
            graph.relations[relation].citations.sourceIDs(in: graph)
        }
    }

    /// The dated relations, earliest first.
    public let entries: [Entry]
    /// The view the timeline was taken from, whose counted citations
    /// (see ``GraphView/counts(_:)``) the text shows.
    private let view: GraphView

    /// The timeline of the dated relations in `view`.
    public init(_ view: GraphView) {
        self.view = view
        let graph = view.graph
        let dated = view.relationIndices.compactMap { index -> (key: PartialDate, entry: Entry)? in
            // A span open at both ends says nothing about when; it cannot be placed.
            guard let time = graph.relations[index].time, let key = time.sortKey else { return nil }
            return (key, Entry(relation: index, time: time))
        }
        entries = dated.sorted { ($0.key, $0.entry.relation) < ($1.key, $1.entry.relation) }.map(\.entry)
    }

    /// The timeline of the whole of `graph`.
    public init(_ graph: Graph) {
        self.init(graph.view)
    }

    /// Whether no relation is dated.
    public var isEmpty: Bool { entries.isEmpty }

    /// One line per entry: the when, the relation by entity names, then
    /// where present who asserts it and how firmly (as `Graph.claim(of:)` for a relation
    /// puts it) and the ids of the cited sources the view counts. The when and relation
    /// columns are padded so these notes line up. `no dated relations`
    /// when empty, so a reader is not left with silence.
    ///
    /// ```
    /// 2023-12 – 2024-01  Iraqi Army -attacked-> US-led coalition         (denied by US-led coalition)
    /// 2024-01-04         United States -attacked-> Harakat al-Nujaba     (confirmed by Pat Ryder) [r000, r001]
    /// ```
    public func text(in graph: Graph) -> String {
        guard !isEmpty else { return "no dated relations\n" }
        let rows = entries.map { entry in
            var notes: [String] = []
            if let claim = graph.claim(of: entry.relation) { notes.append("(\(claim))") }
            let ids = view.citations(ofRelation: entry.relation).sourceIDs(in: graph)
            if !ids.isEmpty { notes.append("[" + ids.joined(separator: ", ") + "]") }
            return (when: entry.time.description, sentence: graph.sentence(for: entry.relation), notes: notes.joined(separator: " "))
        }
        let whenWidth = rows.map(\.when.count).max() ?? 0
        // Only lines with notes are padded, so only theirs sets the width.
        let sentenceWidth = rows.filter { !$0.notes.isEmpty }.map(\.sentence.count).max() ?? 0
        return rows.map { row in
            let when = row.when + String(repeating: " ", count: whenWidth - row.when.count)
            guard !row.notes.isEmpty else { return when + "  " + row.sentence }
            return when + "  " + row.sentence + String(repeating: " ", count: sentenceWidth - row.sentence.count) + "  " + row.notes
        }.joined(separator: "\n") + "\n"
    }
}
