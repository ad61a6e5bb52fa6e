// Evidence as Cypher properties: Cypher property values are numbers,
// strings and flat lists of them, so citations become parallel lists and
// an attribute's values a list of strings.

extension CypherWriter {
    /// `,sources:[...],quotes:[...],credibility:[...]`: one element per
    /// citation in each list, an absent quote as `''` and an absent grade as
    /// `0`, since a stored list may not hold null; nothing without citations.
    mutating func citations(_ list: [Citation]) {
        guard !list.isEmpty else { return }
        let sources = graph.sources
        out.raw(",sources:"); out.strings(list.lazy.map { sources[$0.source].id })
        out.raw(",quotes:"); out.strings(list.lazy.map { $0.quote ?? "" })
        out.raw(",credibility:"); out.array(list) { $0.number($1.credibility ?? 0) }
    }

    /// `,attr_KEY:['value',...]` for each attribute, every value in the order
    /// written, so values that sources dispute stand side by side.
    mutating func attributes(_ list: [Attribute]) {
        for attribute in list {
            out.raw(",")
            out.name(propertyKeys.key(ofAttribute: attribute.key))
            out.raw(":")
            out.strings(attribute.values.lazy.map(\.text))
        }
    }

    /// `,date:...,date_precision:...` for an event; `,from:...` and
    /// `,to:...` with their precisions for the known ends of a span.
    mutating func time(_ time: TimeSpan) {
        if time.isEvent, let date = time.start {
            self.date(date, key: "date")
            return
        }
        if let start = time.start { date(start, key: "from") }
        if let end = time.end { date(end, key: "to") }
    }

    /// `,KEY:'2024-01',KEY_precision:'month'`: the date as written, and
    /// whether it is known to the `year`, `month` or `day`, so a year stays
    /// a year rather than becoming the first of January.
    mutating func date(_ date: PartialDate, key: StaticString) {
        out.raw(","); out.raw(key); out.raw(":"); out.string(date.description)
        out.raw(","); out.raw(key); out.raw("_precision:"); out.string(date.precision.rawValue)
    }
}
