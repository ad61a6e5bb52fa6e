/// Choices for ``DOTWriter``, mostly set from the command line.
public struct DOTOptions: Sendable {
    /// Graphviz `rankdir`: `TB`, `LR`, `BT` or `RL`; `nil` leaves Graphviz's default.
    public var rankdir: String?
    /// Whether to add a legend of the kinds and relation types drawn.
    public var legend: Bool
    /// Whether to draw `part-of` containment as nested boxes.
    public var clusters: Bool
    /// A title drawn above the graph.
    public var title: String?
    /// Further graph attributes (`-G name=value`), written after the defaults so they win.
    public var graphAttributes: [(name: String, value: String)]
    /// Entities and relations to pick out; when set, everything else is faded.
    public var highlight: DOTHighlight?

    /// Creates options; the defaults draw the whole graph top to bottom.
    public init(rankdir: String? = nil, legend: Bool = false, clusters: Bool = false, title: String? = nil,
                graphAttributes: [(name: String, value: String)] = [], highlight: DOTHighlight? = nil) {
        self.rankdir = rankdir
        self.legend = legend
        self.clusters = clusters
        self.title = title
        self.graphAttributes = graphAttributes
        self.highlight = highlight
    }
}

/// What a drawing picks out, e.g. the paths a query found.
public struct DOTHighlight: Sendable {
    /// Entity indices drawn bold.
    public var entities: Set<Int>
    /// Relation indices drawn bold.
    public var relations: Set<Int>
    /// Whether everything else is drawn faded (a path over the whole
    /// graph) or as usual (the centre of a neighbourhood).
    public var fadesOthers: Bool

    /// Picks out these entities and relations.
    public init(entities: Set<Int>, relations: Set<Int>, fadesOthers: Bool = true) {
        self.entities = entities
        self.relations = relations
        self.fadesOthers = fadesOthers
    }

    /// Draws one entity bold and leaves the rest as they are.
    public static func center(_ entity: Int) -> DOTHighlight {
        DOTHighlight(entities: [entity], relations: [], fadesOthers: false)
    }
}
