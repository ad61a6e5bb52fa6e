import Testing
@testable import ActorGraph

/// Role assignments in an event's list (`attacker: us-military [status:
/// confirmed]`): each becomes a relation from its participant to the event.
struct EventRolesTests {
    static let strike = """
    source r000 "EFE"
    source r002 "AP"
    kind   event
    kind   place
    state  us-led-coalition   "US-led coalition"
    group  us-military        "US military"
    state  iraqi-armed-forces "Iraqi Armed Forces"
    person pat-ryder          "Pat Ryder"
    person al-saadi           "al-Saadi"
    group  nujaba             "Harakat al-Nujaba"
    place  baghdad            "Baghdad"
    event  tower-22 "Tower 22 attack" [date: 2024-01-28, attacker: al-saadi, target: us-military]
    event  strike   "Baghdad strike"  [
        date:     2024-01-04,
        attacker: us-military [status: confirmed, by: pat-ryder, src: r002],
                  us-led-coalition [status: alleged, by: iraqi-armed-forces, src: r000],
        target:   "Harakat al Nujaba",
        place:    baghdad,
        killed:   al-saadi [src: r000],
        wounded:  5 [src: r000], 6 [src: r002],
        weapon:   "drone"
    ]

    """

    /// The relations of type `role` into `event`, as (participant id, relation).
    func assignments(_ graph: Graph, _ role: String, of event: String) throws -> [(String, Relation)] {
        let type = try #require(graph.schema.relationType(named: role))
        let target = try #require(graph.entity(id: event))
        return graph.relations.filter { $0.type == type && $0.object == target }.map { (graph.entities[$0.subject].id, $0) }
    }

    @Test func eachAssignmentIsARelationFromItsParticipantWithItsOwnClaim() throws {
        let graph = try graph(Self.strike)
        let attackers = try assignments(graph, "attacker", of: "strike")
        #expect(attackers.map(\.0) == ["us-military", "us-led-coalition"])
        let (confirmed, alleged) = (attackers[0].1, attackers[1].1)
        #expect(confirmed.status == .confirmed && alleged.status == .alleged)
        #expect(confirmed.claimants == [graph.entity(id: "pat-ryder")!])
        #expect(alleged.claimants == [graph.entity(id: "iraqi-armed-forces")!])
        #expect(confirmed.citations.map(\.source) == [graph.source(id: "r002")!])
        #expect(try assignments(graph, "target", of: "strike").map(\.0) == ["nujaba"])
        #expect(try assignments(graph, "place", of: "strike").map(\.0) == ["baghdad"])
        #expect(try assignments(graph, "killed", of: "strike").map(\.0) == ["al-saadi"])
    }

    @Test func theEventsDateHoldsForEveryAssignment() throws {
        let graph = try graph(Self.strike)
        let day = PartialDate("2024-01-04")!
        for (_, relation) in try assignments(graph, "attacker", of: "strike") + assignments(graph, "place", of: "strike") {
            #expect(relation.time == TimeSpan(start: day, end: day, isEvent: true))
            #expect(relation.attributes == [Attribute("date", "2024-01-04")])
        }
    }

    @Test func rolesLeaveTheListAndCountsStayInIt() throws {
        let graph = try graph(Self.strike)
        let strike = graph.entities[try #require(graph.entity(id: "strike"))]
        // `wounded: 5, 6` reads as figures, so it is a count, not participants.
        #expect(strike.attributes.map(\.key) == ["date", "wounded", "weapon"])
    }

    @Test func aDeclaredRoleIsAssignedLikeABuiltInOne() throws {
        let graph = try graph("kind event\nrelation shooter [role: participation, from: person, to: event]\nperson p\nevent e [shooter: p]")
        #expect(try assignments(graph, "shooter", of: "e").map(\.0) == ["p"])
    }

    @Test func aRoleMayShareItsNameWithAKind() throws {
        // `kind place` and the built-in role `place`: a role is written as a key.
        #expect(compile("kind place\nkind event\nplace b\nevent e [place: b]").errorCount == 0)
    }

    @Test func aValueNamingNoEntityIsReportedWithDidYouMean() throws {
        let text = "kind event\ngroup a \"Alpha\"\nevent e [attacker: \"Alpah\"]"
        expectDiagnostic(text, .error, line: 3, column: 20, "'attacker:' names an entity, but no entity has the id, name or alias \"Alpah\"; did you mean 'Alpha'")
        let diagnostic = try #require(compile(text).diagnostics.first { $0.id == .unknownReference })
        #expect(diagnostic.fixIts.first?.replacement == "\"Alpha\"")
    }

    @Test func aParticipantOfAKindTheRoleDoesNotTakeIsReportedAtIt() {
        expectDiagnostic("kind event\nkind place\nplace baghdad\nevent e [date: 2024-01-04, attacker: baghdad]", .error, line: 4, column: 38,
                         "the role 'attacker' takes actor, but 'baghdad' is a place")
        expectDiagnostic("kind event\nperson p\nevent e [killed: p, wounded: us]\nstate us", .error, line: 3, column: 30,
                         "the role 'wounded' takes person|group, but 'us' is a state")
    }

    @Test func aRoleAssignedInAnEntityOfAKindItDoesNotTakeIsReportedAtTheEntity() {
        expectDiagnostic("kind event\nrelation shooter [role: participation, from: person, to: event]\nperson p\nperson q [shooter: p]", .error, line: 4, column: 8,
                         "the role 'shooter' is assigned in event, but 'q' is a person")
    }

    @Test func anAssignmentsUnknownClaimantIsReportedAtIt() {
        expectDiagnostic("kind event\nperson p\nevent e [killed: p [status: alleged, by: \"Qq\"]]", .error, line: 3, column: 42,
                         "'by:' names an actor that does not exist")
    }

    @Test func neighborsOfAnEventListEveryParticipantWithItsRoleAndClaim() throws {
        let graph = try graph(Self.strike)
        let report = NeighborhoodReport(view: graph.view, center: try #require(graph.entity(id: "strike")), radius: 1)
        let links = Dictionary(uniqueKeysWithValues: report.links.map { (graph.entities[$0.key].id, $0.value) })
        #expect(links == [
            "us-military": ["<-attacker [confirmed by Pat Ryder]-"],
            "us-led-coalition": ["<-attacker [alleged by Iraqi Armed Forces]-"],
            "nujaba": ["<-target-"], "baghdad": ["<-place-"], "al-saadi": ["<-killed-"],
        ])
        #expect(report.text(in: graph).contains("us-military (group)       <-attacker [confirmed by Pat Ryder]-"))
    }

    @Test func aPathRunsThroughAnEvent() throws {
        let graph = try graph(Self.strike)
        var finder = PathFinder(view: graph.view)
        let found = finder.shortestPath(from: graph.entity(id: "al-saadi")!, to: graph.entity(id: "us-military")!)
        let path = try #require(found)
        #expect(path.chain(in: graph) == "al-Saadi -attacker-> Tower 22 attack <-target- US military")
    }

    @Test func rolesComeBackFromJSONAsRelations() throws {
        try JSONImporterTests.expectRoundTrip(try graph(Self.strike))
        try JSONImporterTests.expectRoundTrip(try graph("kind event\nrelation shooter [role: participation, from: person, to: event]\nperson p\nevent e [shooter: p]"))
    }

    @Test func conflictsAskWhoTookTheRole() throws {
        let graph = try graph(Self.strike)
        #expect(ConflictReport(graph: graph).text(in: graph).contains("  attacker of Baghdad strike on 2024-01-04?"))
    }
}
