/// A path through the graph: where it starts and the relations it follows.
/// Paths name relations, not only actors, so two paths that differ only in
/// which of two parallel relations they use are different paths.
public struct Path: Hashable, Sendable {
    /// The index of the first entity.
    public var start: Int
    /// The hops, in order.
    public var steps: [PathStep]

    /// Creates a path.
    public init(start: Int, steps: [PathStep] = []) {
        self.start = start
        self.steps = steps
    }

    /// How many relations the path follows.
    public var length: Int { steps.count }

    /// The entities visited, from the start to the end.
    public func entities(in graph: Graph) -> [Int] {
        var entities = [start]
        entities.reserveCapacity(steps.count + 1)
        for step in steps {
            let relation = graph.relations[step.relation]
            entities.append(step.forward ? relation.object : relation.subject)
        }
        return entities
    }

    /// The path as a chain of names with each hop's true direction:
    /// `A -commands-> B <-funded-by- C`. A hop that is only claimed, alleged,
    /// confirmed or denied says so (`-attacked [alleged by X]->`), so a
    /// chain never shows an accusation as a fact. A hop whose relation has
    /// parallels of the same type also says which one it used, with the
    /// shortest label that tells them apart: its date, then its
    /// attributes, then its place among them in file order (`[#2]`).
    public func chain(in view: GraphView) -> String {
        let graph = view.graph
        let entities = entities(in: graph)
        var text = graph.entities[start].name
        for (index, step) in steps.enumerated() {
            text += " " + Self.hop(step, in: view) + " " + graph.entities[entities[index + 1]].name
        }
        return text
    }

    /// One hop as a chain shows it, `-commands->` or
    /// `<-attacker [confirmed by Pat Ryder]-`, so that `neighbors` says
    /// how each neighbour is linked in the words `path` uses.
    static func hop(_ step: PathStep, in view: GraphView) -> String {
        var label = view.graph.schema.relationTypes[view.graph.relations[step.relation].type].name
        let marks = Self.marks(for: step.relation, in: view)
        if !marks.isEmpty { label += " [" + marks.joined(separator: ", ") + "]" }
        return step.forward ? "-\(label)->" : "<-\(label)-"
    }

    /// What a hop's label says beyond its type: its claim, and what tells
    /// it apart from parallel relations of the same type.
    private static func marks(for index: Int, in view: GraphView) -> [String] {
        let graph = view.graph
        let relation = graph.relations[index]
        let parallels = view.outgoing(relation.subject).filter { other in
            graph.relations[other].object == relation.object && graph.relations[other].type == relation.type
        }
        func marks(_ other: Int, detail: Int) -> [String] {
            let item = graph.relations[other]
            var marks = graph.claim(of: other).map { [$0] } ?? []
            if detail >= 1, let time = item.time { marks.append(time.description) }
            if detail >= 2 {
                // Dates already shown as the relation's time are not repeated.
                marks += view.attributes(ofRelation: other).filter { item.time == nil || !["date", "from", "to"].contains($0.key) }.map { "\($0.key): \($0.value)" }
            }
            if detail >= 3 { marks.append("#\(parallels.firstIndex(of: other)! + 1)") }
            return marks
        }
        guard parallels.count > 1 else { return marks(index, detail: 0) }
        for detail in 0...3 where Set(parallels.map { marks($0, detail: detail) }).count == parallels.count {
            return marks(index, detail: detail)
        }
        return marks(index, detail: 3)
    }

    /// The path as a chain of names in the whole of `graph`; see ``chain(in:)-(GraphView)``.
    public func chain(in graph: Graph) -> String {
        chain(in: graph.view)
    }

    /// The evidence for each hop, one line each: the hop in its true
    /// direction, how firmly it is asserted if not a plain report, and the
    /// sources with their quoted words, so a path reads as an evidence
    /// chain: `Harakat al-Nujaba -funded-by-> Iran  r000 "financed by Iran" (B3)`;
    /// where some of the sources repeat others, how many are independent:
    /// `... r000, r001 — 2 reports, 1 independent (r001 repeats r000)`.
    /// Only the citations `view` counts are shown (see ``GraphView/counts(_:)``).
    public func evidence(in view: GraphView) -> [String] {
        let graph = view.graph
        let entities = entities(in: graph)
        return steps.enumerated().map { index, step in
            let relation = graph.relations[step.relation]
            let type = graph.schema.relationTypes[relation.type].name
            let (near, far) = (graph.entities[entities[index]].name, graph.entities[entities[index + 1]].name)
            var line = step.forward ? "\(near) -\(type)-> \(far)" : "\(near) <-\(type)- \(far)"
            if let claim = graph.claim(of: step.relation) { line += " (\(claim))" }
            let citations = view.citations(relation.citations)
            line += citations.isEmpty ? "  (no source)" : "  " + citations.map { $0.description(in: graph) }.joined(separator: ", ")
            let corroboration = Corroboration(citations, in: graph)
            if corroboration.isOvercounted { line += " — " + corroboration.description(in: graph) }
            return line
        }
    }

    /// The evidence for each hop in the whole of `graph`; see ``evidence(in:)-(GraphView)``.
    public func evidence(in graph: Graph) -> [String] {
        evidence(in: graph.view)
    }
}
