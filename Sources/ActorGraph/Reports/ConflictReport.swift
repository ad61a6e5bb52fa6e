/// Where sources disagree: attributes given several values, and
/// relations on which claims differ (who attacked whom, on the same day),
/// with who says what, and one display value chosen by a stated rule.
public struct ConflictReport: Sendable {
    /// How to pick one value to show where sources give several.
    public enum Rule: String, CaseIterable, Sendable {
        /// For figures, the lowest count the most reliable reports allow
        /// together (reports taken from the best graded down, each kept
        /// while it can hold with those before it), as conflict-event
        /// datasets keep the most conservative figure; for values that are
        /// not all figures, as `reliable`.
        case conservative
        /// The value whose best citation has the best Admiralty grade:
        /// source reliability A-F first, then item credibility 1-6; ties go
        /// to the value more independent sources give (a report that
        /// repeats another counts as the original, see ``Corroboration``),
        /// then to the one written first.
        case reliable
    }

    /// What a disputed attribute belongs to.
    public enum Item: Hashable, Sendable {
        /// An entity, by index.
        case entity(Int)
        /// A relation, by index.
        case relation(Int)
    }

    /// An attribute given several values that cannot all be true.
    public struct DisputedValue: Sendable {
        /// Whose attribute.
        public var item: Item
        /// The attribute.
        public var attribute: Attribute
        /// The index of the value the rule picks.
        public var chosen: Int
        /// For figures (every value a ``ReportedNumber``), the counts the
        /// most reliable reports allow together, whose lowest count is the
        /// conservative figure; `nil` for other values.
        public var allowed: NumberRange?
    }

    /// An attribute given several figures that can all hold together
    /// ("at least 2" and "at least 3"): not a dispute, but worth showing
    /// with what the reports allow together.
    public struct CompatibleFigures: Sendable {
        /// Whose attribute.
        public var item: Item
        /// The attribute.
        public var attribute: Attribute
        /// The counts every report allows; its lowest is the conservative figure.
        public var allowed: NumberRange
    }

    /// Relations of one type towards one object at one time that claims
    /// attribute to different subjects, or that someone denies while
    /// others assert them.
    public struct DisputedRelations: Sendable {
        /// The relations, in file order.
        public var relations: [Int]
        /// Each relation's citations as the view counts them (see
        /// ``GraphView/counts(_:)``), in the order of ``relations``.
        public var citations: [[Citation]]
    }

    /// The rule used for ``DisputedValue/chosen``.
    public let rule: Rule
    /// Every disputed attribute, entities first, in file order.
    public let values: [DisputedValue]
    /// Every attribute whose differing figures can all hold, entities first, in file order.
    public let compatible: [CompatibleFigures]
    /// Every group of disputed relations, in file order of their first relation.
    public let relations: [DisputedRelations]

    /// Finds the conflicts in `view`, with attribute values as the view tells them.
    public init(view: GraphView, rule: Rule = .conservative) {
        self.rule = rule
        let graph = view.graph
        var values: [DisputedValue] = []
        var compatible: [CompatibleFigures] = []
        let attributes = view.entityIndices.map { (Item.entity($0), view.attributes(ofEntity: $0)) }
            + view.relationIndices.map { (Item.relation($0), view.attributes(ofRelation: $0)) }
        for (item, list) in attributes {
            for attribute in list where attribute.isDisputed {
                let order = Self.byReliability(attribute.values, in: graph)
                let figures = attribute.values.compactMap(\.reportedNumber)
                guard figures.count == attribute.values.count else {
                    values.append(DisputedValue(item: item, attribute: attribute, chosen: order[0]))
                    continue
                }
                // Take the reports from the most reliable down, each while it can hold with those before;
                // when every one is kept, the figures are compatible.
                var allowed = NumberRange.any
                var kept: [Int] = []
                for index in order {
                    guard let narrower = allowed.intersection(figures[index].range) else { continue }
                    allowed = narrower
                    kept.append(index)
                }
                if kept.count == figures.count {
                    compatible.append(CompatibleFigures(item: item, attribute: attribute, allowed: allowed))
                    continue
                }
                let chosen = rule == .reliable ? order[0] : kept.first { figures[$0].range.contains(allowed.lowest) } ?? kept[0]
                values.append(DisputedValue(item: item, attribute: attribute, chosen: chosen, allowed: allowed))
            }
        }
        self.values = values
        self.compatible = compatible
        relations = Self.disputedRelations(in: view)
    }

    /// Finds the conflicts in the whole of `graph`.
    public init(graph: Graph, rule: Rule = .conservative) {
        self.init(view: graph.view, rule: rule)
    }

    /// Groups relations by type, object and time; a group is disputed when
    /// someone denies what others assert, or when it names several subjects
    /// and at least one rests only on a claim, an accusation or a denial.
    /// Plain reports of different subjects (two cities in one country) are
    /// parallel facts, not a disagreement.
    private static func disputedRelations(in view: GraphView) -> [DisputedRelations] {
        let graph = view.graph
        struct Key: Hashable {
            var type: Int, object: Int, time: TimeSpan?
        }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for index in view.relationIndices {
            let relation = graph.relations[index]
            let key = Key(type: relation.type, object: relation.object, time: relation.time)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        return order.compactMap { key in
            let members = groups[key]!
            let items = members.map { graph.relations[$0] }
            let subjects = Set(items.map(\.subject))
            let denied = items.contains { $0.status == .denied } && items.contains { $0.status != .denied }
            let contested = items.contains { [.claimed, .alleged, .denied].contains($0.status) }
            guard denied || (subjects.count > 1 && contested) else { return nil }
            return DisputedRelations(relations: members, citations: members.map(view.citations(ofRelation:)))
        }
    }

    /// The indices of `values`, best Admiralty grade first: source
    /// reliability A-F, then item credibility 1-6; ties go to the value
    /// more independent sources give, then to the one written first.
    private static func byReliability(_ values: [AttributeValue], in graph: Graph) -> [Int] {
        let grades = values.map { value -> (Int, Int, Int) in
            let best = value.citations.map { citation -> (Int, Int) in
                let reliability = graph.sources[citation.source].reliability.map { SourceReliability.allCases.firstIndex(of: $0)! } ?? 6
                return (reliability, citation.credibility ?? 7)
            }.min { $0 < $1 } ?? (7, 8)
            return (best.0, best.1, -Corroboration(value.citations, in: graph).independent)
        }
        return values.indices.sorted { first, second in
            let (a, b) = (grades[first], grades[second])
            return (a.0, a.1, a.2, first) < (b.0, b.1, b.2, second)
        }
    }

    /// The report as text: each disputed value with the sources behind it
    /// and the one the rule shows, then each attribute whose figures differ
    /// but can all hold, with what they allow together, then each disputed
    /// group of relations.
    public func text(in graph: Graph) -> String {
        var lines: [String] = []
        if values.isEmpty && compatible.isEmpty && relations.isEmpty {
            return "no conflicts: no attribute has several values and no claims disagree\n"
        }
        if !values.isEmpty { lines.append("Values that sources disagree on (shown by the \(rule.rawValue) rule):") }
        for value in values {
            lines.append("  \(Self.owner(of: value.item, in: graph)) · \(value.attribute.key)")
            lines += Self.valueLines(value.attribute, chosen: value.chosen, in: graph)
            if let allowed = value.allowed {
                lines.append("    these cannot all hold; the most reliable reports allow \(allowed)")
            }
        }
        if !compatible.isEmpty {
            if !values.isEmpty { lines.append("") }
            lines.append("Figures that differ but can all hold:")
        }
        for figures in compatible {
            lines.append("  \(Self.owner(of: figures.item, in: graph)) · \(figures.attribute.key): every report allows \(figures.allowed)")
            lines += Self.valueLines(figures.attribute, chosen: nil, in: graph)
        }
        if !relations.isEmpty {
            if !values.isEmpty || !compatible.isEmpty { lines.append("") }
            lines.append("Relations that claims disagree on:")
        }
        for group in relations {
            let first = graph.relations[group.relations[0]]
            let when = first.time.map { $0.isEvent ? " on \($0.description)" : " (\($0.description))" } ?? ""
            let type = graph.schema.relationTypes[first.type], object = graph.entities[first.object].name
            // A role names its participant: "attacker of the strike?", not "who attacker the strike?".
            lines.append(type.role == .participation ? "  \(type.name) of \(object)\(when)?" : "  who \(type.name) \(object)\(when)?")
            let width = group.relations.map { graph.entities[graph.relations[$0].subject].name.count }.max() ?? 0
            let claims = group.relations.map { graph.claim(of: $0) ?? "reported" }
            let claimWidth = claims.map(\.count).max() ?? 0
            for (member, claim) in claims.enumerated() {
                let relation = graph.relations[group.relations[member]]
                let who = graph.entities[relation.subject].name.padding(toLength: width, withPad: " ", startingAt: 0)
                let cited = group.citations[member].map { graph.sources[$0.source].id }.joined(separator: ", ")
                let shown = cited.isEmpty ? claim : claim.padding(toLength: claimWidth, withPad: " ", startingAt: 0) + "   [\(cited)]"
                    + Self.independence(group.citations[member], in: graph)
                lines.append("    \(who)   \(shown)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` — 2 reports, 1 independent (r001 repeats r000)` for cited words
    /// in a graph whose sources declare what they repeat; nothing in any
    /// other graph, whose every report is taken as independent.
    private static func independence(_ citations: [Citation], in graph: Graph) -> String {
        guard graph.declaresDependencies, !citations.isEmpty else { return "" }
        return " — " + Corroboration(citations, in: graph).description(in: graph)
    }

    /// What owns an attribute, for people: an entity's name, or a relation's sentence.
    static func owner(of item: Item, in graph: Graph) -> String {
        switch item {
        case .entity(let index): return graph.entities[index].name
        case .relation(let index): return graph.sentence(for: index)
        }
    }

    /// One line a value: `→` before the chosen one, the value, its
    /// citations, who claims it when it is a claim, and, in a graph whose
    /// sources declare what they repeat, how many independent accounts
    /// it rests on.
    private static func valueLines(_ attribute: Attribute, chosen: Int?, in graph: Graph) -> [String] {
        let width = attribute.values.map(\.text.count).max() ?? 0
        return attribute.values.enumerated().map { index, candidate in
            let marker = index == chosen ? "→ " : "  "
            let cited = candidate.citations.map { $0.description(in: graph) }.joined(separator: ", ")
                + (graph.claim(of: candidate).map { "  (\($0))" } ?? "") + independence(candidate.citations, in: graph)
            return "    \(marker)\(candidate.text.padding(toLength: width, withPad: " ", startingAt: 0))   \(cited)"
        }
    }
}
