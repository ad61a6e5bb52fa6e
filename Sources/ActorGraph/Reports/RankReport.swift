import Foundation

/// The key actors by a centrality measure, as `actorgraph rank` prints them.
public struct RankReport: Sendable {
    /// One ranked actor.
    public struct Row: Hashable, Sendable {
        /// The entity's index.
        public var entity: Int
        /// Its score.
        public var score: Double
    }

    /// The measure used.
    public let measure: Centrality.Measure
    /// The best-scoring actors, best first, ties in file order.
    public let rows: [Row]
    /// How many denied relations the filter left out of the scores (see
    /// ``TraversalFilter/includeDenied``).
    public let deniedLeftOut: Int

    /// Ranks the actors of `view` by `measure`, keeping the `top` best.
    public init(view: GraphView, measure: Centrality.Measure, filter: TraversalFilter = TraversalFilter(), top: Int) {
        self.measure = measure
        let scores = Centrality.scores(measure, of: view, filter: filter)
        rows = Centrality.ranking(scores, in: view).prefix(top).map { Row(entity: $0, score: scores[$0]) }
        deniedLeftOut = filter.deniedLeftOut(in: view).count
    }

    /// The ranking as a table: rank, score (degree as a whole number,
    /// other measures to four places), name and id.
    public func text(in graph: Graph) -> String {
        var table = TextTable()
        table.append(["rank", measure.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0), "actor", "id"])
        for (position, row) in rows.enumerated() {
            let entity = graph.entities[row.entity]
            table.append([String(position + 1), Self.format(row.score, measure), entity.name, entity.id])
        }
        return table.text + DeniedNote.text(deniedLeftOut)
    }

    private static func format(_ score: Double, _ measure: Centrality.Measure) -> String {
        measure == .degree ? String(Int(score)) : String(format: "%.4f", score)
    }
}
