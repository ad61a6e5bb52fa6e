/// The one wording of evidence that every output uses, in tooltips,
/// panels and reports: what an item is, who says so, how firmly, and the
/// sources with their quoted words.
public enum EvidenceText {
    /// `r000 "financed by Iran" (B3) — EFE wire on the strike`: the
    /// citation as ``Citation/description(in:)`` puts it, then the
    /// source's title.
    public static func citation(_ citation: Citation, in graph: Graph) -> String {
        citation.description(in: graph) + " — " + graph.sources[citation.source].title
    }

    /// `killed: 3 (r000) / 2 (r001)`: an attribute with each value's sources.
    public static func attribute(_ attribute: Attribute, in graph: Graph) -> String {
        let values = attribute.values.map { value in
            value.citations.isEmpty ? value.text : value.text + " (" + value.citations.map { graph.sources[$0.source].id }.joined(separator: ", ") + ")"
        }
        return "\(attribute.key): " + values.joined(separator: " / ")
    }

    /// An entity's lines: its id and kind, its other names, its
    /// attributes as the view tells them, and the sources that report it.
    public static func entity(_ index: Int, in view: GraphView) -> [String] {
        let graph = view.graph
        let entity = graph.entities[index]
        var lines = ["\(entity.id) (\(graph.schema.kinds[entity.kind].name))"]
        if !entity.aliases.isEmpty { lines.append("aka " + entity.aliases.joined(separator: ", ")) }
        lines += view.attributes(ofEntity: index).map { attribute($0, in: graph) }
        lines += entity.citations.map { "source: " + citation($0, in: graph) }
        return lines
    }

    /// A relation's lines: who claims it and how firmly, when it held, its
    /// other attributes as the view tells them, and every source with its
    /// quoted words; in a graph that declares sources, an uncited relation
    /// says so.
    public static func relation(_ index: Int, in view: GraphView) -> [String] {
        let graph = view.graph
        let relation = graph.relations[index]
        var lines: [String] = []
        if let claim = graph.claim(of: index) { lines.append(claim) }
        if let time = relation.time { lines.append("when: \(time.description)") }
        lines += view.attributes(ofRelation: index).filter { !["date", "from", "to"].contains($0.key) }.map { attribute($0, in: graph) }
        lines += relation.citations.map { "source: " + citation($0, in: graph) }
        if relation.citations.isEmpty && !graph.sources.isEmpty { lines.append("no source cited") }
        return lines
    }
}
