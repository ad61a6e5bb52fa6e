/// What a drawing picks out, e.g. the paths a query found.
public struct Highlight: Hashable, Sendable {
    /// Entity indices drawn heavier.
    public var entities: Set<Int>
    /// Relation indices drawn heavier.
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

    /// Picks out one entity and leaves the rest as they are.
    public static func center(_ entity: Int) -> Highlight {
        Highlight(entities: [entity], relations: [], fadesOthers: false)
    }

    /// Picks out `paths` over the faded rest.
    public static func paths(_ paths: [Path], in graph: Graph) -> Highlight {
        Highlight(entities: Set(paths.flatMap { $0.entities(in: graph) }), relations: Set(paths.flatMap { $0.steps.map(\.relation) }))
    }
}
