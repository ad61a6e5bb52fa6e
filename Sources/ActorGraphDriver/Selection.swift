import ActorGraph

/// The evidence filters and the part of the graph a command works on, as
/// the command line names them (`--as-of`, `--min-status`, `--cited-only`, `--source`, `--known-by`,
/// `--focus` with `--radius`, `--only-kinds`, `--only-relations`), turned
/// into a view of the loaded graph without rebuilding it.
public struct Selection: Sendable {
    /// Keep relations that held on this day.
    public var asOf: PartialDate?
    /// Keep claims at least this firmly asserted.
    public var minimumStatus: ClaimStatus?
    /// Keep only relations that cite a source.
    public var citedOnly: Bool
    /// Keep only what this source (by id) reports.
    public var source: String?
    /// Keep only what sources published by this day support.
    public var knownBy: PartialDate?
    /// Keep only the actors within ``radius`` relations of this one.
    public var focus: String?
    /// With ``focus``: how many relations away.
    public var radius: Int
    /// Keep only entities of these kinds.
    public var onlyKinds: [String]
    /// Keep only relations of these types, and the actors they join.
    public var onlyRelations: [String]

    /// A selection; the default keeps everything.
    public init(asOf: PartialDate? = nil, minimumStatus: ClaimStatus? = nil, citedOnly: Bool = false, source: String? = nil,
                knownBy: PartialDate? = nil, focus: String? = nil, radius: Int = 1, onlyKinds: [String] = [], onlyRelations: [String] = []) {
        self.asOf = asOf
        self.minimumStatus = minimumStatus
        self.citedOnly = citedOnly
        self.source = source
        self.knownBy = knownBy
        self.focus = focus
        self.radius = radius
        self.onlyKinds = onlyKinds
        self.onlyRelations = onlyRelations
    }

    /// The evidence filters alone, applied to `graph`.
    public func evidenceView(of graph: Graph) throws(ToolError) -> GraphView {
        graph.filtered(by: try evidenceFilter(in: graph))
    }

    /// The evidence filters as the library takes them.
    public func evidenceFilter(in graph: Graph) throws(ToolError) -> EvidenceFilter {
        try ToolError.lookingUp(option: "--source") { () throws(LookupError) in
            try EvidenceFilter(in: graph, asOf: asOf, minimumStatus: minimumStatus, citedOnly: citedOnly, source: source, knownBy: knownBy)
        }
    }

    /// With `--known-by`, the note that says which sources it leaves out
    /// because their date may fall after the day (undated, or a month or
    /// year reaching past it), so a reader knows what the answer does not
    /// count; `nil` when there are none.
    public func uncertainDateNote(in graph: Graph) -> String? {
        guard let knownBy else { return nil }
        let uncertain = EvidenceFilter(knownBy: knownBy).uncertainSources(in: graph)
        guard !uncertain.isEmpty else { return nil }
        let shown = uncertain.prefix(5).map { index in
            let source = graph.sources[index]
            return "\(source.id) (\(source.date.map { "dated \($0)" } ?? "undated"))"
        }
        let more = uncertain.count > shown.count ? " and \(uncertain.count - shown.count) more" : ""
        return "--known-by \(knownBy) leaves out \(uncertain.count) source\(uncertain.count == 1 ? "" : "s") that may have been published "
            + "after the day: \(shown.joined(separator: ", "))\(more); date them to the day (date: YYYY-MM-DD) to count them"
    }

    /// Every filter and selection applied to `graph`, and the focus actor
    /// when there is one.
    public func view(of graph: Graph) throws(ToolError) -> (view: GraphView, focus: Int?) {
        let evidence = try evidenceView(of: graph)
        let kinds = onlyKinds.isEmpty ? nil
            : try ToolError.lookingUp(option: "--only-kinds") { () throws(LookupError) in try graph.kinds(named: onlyKinds) }
        let types = onlyRelations.isEmpty ? nil
            : try ToolError.lookingUp(option: "--only-relations") { () throws(LookupError) in try graph.relationTypes(named: onlyRelations) }
        // Looked up in the filtered graph: an actor the evidence filters
        // leave out is unknown there, as it would be in a rebuilt graph.
        let center = try ToolError.lookingUp(option: "--focus") { () throws(LookupError) in
            try focus.map { name throws(LookupError) in try evidence.entity(named: name) }
        }
        let selected = evidence.selecting(kinds: kinds, relationTypes: types, keeping: center)
        guard let center else { return (selected, nil) }
        guard selected.contains(entity: center) else {
            throw ToolError(.input, id: "focus-not-drawn",
                            "--focus '\(focus ?? "")' is not among the kinds drawn; drop --only-kinds or choose another actor")
        }
        // A drawing shows denied relations as denied (dotted), so the
        // actors a denial joins are drawn too.
        return (selected.egoView(center: center, radius: radius, filter: TraversalFilter(includeDenied: true)), center)
    }
}
