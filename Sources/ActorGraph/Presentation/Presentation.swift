/// How a view of a graph is shown, decided once for every output: each
/// entity's and relation's label, evidence text and typed appearance
/// (from its kind, its type, its claim status and what the drawing picks
/// out), the legend and the containment tree.
///
/// Writers (DOT, the timeline SVG, and every later format) read this and
/// only translate it into their own syntax, so a kind restyled or a claim
/// worded differently changes every output alike. Everything is computed
/// on demand, item by item, so presenting a large graph allocates nothing
/// per item that a writer does not ask for.
public struct Presentation: Sendable {
    /// What is shown.
    public let view: GraphView
    /// What is picked out, if anything.
    public let highlight: Highlight?
    /// The graph the view looks at; stored, since writers read it for every item.
    public let graph: Graph

    /// Presents `view`, picking out `highlight`.
    public init(_ view: GraphView, highlight: Highlight? = nil) {
        self.view = view
        self.highlight = highlight
        graph = view.graph
    }

    // MARK: Entities

    /// How entities of kind `kind` look when nothing picks them out.
    public func appearance(ofKind kind: Int) -> NodeAppearance {
        let style = graph.schema.kinds[kind].style
        return NodeAppearance(shape: style.shape, stroke: style.color, text: style.color, fill: style.fill ?? Theme.unfilled,
                              weight: Theme.nodeWeight, emphasis: .normal)
    }

    /// Whether entity `index` is picked out, faded or drawn as usual.
    public func emphasis(ofEntity index: Int) -> Emphasis {
        emphasis { $0.entities.contains(index) }
    }

    /// Picked out when `picks` says so, else faded or as usual as the highlight asks.
    private func emphasis(_ picks: (Highlight) -> Bool) -> Emphasis {
        guard let highlight else { return .normal }
        if picks(highlight) { return .highlighted }
        return highlight.fadesOthers ? .faded : .normal
    }

    /// Entity `index` as shown: its name, evidence lines and appearance.
    public func entity(_ index: Int) -> EntityPresentation {
        var look = appearance(ofKind: graph.entities[index].kind)
        Theme.apply(emphasis(ofEntity: index), to: &look)
        return EntityPresentation(index: index, label: graph.entities[index].name, evidence: EvidenceText.entity(index, in: view),
                                  appearance: look)
    }

    // MARK: Relations

    /// How relations of type `type` look when plainly reported and not picked out.
    public func appearance(ofType type: Int) -> EdgeAppearance {
        let relationType = graph.schema.relationTypes[type]
        let style = relationType.style
        return EdgeAppearance(color: style.color, text: style.color, line: style.line,
                              arrowhead: relationType.isSymmetric ? .none : style.arrowhead, isSymmetric: relationType.isSymmetric,
                              weight: Theme.edgeWeight, emphasis: .normal)
    }

    /// How relations of type `type` look when their claim is `status`
    /// and nothing picks them out: what writers that precompute each
    /// type's markup need, without presenting a relation.
    public func appearance(ofType type: Int, status: ClaimStatus) -> EdgeAppearance {
        var look = appearance(ofType: type)
        Theme.apply(status, to: &look)
        return look
    }

    /// Whether relation `index` is picked out, faded or drawn as usual.
    public func emphasis(ofRelation index: Int) -> Emphasis {
        emphasis { $0.relations.contains(index) }
    }

    /// Whether relation `index` looks exactly like its type and carries
    /// nothing of its own to say, so a writer may draw it with its type's
    /// defaults alone. Most relations of a large graph are so; checking
    /// this first spares building labels and evidence for them.
    public func isPlain(relation index: Int) -> Bool {
        // Fields read in place: copying the relation would retain its arrays.
        highlight == nil && graph.sources.isEmpty && graph.relations[index].status == .reported && graph.relations[index].time == nil
            && graph.relations[index].claimants.isEmpty && graph.relations[index].citations.isEmpty && graph.relations[index].attributes.isEmpty
    }

    /// Relation `index` as shown: its label (type, claim and claimants,
    /// when), evidence lines and appearance.
    public func relation(_ index: Int) -> RelationPresentation {
        let relation = graph.relations[index]
        var look = appearance(ofType: relation.type, status: relation.status)
        Theme.apply(emphasis(ofRelation: index), to: &look)
        let claim = graph.claim(of: index), when = relation.time?.description
        var lines = [graph.schema.relationTypes[relation.type].name + (claim.map { " · " + $0 } ?? "")]
        if let when { lines.append(when) }
        return RelationPresentation(index: index, label: lines, evidence: EvidenceText.relation(index, in: view, claim: claim, when: when),
                                    assertion: Assertion(relation.status), appearance: look)
    }

    // MARK: The whole

    /// The legend of what the view shows.
    public var legend: Legend { Legend(self) }

    /// Which entity sits inside which, for drawings that nest containment.
    public var containment: ContainmentTree { ContainmentTree(view) }
}

/// One entity as shown.
public struct EntityPresentation: Hashable, Sendable {
    /// The entity's index in the graph.
    public var index: Int
    /// The label: the entity's name.
    public var label: String
    /// The evidence lines for a tooltip or a panel (see ``EvidenceText``).
    public var evidence: [String]
    /// How it is drawn.
    public var appearance: NodeAppearance
}

/// One relation as shown.
public struct RelationPresentation: Hashable, Sendable {
    /// The relation's index in the graph.
    public var index: Int
    /// The label's lines: the type with its claim and claimants
    /// (`attacked · alleged by Iraqi Armed Forces`), then when it held.
    public var label: [String]
    /// The evidence lines for a tooltip or a panel (see ``EvidenceText``).
    public var evidence: [String]
    /// How firmly it is drawn.
    public var assertion: Assertion
    /// How it is drawn.
    public var appearance: EdgeAppearance
}
