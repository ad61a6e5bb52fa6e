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
            entities.append(step.forward ? relation.target : relation.source)
        }
        return entities
    }

    /// The path as a chain of names with each hop's true direction:
    /// `A -commands-> B <-funded-by- C`. A hop whose relation has a parallel
    /// of the same type also says which one it used: its claim and date
    /// (`[alleged by X, 2024-01-04]`), or else its attributes, or else its
    /// place among the parallels in file order (`[#2]`).
    public func chain(in graph: Graph) -> String {
        let entities = entities(in: graph)
        var text = graph.entities[start].name
        for (index, step) in steps.enumerated() {
            let relation = graph.relations[step.relation]
            var label = graph.schema.relationTypes[relation.type].name
            let parallels = graph.outgoing[relation.source].map(Int.init).filter { other in
                graph.relations[other].target == relation.target && graph.relations[other].type == relation.type
            }
            if parallels.count > 1 {
                // Say which parallel: by its claim and date where it has
                // them, else by its attributes, else by its place in the file.
                let marks = [graph.claim(of: step.relation), relation.time?.description].compactMap { $0 }
                let attributes = relation.attributes.map { "\($0.key): \($0.value)" }
                label += !marks.isEmpty ? " [" + marks.joined(separator: ", ") + "]"
                    : !attributes.isEmpty ? " [" + attributes.joined(separator: ", ") + "]"
                    : " [#\(parallels.firstIndex(of: step.relation)! + 1)]"
            }
            text += step.forward ? " -\(label)-> " : " <-\(label)- "
            text += graph.entities[entities[index + 1]].name
        }
        return text
    }

    /// The evidence for each hop, one line each: the hop in its true
    /// direction, how firmly it is asserted if not a plain report, and the
    /// sources with their quoted words, so a path reads as an evidence
    /// chain: `Harakat al-Nujaba -funded-by-> Iran  r000 "financed by Iran" (B3)`.
    public func evidence(in graph: Graph) -> [String] {
        let entities = entities(in: graph)
        return steps.enumerated().map { index, step in
            let relation = graph.relations[step.relation]
            let type = graph.schema.relationTypes[relation.type].name
            let (near, far) = (graph.entities[entities[index]].name, graph.entities[entities[index + 1]].name)
            var line = step.forward ? "\(near) -\(type)-> \(far)" : "\(near) <-\(type)- \(far)"
            if let claim = graph.claim(of: step.relation) { line += " (\(claim))" }
            let cited = relation.citations.map { $0.description(in: graph) }
            line += cited.isEmpty ? "  (no source)" : "  " + cited.joined(separator: ", ")
            return line
        }
    }
}
