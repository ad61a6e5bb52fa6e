/// How the graph rests on its sources: how many items each source
/// supports, and which items rest on a single source (or on none), a
/// report that repeats another counting as the original it repeats.
public struct SourceReport: Sendable {
    /// One source and what it supports.
    public struct Row: Sendable {
        /// The source's index.
        public var source: Int
        /// How many entities, relations and attribute values cite it.
        public var items: Int
    }

    /// A cited thing: an entity, a relation, or one value of an attribute.
    public struct Item: Hashable, Sendable {
        /// How to name it for people.
        public var description: String
        /// How many reports it cites and how many independent accounts they give.
        public var corroboration: Corroboration

        /// The distinct sources it cites, in order of first citation.
        public var sources: [Int] { corroboration.reports }
    }

    /// One row per source, in declaration order.
    public let rows: [Row]
    /// Items that rest on exactly one independent source, in file order:
    /// those citing one source, and those whose other sources repeat it
    /// (``Corroboration``).
    public let singleSourced: [Item]
    /// Relations that cite no source at all, in file order.
    public let uncitedRelations: [Int]

    /// Tallies the citations of what `view` holds, as it counts them.
    public init(view: GraphView) {
        let graph = view.graph
        var items: [Item] = []
        func add(_ description: String, _ citations: [Citation]) {
            if !citations.isEmpty { items.append(Item(description: description, corroboration: Corroboration(citations, in: graph))) }
        }
        for index in view.entityIndices {
            let entity = graph.entities[index]
            add(entity.name, view.citations(entity.citations))
            for attribute in view.attributes(ofEntity: index) {
                for value in attribute.values { add("\(entity.name) · \(attribute.key): \(Self.told(value, in: graph))", value.citations) }
            }
        }
        for index in view.relationIndices {
            add(graph.sentence(for: index) + (graph.claim(of: index).map { " (\($0))" } ?? ""), view.citations(ofRelation: index))
            for attribute in view.attributes(ofRelation: index) {
                for value in attribute.values { add("\(graph.sentence(for: index)) · \(attribute.key): \(Self.told(value, in: graph))", value.citations) }
            }
        }
        var counts = [Int](repeating: 0, count: graph.sources.count)
        for item in items { for source in item.sources { counts[source] += 1 } }
        rows = graph.sources.indices.map { Row(source: $0, items: counts[$0]) }
        singleSourced = items.filter { $0.corroboration.independent == 1 }
        uncitedRelations = view.relationIndices.filter { graph.relations[$0].citations.isEmpty }
    }

    /// How an item rests on its one source when it does not cite that
    /// source alone: ` — 2 reports, 1 independent (r001 repeats r000)`
    /// when a report and its copy are both cited, ` — via r004` when only
    /// a report repeating the source is.
    private static func resting(_ corroboration: Corroboration, in graph: Graph) -> String {
        if corroboration.isOvercounted { return " — " + corroboration.description(in: graph) }
        guard !corroboration.repeats.isEmpty else { return "" }
        return " — via " + corroboration.reports.map { graph.sources[$0].id }.joined(separator: ", ")
    }

    /// `r000 3-8; reuters 1-2, 9-10`: what a source declares it repeats,
    /// each original with the lines that repeat it (none for the whole
    /// report), or `-`.
    private static func repeated(by source: Int, in graph: Graph) -> String {
        let dependencies = graph.sourceDependencies[source]
        guard !dependencies.isEmpty else { return "-" }
        return dependencies.map { dependency in
            let lines = dependency.lines.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            return ([graph.sources[dependency.original].id] + (lines.isEmpty ? [] : [lines.joined(separator: ", ")])).joined(separator: " ")
        }.joined(separator: "; ")
    }

    /// A value as a source's list tells it: its text, and the claim it is.
    private static func told(_ value: AttributeValue, in graph: Graph) -> String {
        value.text + (graph.claim(of: value).map { " (\($0))" } ?? "")
    }

    /// Tallies the citations of the whole of `graph`.
    public init(graph: Graph) {
        self.init(view: graph.view)
    }

    /// The report as text: the sources table (with what each source
    /// repeats, in a graph whose sources declare it), then the
    /// single-sourced items grouped by the source they rest on, each
    /// resting on it through a report that repeats it saying so, then the
    /// uncited relations.
    public func text(in graph: Graph) -> String {
        var lines: [String] = []
        if rows.isEmpty {
            lines.append("no sources declared: declare them with 'source r000 \"title\" [outlet: ..., reliability: B]' and cite them with [src: r000]")
            if !uncitedRelations.isEmpty { lines.append("(all \(uncitedRelations.count) relations cite no source)") }
            return lines.joined(separator: "\n") + "\n"
        }
        let repeats = graph.declaresDependencies
        let header = ["id", "grade", "date", "outlet", "items"] + (repeats ? ["repeats"] : []) + ["title"]
        let table = rows.map { row -> [String] in
            let source = graph.sources[row.source]
            return [source.id, source.reliability?.rawValue ?? "-", source.date?.description ?? "-",
                    source.attributes[key: "outlet"] ?? "-", String(row.items)]
                + (repeats ? [Self.repeated(by: row.source, in: graph)] : []) + [source.title]
        }
        let widths = header.indices.map { column in ([header] + table).map { $0[column].count }.max() ?? 0 }
        for row in [header] + table {
            lines.append(row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  "))
        }
        lines.append("")
        lines.append("Resting on a single source (\(singleSourced.count) item\(singleSourced.count == 1 ? "" : "s")):")
        for row in rows {
            let only = singleSourced.filter { $0.corroboration.originals == [row.source] }
            guard !only.isEmpty else { continue }
            lines.append("  \(graph.sources[row.source].id):")
            lines += only.map { "    \($0.description)" + Self.resting($0.corroboration, in: graph) }
        }
        if !uncitedRelations.isEmpty {
            lines.append("")
            lines.append("Citing no source (\(uncitedRelations.count) relation\(uncitedRelations.count == 1 ? "" : "s")):")
            lines += uncitedRelations.map { "    \(graph.sentence(for: $0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
