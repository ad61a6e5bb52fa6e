// Evidence as JSON, the same wherever it appears: in ActorGraph's own
// JSON, and as JSON text inside the string fields of formats without
// structured values (GraphML).

extension JSONBuffer {
    /// `[{"key":...,"values":[{"text":...,"citations":[...]}]}]`.
    mutating func attributes(_ list: [Attribute], of graph: Graph) {
        array(list) { out, attribute in
            out.raw(#"{"key":"#); out.string(attribute.key)
            out.raw(#","values":"#)
            out.array(attribute.values) { out, value in
                out.raw(#"{"text":"#); out.string(value.text)
                out.raw(#","citations":"#); out.citations(value.citations, of: graph)
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

/// Evidence as JSON text, for a string field of another format.
enum JSONText {
    static func strings(_ items: [String]) -> String { text { $0.strings(items) } }

    static func attributes(_ list: [Attribute], of graph: Graph) -> String { text { $0.attributes(list, of: graph) } }

    static func citations(_ list: [Citation], of graph: Graph) -> String { text { $0.citations(list, of: graph) } }

    /// Every source of `graph`, as ActorGraph's JSON lists them.
    static func sources(_ graph: Graph) -> String { text { out in out.array(graph.sources) { $0.source($1, of: graph) } } }

    private static func text(_ write: (inout JSONBuffer) -> Void) -> String {
        var buffer = JSONBuffer()
        write(&buffer)
        return String(decoding: buffer.storage, as: UTF8.self)
    }
}
