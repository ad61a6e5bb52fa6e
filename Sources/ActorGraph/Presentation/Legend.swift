/// What a drawing's legend explains: the kinds and relation types it
/// shows, and how each claim status other than a plain report is drawn.
public struct Legend: Sendable {
    /// A kind and how its entities look.
    public struct KindEntry: Hashable, Sendable {
        /// The kind's index in the schema.
        public var kind: Int
        /// Its name.
        public var name: String
        /// How its entities are drawn.
        public var appearance: NodeAppearance
    }

    /// A relation type, or a claim status, and how its relations look.
    public struct LineEntry: Hashable, Sendable {
        /// The type's name, or the status's.
        public var name: String
        /// How it is drawn.
        public var appearance: EdgeAppearance
    }

    /// The kinds in the view, in schema order.
    public let kinds: [KindEntry]
    /// The relation types in the view, in schema order.
    public let relationTypes: [LineEntry]
    /// The statuses in the view that change how a line is drawn, firmest first.
    public let statuses: [LineEntry]

    init(_ presentation: Presentation) {
        let view = presentation.view, graph = presentation.graph
        var kindsUsed = [Bool](repeating: false, count: graph.schema.kinds.count)
        for index in view.entityIndices { kindsUsed[graph.entities[index].kind] = true }
        var typesUsed = [Bool](repeating: false, count: graph.schema.relationTypes.count)
        var statusesUsed = Set<ClaimStatus>()
        for index in view.relationIndices {
            typesUsed[graph.relations[index].type] = true
            statusesUsed.insert(graph.relations[index].status)
        }
        kinds = graph.schema.kinds.indices.filter { kindsUsed[$0] }.map {
            KindEntry(kind: $0, name: graph.schema.kinds[$0].name, appearance: presentation.appearance(ofKind: $0))
        }
        relationTypes = graph.schema.relationTypes.indices.filter { typesUsed[$0] }.map {
            LineEntry(name: graph.schema.relationTypes[$0].name, appearance: presentation.appearance(ofType: $0))
        }
        statuses = ClaimStatus.allCases.reversed().filter { $0 != .reported && statusesUsed.contains($0) }.map { status in
            var look = EdgeAppearance(color: Theme.neutral, text: Theme.neutral, line: .solid, arrowhead: .normal, isSymmetric: false,
                                      weight: Theme.edgeWeight, emphasis: .normal)
            Theme.apply(status, to: &look)
            return LineEntry(name: status.rawValue, appearance: look)
        }
    }
}
