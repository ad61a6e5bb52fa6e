// Evidence as JSON, the same wherever it appears: in ActorGraph's own
// JSON, and as JSON text inside the string fields of formats without
// structured values (GraphML, GEXF, through XMLBuffer.json).

extension JSONBuffer {
    /// `[{"key":...,"values":[{"text":...,"citations":[...],"status":...,"claimants":[...]}]}]`;
    /// a value's `status` and `claimants` only when it is a claim, so files
    /// without value claims read as they did.
    mutating func attributes(_ list: [Attribute], of graph: Graph) {
        array(list) { out, attribute in
            out.raw(#"{"key":"#); out.string(attribute.key)
            out.raw(#","values":"#)
            out.array(attribute.values) { out, value in
                out.raw(#"{"text":"#); out.string(value.text)
                out.raw(#","citations":"#); out.citations(value.citations, of: graph)
                if value.status != .reported { out.raw(#","status":"#); out.string(value.status.rawValue) }
                if !value.claimants.isEmpty { out.raw(#","claimants":"#); out.strings(value.claimants.lazy.map { graph.entities[$0].id }) }
                out.raw("}")
            }
            out.raw("}")
        }
    }

    /// `{"id":...,"title":...,"reliability":...,"date":...,"attributes":[...]}`, absent fields left out.
    mutating func source(_ source: Source, of graph: Graph) {
        raw(#"{"id":"#); string(source.id)
        raw(#","title":"#); string(source.title)
        if let reliability = source.reliability { raw(#","reliability":"#); string(reliability.rawValue) }
        if let date = source.date { raw(#","date":"#); string(date.description) }
        raw(#","attributes":"#); attributes(source.attributes, of: graph)
        raw("}")
    }

    /// `[{"alias":...,"lang":...,"citations":[...]}]` in the order of the
    /// entity's aliases, for those that carry a note; no `lang` without one.
    mutating func aliasNotes(of entity: Entity, in graph: Graph) {
        array(entity.aliases.compactMap { alias in entity.aliasNotes[alias].map { (alias, $0) } }) { out, pair in
            out.raw(#"{"alias":"#); out.string(pair.0)
            if let language = pair.1.language { out.raw(#","lang":"#); out.string(language) }
            out.raw(#","citations":"#); out.citations(pair.1.citations, of: graph)
            out.raw("}")
        }
    }

    /// `[{"source":...,"quote":...,"credibility":...}]`, absent fields left out.
    mutating func citations(_ list: [Citation], of graph: Graph) {
        array(list) { out, citation in
            out.raw(#"{"source":"#); out.string(graph.sources[citation.source].id)
            if let quote = citation.quote { out.raw(#","quote":"#); out.string(quote) }
            if let credibility = citation.credibility { out.raw(#","credibility":"#); out.number(credibility) }
            out.raw("}")
        }
    }
}
