/// Who reported each relation and each disputed value first, and which
/// sources followed, as `actorgraph timeline --first-reported` lists them.
///
/// Sources are ordered by the last day their `date:` allows, the day by
/// which each was surely out, so a source of `2024-01-04` comes before one
/// dated only `2024-01` (which may have appeared on the 31st); sources
/// with the same date tie and are reported together, and undated sources
/// come last. Only the citations the view counts are read, so every
/// evidence filter, `--known-by` included, shapes the answer.
public struct FirstReports: Sendable {
    /// What was reported: a relation, or one value of a disputed attribute
    /// (one given several values, as ``ConflictReport`` finds them).
    public enum Subject: Hashable, Sendable {
        /// A relation, by index.
        case relation(Int)
        /// Value `value` of the attribute `key` of an entity or a relation.
        case value(ConflictReport.Item, key: String, value: String)
    }

    /// Sources that give the same date, or no date.
    public struct Group: Hashable, Sendable {
        /// The date they give; `nil` for the undated sources.
        public var date: PartialDate?
        /// The sources, by index, in declaration order.
        public var sources: [Int]
    }

    /// One relation or value and the sources that report it, grouped by date.
    public struct Entry: Hashable, Sendable {
        /// What was reported.
        public var subject: Subject
        /// The groups of sources, earliest first, the undated group last.
        public var groups: [Group]
        /// How many independent accounts the sources give, where some
        /// repeat others (``SourceDependency``).
        public var corroboration: Corroboration

        init(subject: Subject, citations: [Citation], in graph: Graph) {
            self.subject = subject
            groups = FirstReports.groups(citations, in: graph)
            corroboration = Corroboration(citations, in: graph)
        }
    }

    /// The cited relations of the view, earliest first report first; ties keep file order.
    public let relations: [Entry]
    /// Every value of the view's disputed attributes that cites a source,
    /// ordered as ``relations``.
    public let values: [Entry]
    /// How many relations of the view cite no source, and so are not listed.
    public let uncitedRelations: Int

    /// The first reports of what `view` holds, with the citations it counts.
    public init(_ view: GraphView) {
        let graph = view.graph
        var relations: [Entry] = []
        var uncited = 0
        var values: [Entry] = []
        for index in view.relationIndices {
            let citations = view.citations(ofRelation: index)
            if citations.isEmpty { uncited += 1 } else { relations.append(Entry(subject: .relation(index), citations: citations, in: graph)) }
        }
        let attributes = view.entityIndices.map { (ConflictReport.Item.entity($0), view.attributes(ofEntity: $0)) }
            + view.relationIndices.map { (ConflictReport.Item.relation($0), view.attributes(ofRelation: $0)) }
        for (item, list) in attributes {
            for attribute in list where attribute.isDisputed {
                for value in attribute.values where !value.citations.isEmpty {
                    values.append(Entry(subject: .value(item, key: attribute.key, value: value.text), citations: value.citations, in: graph))
                }
            }
        }
        self.relations = Self.byFirstReport(relations)
        self.values = Self.byFirstReport(values)
        uncitedRelations = uncited
    }

    /// The cited sources, each once, grouped by date: dated groups by the
    /// last day their date allows, then the first day; the undated last.
    /// Within a group, sources keep their declaration order, so the same
    /// sources tying for first make the same group wherever they do.
    fileprivate static func groups(_ citations: [Citation], in graph: Graph) -> [Group] {
        var groups: [Group] = []
        var seen = Set<Int>()
        for citation in citations where seen.insert(citation.source).inserted {
            let date = graph.sources[citation.source].date
            if let group = groups.firstIndex(where: { $0.date == date }) {
                groups[group].sources.append(citation.source)
            } else {
                groups.append(Group(date: date, sources: [citation.source]))
            }
        }
        for index in groups.indices { groups[index].sources.sort() }
        return groups.sorted { Self.order($0.date) < Self.order($1.date) }
    }

    /// Where a date sorts: by the day it was surely out by, then its
    /// first day; no date after every date.
    private static func order(_ date: PartialDate?) -> (Int, Int, Int) {
        date.map { (0, $0.latest, $0.earliest) } ?? (1, 0, 0)
    }

    /// Entries by their first group's date, a stable sort keeping file order.
    private static func byFirstReport(_ entries: [Entry]) -> [Entry] {
        entries.enumerated().sorted { a, b in
            let (first, second) = (order(a.element.groups.first?.date), order(b.element.groups.first?.date))
            return first != second ? first < second : a.offset < b.offset
        }.map(\.element)
    }

    /// Whether nothing of the view cites a source.
    public var isEmpty: Bool { relations.isEmpty && values.isEmpty }

    /// The listing, in blocks by who reported first (the sources that
    /// tie for first, with their outlets, and when), earliest first; in
    /// each block the relations, then the disputed values, each with the
    /// sources that followed in a column, and how many independent
    /// accounts they give where some repeat others; last, how many
    /// relations cite no source:
    ///
    /// ```
    /// First reported by r000 (EFE) on 2024-01-04:
    ///   Harakat al-Nujaba -funded-by-> Iran
    ///   Kirkuk province -located-in-> Iraq   then r001 in 2024-01
    /// ```
    public func text(in graph: Graph) -> String {
        guard !isEmpty else { return "no relation or disputed value cites a source\n" }
        var blocks: [Group: [Entry]] = [:]
        var firsts: [Group] = []
        for entry in relations + values {
            guard let first = entry.groups.first else { continue }
            if blocks[first] == nil { firsts.append(first) }
            blocks[first, default: []].append(entry)
        }
        firsts.sort { a, b in
            Self.order(a.date) != Self.order(b.date) ? Self.order(a.date) < Self.order(b.date) : a.sources.lexicographicallyPrecedes(b.sources)
        }
        var lines: [String] = []
        for first in firsts {
            if !lines.isEmpty { lines.append("") }
            let ids = Self.ids(first.sources, withOutlets: true, in: graph)
            lines.append(first.date.map { "First reported by \(ids) \(Self.when($0)):" } ?? "Reported only by undated sources, \(ids):")
            let rows = (blocks[first] ?? []).map { entry in
                let independence = entry.corroboration.isOvercounted ? " — " + entry.corroboration.description(in: graph) : ""
                return (subject: Self.describe(entry.subject, in: graph), followers: Self.followers(entry.groups.dropFirst(), in: graph) + independence)
            }
            // Only rows with followers are padded, so only theirs sets the width.
            let width = rows.filter { !$0.followers.isEmpty }.map(\.subject.count).max() ?? 0
            lines += rows.map { row in
                row.followers.isEmpty ? "  " + row.subject
                    : "  " + row.subject.padding(toLength: width, withPad: " ", startingAt: 0) + "   " + row.followers
            }
        }
        if uncitedRelations > 0 {
            let count = uncitedRelations
            lines += ["", "(\(count) relation\(count == 1 ? " cites" : "s cite") no source and \(count == 1 ? "is" : "are") not listed)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ subject: Subject, in graph: Graph) -> String {
        switch subject {
        case .relation(let index): return graph.sentence(for: index) + (graph.claim(of: index).map { " (\($0))" } ?? "")
        case .value(let item, let key, let value): return "\(ConflictReport.owner(of: item, in: graph)) · \(key): \(value)"
        }
    }

    /// `then r001, r003 in 2024-01; undated r009`: the sources that
    /// followed the first, date by date.
    private static func followers(_ groups: ArraySlice<Group>, in graph: Graph) -> String {
        groups.map { group in
            let ids = ids(group.sources, withOutlets: false, in: graph)
            return group.date.map { "then \(ids) \(when($0))" } ?? "undated \(ids)"
        }.joined(separator: "; ")
    }

    /// `r000 (EFE), r002 (EFE)`: the sources' ids, with their outlets where asked and given.
    private static func ids(_ sources: [Int], withOutlets: Bool, in graph: Graph) -> String {
        sources.map { index in
            let source = graph.sources[index]
            return source.id + (withOutlets ? source.attributes[key: "outlet"].map { " (\($0))" } ?? "" : "")
        }.joined(separator: ", ")
    }

    /// A day is "on 2024-01-04", a month or a year "in 2024-01".
    private static func when(_ date: PartialDate) -> String {
        (date.precision == .day ? "on " : "in ") + date.description
    }
}
