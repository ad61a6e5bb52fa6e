import Testing
@testable import ActorGraph

struct GraphBuilderTests {
    /// Every built-in relation type, with each kind pair it must accept or refuse.
    @Test(arguments: [
        ("commands", "person", "group", true), ("commands", "group", "person", true), ("commands", "state", "group", true),
        ("commands", "person", "state", false),
        ("part-of", "group", "group", true), ("part-of", "group", "state", true), ("part-of", "person", "group", false),
        ("part-of", "group", "person", false),
        ("member-of", "person", "group", true), ("member-of", "person", "state", true), ("member-of", "group", "group", false),
        ("member-of", "person", "person", false),
        ("funded-by", "group", "state", true), ("funded-by", "person", "person", true), ("funded-by", "state", "state", false),
        ("funded-by", "group", "event", false),
        ("attacked", "state", "group", true), ("attacked", "event", "person", true),
        ("allied-with", "group", "state", true), ("allied-with", "event", "event", true),
    ])
    func endpointRules(type: String, from: String, to: String, allowed: Bool) {
        var schema = Schema.standard
        schema.define(EntityKind(name: "event", style: Schema.defaultKindStyle))
        var builder = GraphBuilder(schema: schema)
        builder.addEntity(id: "a", kind: schema.kind(named: from)!)
        builder.addEntity(id: "b", kind: schema.kind(named: to)!)
        builder.addRelation(.id("a"), type, .id("b"), origin: 7)
        let (graph, issues) = builder.build()
        #expect(graph.relations.count == (allowed ? 1 : 0))
        #expect(issues.contains { if case .endpointRule = $0.problem { return $0.origin == 7 } else { return false } } == !allowed)
    }

    @Test func duplicateIDIsReportedWithTheFirstOrigin() {
        var builder = GraphBuilder()
        builder.addEntity(id: "x", kind: 0, origin: 1)
        builder.addEntity(id: "x", kind: 1, origin: 2)
        let (graph, issues) = builder.build()
        #expect(graph.entities.count == 1)
        #expect(issues.contains(GraphIssue(problem: .duplicateID("x", first: 1), origin: 2, part: .id)))
    }

    @Test func aliasNamingTwoEntitiesIsReported() {
        var builder = GraphBuilder()
        builder.addEntity(id: "a", kind: 1, name: "Al Nujaba", origin: 1)
        builder.addEntity(id: "b", kind: 1, aliases: ["x", "al-Nujaba"], origin: 2)
        let issues = builder.build().issues.filter { !$0.isWarning }
        #expect(issues == [GraphIssue(problem: .ambiguousName("al-Nujaba", otherID: "a", other: 1), origin: 2, part: .alias(1))])
    }

    @Test func ownSpellingsMayFoldAlike() {
        var builder = GraphBuilder()
        builder.addEntity(id: "us", kind: 2, name: "US", aliases: ["U.S."])
        builder.addRelation(.name("u s"), "attacked", .id("us"))
        let (graph, issues) = builder.build()
        #expect(issues.isEmpty)
        #expect(graph.relations.count == 1)
    }

    @Test func unknownReferencesGetSuggestions() {
        var builder = GraphBuilder()
        builder.addEntity(id: "nujaba", kind: 1, name: "Harakat al-Nujaba")
        builder.addRelation(.id("nujabba"), "attacked", .name("Harakat al Nujabaa"))
        builder.addRelation(.id("nujaba"), "atacked", .id("nujaba"))
        let issues = builder.build().issues
        #expect(issues.contains { $0.problem == .unknownEntity("nujabba", quoted: false, suggestions: ["nujaba"]) && $0.part == .subject })
        #expect(issues.contains { $0.problem == .unknownEntity("Harakat al Nujabaa", quoted: true, suggestions: ["Harakat al-Nujaba"]) })
        #expect(issues.contains { $0.problem == .unknownRelationType("atacked", suggestions: ["attacked", "attacker"]) && $0.part == .type })
    }

    @Test func untouchedEntitiesAreWarnings() {
        var builder = GraphBuilder()
        builder.addEntity(id: "a", kind: 0, origin: 3)
        let issues = builder.build().issues
        #expect(issues == [GraphIssue(problem: .unusedEntity("a"), origin: 3, part: .id)])
        #expect(issues[0].isWarning)
    }

    @Test func aClaimantIsUsedLikeARelationEnd() {
        for resolvedNow in [true, false] {
            var builder = GraphBuilder()
            builder.addEntity(id: "a", kind: 2)
            builder.addEntity(id: "b", kind: 2)
            builder.addEntity(id: "c", kind: 2)
            let claimant: GraphBuilder.Reference = resolvedNow ? .index(2) : .id("c")
            builder.addRelation(.index(0), "attacked", .index(1), evidence: GraphBuilder.RelationEvidence(claimants: [claimant]))
            #expect(builder.build().issues.isEmpty)
        }
    }

    @Test func aValuesClaimantsAreResolvedOnceEveryEntityIsKnownAndCountAsUse() throws {
        var builder = GraphBuilder()
        let claim = GraphBuilder.ValueClaimants(key: "made-in", value: 0, claimants: [.id("us")])
        builder.addEntity(id: "maker", kind: 1, attributes: [Attribute("made-in", values: [AttributeValue("iran", status: .assessed)])],
                          valueClaimants: [claim])
        builder.addEntity(id: "us", kind: 2)
        builder.addEntity(id: "b", kind: 1)
        builder.addRelation(.index(2), "attacked", .index(0), attributes: [Attribute("killed", "3")],
                            valueClaimants: [GraphBuilder.ValueClaimants(key: "killed", value: 0, claimants: [.name("maker")])])
        let (graph, issues) = builder.build()
        #expect(issues.isEmpty)
        #expect(graph.entities[0].attributes[0].values[0] == AttributeValue("iran", status: .assessed, claimants: [1]))
        #expect(graph.relations[0].attributes[0].values[0].claimants == [0])
    }

    @Test func aValuesUnknownClaimantIsAnIssueAtThatClaimant() {
        var builder = GraphBuilder()
        builder.addEntity(id: "a", kind: 1)
        builder.addRelation(.index(0), "attacked", .index(0), attributes: [Attribute("killed", "3")],
                            valueClaimants: [GraphBuilder.ValueClaimants(key: "killed", value: 0, claimants: [.index(0), .id("x")])])
        let (graph, issues) = builder.build()
        #expect(issues.map(\.part) == [.valueClaimant(key: "killed", value: 0, position: 1)])
        #expect(issues.first?.message.hasPrefix("'by:' names an actor that does not exist") == true)
        #expect(graph.relations.isEmpty)
    }

    @Test func parallelRelationsKeepTheirOwnAttributes() throws {
        var builder = GraphBuilder()
        builder.addEntity(id: "a", kind: 2)
        builder.addEntity(id: "b", kind: 1)
        builder.addRelation(.id("a"), "attacked", .id("b"), attributes: [Attribute("date", "2023-12")])
        builder.addRelation(.id("a"), "attacked", .id("b"), attributes: [Attribute("date", "2024-01-04")])
        let graph = builder.build().graph
        #expect(graph.relations.map { $0.attributes[key: "date"] } == ["2023-12", "2024-01-04"])
    }

    @Test func referenceKeysAreResolvedWhenBuiltWhateverTheOrder() {
        var schema = Schema.standard
        let event = schema.define(EntityKind(name: "event", style: Schema.defaultKindStyle, referenceKeys: ["site"]))
        var builder = GraphBuilder(schema: schema)
        let a = builder.addEntity(id: "a", kind: 1, name: "Group A")!
        builder.addRelation(.index(a), "attacked", .index(a), attributes: [Attribute("event", "Strike"), Attribute("weapon", "x")], origin: 3)
        builder.addEntity(id: "hq", kind: 1, attributes: [Attribute("site", "a")], origin: 4)
        builder.addEntity(id: "strike", kind: event, name: "Strike", attributes: [Attribute("site", "group a"), Attribute("target", "nobody")], origin: 5)
        let (graph, issues) = builder.build()
        #expect(graph.relations[0].attributes[0].values[0].entity == graph.entity(id: "strike"))
        #expect(graph.relations[0].attributes[1].values[0].entity == nil)
        // `site` is a reference only on events.
        #expect(graph.entities[1].attributes[0].values[0].entity == nil)
        #expect(graph.entities[2].attributes[0].values[0].entity == a)
        #expect(issues == [GraphIssue(problem: .unknownReference(key: "target", value: "nobody", suggestions: []), origin: 5,
                                      part: .value(key: "target", index: 0)),
                           GraphIssue(problem: .unusedEntity("hq"), origin: 4, part: .id)])
        #expect(issues[0].diagnosticID == .unknownReference)
    }
}
