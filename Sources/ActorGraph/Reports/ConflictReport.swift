/// Where sources disagree: attributes given several values, and
/// relations on which claims differ (who attacked whom, on the same day),
/// with who says what, and one display value chosen by a stated rule.
public struct ConflictReport: Sendable {
    /// How to pick one value to show where sources give several.
    public enum Rule: String, CaseIterable, Sendable {
        /// The lowest number, as conflict-event datasets count fatalities;
        /// for values that are not all numbers, as `reliable`.
        case conservative
        /// The value whose best citation has the best Admiralty grade:
        /// source reliability A-F first, then item credibility 1-6; ties go
        /// to the value more sources give, then to the one written first.
        case reliable
    }

    /// What a disputed attribute belongs to.
    public enum Item: Hashable, Sendable {
        /// An entity, by index.
        case entity(Int)
        /// A relation, by index.
        case relation(Int)
    }

    /// An attribute given several values.
    public struct DisputedValue: Sendable {
        /// Whose attribute.
        public var item: Item
        /// The attribute.
        public var attribute: Attribute
        /// The index of the value the rule picks.
        public var chosen: Int
    }

    /// Relations of one type towards one object at one time that claims
    /// attribute to different subjects, or that someone denies while
    /// others assert them.
    public struct DisputedRelations: Sendable {
        /// The relations, in file order.
        public var relations: [Int]
    }

    /// The rule used for ``DisputedValue/chosen``.
    public let rule: Rule
    /// Every disputed attribute, entities first, in file order.
    public let values: [DisputedValue]
    /// Every group of disputed relations, in file order of their first relation.
    public let relations: [DisputedRelations]

    /// Finds the conflicts in `view`, with attribute values as the view tells them.
    public init(view: GraphView, rule: Rule = .conservative) {
        self.rule = rule
        let graph = view.graph
        var values: [DisputedValue] = []
        for index in view.entityIndices {
            for attribute in view.attributes(ofEntity: index) where attribute.isDisputed {
                values.append(DisputedValue(item: .entity(index), attribute: attribute, chosen: Self.choose(attribute, rule: rule, in: graph)))
            }
        }
        for index in view.relationIndices {
            for attribute in view.attributes(ofRelation: index) where attribute.isDisputed {
                values.append(DisputedValue(item: .relation(index), attribute: attribute, chosen: Self.choose(attribute, rule: rule, in: graph)))
            }
        }
        self.values = values
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
            return DisputedRelations(relations: members)
        }
    }

    private static func choose(_ attribute: Attribute, rule: Rule, in graph: Graph) -> Int {
        let values = attribute.values
        if rule == .conservative {
            let numbers = values.map { lowestNumber(in: $0.text) }
            if numbers.allSatisfy({ $0 != nil }) {
                return numbers.indices.min { (numbers[$0]!, $0) < (numbers[$1]!, $1) }!
            }
        }
        func grade(_ value: AttributeValue) -> (Int, Int, Int) {
            let best = value.citations.map { citation -> (Int, Int) in
                let reliability = graph.sources[citation.source].reliability.map { SourceReliability.allCases.firstIndex(of: $0)! } ?? 6
                return (reliability, citation.credibility ?? 7)
            }.min { $0 < $1 } ?? (7, 8)
            return (best.0, best.1, -value.citations.count)
        }
        return values.indices.min { first, second in
            let (a, b) = (grade(values[first]), grade(values[second]))
            return (a.0, a.1, a.2, first) < (b.0, b.1, b.2, second)
        }!
    }

    /// The lowest number written in `text` ("3-5" → 3, "at least 10 to 12" → 10), if any.
    static func lowestNumber(in text: String) -> Double? {
        var lowest: Double?
        var digits = ""
        for character in text + " " {
            if character.isASCII && (character.isNumber || (character == "." && !digits.isEmpty)) {
                digits.append(character)
            } else if !digits.isEmpty {
                if let value = Double(digits) { lowest = min(lowest ?? value, value) }
                digits = ""
            }
        }
        return lowest
    }

    /// The report as text: each disputed value with the sources behind it
    /// and the one the rule shows, then each disputed group of relations.
    public func text(in graph: Graph) -> String {
        var lines: [String] = []
        if values.isEmpty && relations.isEmpty { return "no conflicts: no attribute has several values and no claims disagree\n" }
        if !values.isEmpty { lines.append("Values that sources disagree on (shown by the \(rule.rawValue) rule):") }
        for value in values {
            let owner: String
            switch value.item {
            case .entity(let index): owner = graph.entities[index].name
            case .relation(let index): owner = graph.sentence(for: index)
            }
            lines.append("  \(owner) · \(value.attribute.key)")
            let width = value.attribute.values.map(\.text.count).max() ?? 0
            for (index, candidate) in value.attribute.values.enumerated() {
                let marker = index == value.chosen ? "→ " : "  "
                let cited = candidate.citations.map { $0.description(in: graph) }.joined(separator: ", ")
                lines.append("    \(marker)\(candidate.text.padding(toLength: width, withPad: " ", startingAt: 0))   \(cited)")
            }
        }
        if !relations.isEmpty {
            if !values.isEmpty { lines.append("") }
            lines.append("Relations that claims disagree on:")
        }
        for group in relations {
            let first = graph.relations[group.relations[0]]
            let when = first.time.map { $0.isEvent ? " on \($0.description)" : " (\($0.description))" } ?? ""
            lines.append("  who \(graph.schema.relationTypes[first.type].name) \(graph.entities[first.object].name)\(when)?")
            let width = group.relations.map { graph.entities[graph.relations[$0].subject].name.count }.max() ?? 0
            let claims = group.relations.map { graph.claim(of: $0) ?? "reported" }
            let claimWidth = claims.map(\.count).max() ?? 0
            for (index, claim) in zip(group.relations, claims) {
                let relation = graph.relations[index]
                let who = graph.entities[relation.subject].name.padding(toLength: width, withPad: " ", startingAt: 0)
                let cited = relation.citations.map { graph.sources[$0.source].id }.joined(separator: ", ")
                let shown = cited.isEmpty ? claim : claim.padding(toLength: claimWidth, withPad: " ", startingAt: 0) + "   [\(cited)]"
                lines.append("    \(who)   \(shown)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
