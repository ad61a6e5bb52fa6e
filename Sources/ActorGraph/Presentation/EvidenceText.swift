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

    /// `killed: 3 (claimed by Kataib Hezbollah; r000 "at least three" (B1)) / 2 (r001 (C))`:
    /// an attribute with each value's claim, when it is one, and its
    /// citations, quoted words and grades included, as
    /// ``Citation/description(in:)`` words them, and where a cited source
    /// repeats another, how many are independent. A value naming an entity
    /// by its id adds the entity's name, which a reader knows:
    /// `event: strike-baghdad "Baghdad drone strike"`.
    public static func attribute(_ attribute: Attribute, in graph: Graph) -> String {
        let values = attribute.values.map { value in
            var text = value.text
            if let entity = value.entity, graph.entities[entity].name != text, graph.entities[entity].id == text {
                text += " \"" + graph.entities[entity].name + "\""
            }
            let notes = (graph.claim(of: value).map { [$0] } ?? []) + value.citations.map { $0.description(in: graph) }
                + independence(value.citations, in: graph)
            return notes.isEmpty ? text : text + " (" + notes.joined(separator: "; ") + ")"
        }
        return "\(attribute.key): " + values.joined(separator: " / ")
    }

    /// An entity's lines: its id and kind, its other names, its
    /// attributes as the view tells them, and the sources that report it
    /// that the view counts, with how many are independent where one
    /// repeats another.
    public static func entity(_ index: Int, in view: GraphView) -> [String] {
        let graph = view.graph
        let entity = graph.entities[index]
        var lines = ["\(entity.id) (\(graph.schema.kinds[entity.kind].name))"]
        if !entity.aliases.isEmpty { lines.append("aka " + entity.aliases.map { alias($0, entity.aliasNotes[$0], in: graph) }.joined(separator: ", ")) }
        lines += view.attributes(ofEntity: index).map { attribute($0, in: graph) }
        let citations = view.citations(ofEntity: index)
        lines += citations.map { "source: " + citation($0, in: graph) }
        lines += independence(citations, in: graph).map { "sources: " + $0 }
        return lines
    }

    /// `أبو تقوى (ar; r003 "quoted" (B3))`: an alias with its language and
    /// sources, or the alias alone when nothing is noted about it.
    public static func alias(_ alias: String, _ note: AliasNote?, in graph: Graph) -> String {
        guard let note, !note.isEmpty else { return alias }
        return alias + " (" + ([note.language].compactMap { $0 } + note.citations.map { $0.description(in: graph) }).joined(separator: "; ") + ")"
    }

    /// A relation's lines: who claims it and how firmly, when it held, its
    /// other attributes as the view tells them, and every source the view
    /// counts with its quoted words (and how many are independent where one
    /// repeats another); in a graph that declares sources, an uncited relation
    /// says so.
    public static func relation(_ index: Int, in view: GraphView) -> [String] {
        relation(index, in: view, claim: view.graph.claim(of: index), when: view.graph.relations[index].time?.description)
    }

    /// The same, with the claim and the time already worded by the caller.
    static func relation(_ index: Int, in view: GraphView, claim: String?, when: String?) -> [String] {
        let graph = view.graph
        var lines: [String] = []
        if let claim { lines.append(claim) }
        if let when { lines.append("when: " + when) }
        // The time is on its own line above.
        lines += view.attributes(ofRelation: index).filter { $0.key != "date" && $0.key != "from" && $0.key != "to" }.map { attribute($0, in: graph) }
        let citations = view.citations(ofRelation: index)
        lines += citations.map { "source: " + citation($0, in: graph) }
        lines += independence(citations, in: graph).map { "sources: " + $0 }
        // A relation whose only sources are its values' is not uncited.
        let valuesCite = graph.relations[index].attributes.contains { $0.values.contains { !$0.citations.isEmpty } }
        if citations.isEmpty && !valuesCite && !graph.sources.isEmpty { lines.append("no source cited") }
        return lines
    }

    /// `2 reports, 1 independent (r001 repeats r000)` when a cited source
    /// repeats another (``Corroboration``); nothing when each is its own account.
    static func independence(_ citations: [Citation], in graph: Graph) -> [String] {
        let corroboration = Corroboration(citations, in: graph)
        return corroboration.repeats.isEmpty ? [] : [corroboration.description(in: graph)]
    }
}
