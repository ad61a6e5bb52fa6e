/// How well the mentions found in a source's report agree with what the
/// graph cites the source for (``Graph/entitiesCited(bySource:)``), over
/// actors only (entities of kinds that are actors: person, group, state),
/// since events and places are not what a report is read for: recall is
/// the share of the cited actors found in the report, precision the share
/// of the actors found that the graph cites it for.
public struct MentionScore: Hashable, Sendable {
    /// The source's index in ``Graph/sources``.
    public var source: Int
    /// The actors the graph cites the source for.
    public var cited: Set<Int>
    /// The actors found in its report, ambiguous mentions aside.
    public var found: Set<Int>

    /// The score of `mentions`, found in the report of `source`, against `graph`.
    public init(graph: Graph, source: Int, mentions: ReportMentions) {
        self.source = source
        cited = graph.entitiesCited(bySource: source).filter { graph.kind(of: $0).isActor }
        found = mentions.entities.filter { graph.kind(of: $0).isActor }
    }

    /// Cited and found.
    public var hits: Set<Int> { cited.intersection(found) }
    /// Cited, not found.
    public var misses: Set<Int> { cited.subtracting(found) }
    /// Found, not cited.
    public var falseHits: Set<Int> { found.subtracting(cited) }
    /// The share of the cited entities found; 1 when none is cited.
    public var recall: Double { cited.isEmpty ? 1 : Double(hits.count) / Double(cited.count) }
    /// The share of the entities found that are cited; 1 when none is found.
    public var precision: Double { found.isEmpty ? 1 : Double(hits.count) / Double(found.count) }
}
