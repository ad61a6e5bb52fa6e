/// The markup of relations that say the same thing, kept by what they say
/// (the relation without its ends), for writers whose relation markup,
/// once past the ids, depends on nothing else: GraphML and GEXF. In a
/// large graph many relations share their type, claim, date and
/// attributes and differ only by the entities they join; each such
/// markup is then built once. Plain relations, the most common, need no
/// keeping: their type's markup is theirs. At most `limit` markups are
/// kept, so a graph whose relations all differ costs a bounded amount
/// of memory.
struct RelationMarkupCache {
    private var markups: [Relation: [UInt8]] = [:]
    private let limit: Int

    init(limit: Int = 1 << 16) { self.limit = limit }

    /// Writes the markup of relation `index` to `out`: `plain`, its type's
    /// markup, for a relation that looks exactly like its type and says
    /// nothing of its own (``Presentation/isPlain(relation:)``); else as
    /// kept, or as `write` writes it, and then kept.
    mutating func write(_ index: Int, in presentation: Presentation, plain: [UInt8], to out: inout XMLBuffer,
                        _ write: (inout XMLBuffer) -> Void) {
        guard !presentation.isPlain(relation: index) else {
            out.raw(plain)
            return
        }
        var content = presentation.graph.relations[index]
        // The ends are written apart, before the markup.
        (content.subject, content.object) = (0, 0)
        if let markup = markups[content] {
            out.raw(markup)
            return
        }
        let start = out.storage.count
        write(&out)
        if markups.count < limit { markups[content] = Array(out.storage[start...]) }
    }
}
