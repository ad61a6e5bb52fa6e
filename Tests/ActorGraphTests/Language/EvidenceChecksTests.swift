import Testing
@testable import ActorGraph

/// How sources, citations, claims, dates and disputed values are read.
struct EvidenceChecksTests {
    let graph: Graph

    init() throws {
        let result = GraphCompiler.compile([try fixture("evidence.ag")])
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))")
        graph = try #require(result.graph)
    }

    private func relation(_ subject: String, _ object: String, status: ClaimStatus) throws -> Relation {
        try #require(graph.relations.first {
            graph.entities[$0.subject].id == subject && graph.entities[$0.object].id == object && $0.status == status
        })
    }

    @Test func sourcesKeepTheirGradesDatesAndKeys() {
        #expect(graph.sources.map(\.id) == ["r000", "r001"])
        #expect(graph.sources[0].reliability == .B)
        #expect(graph.sources[0].date == PartialDate("2024-01-04"))
        #expect(graph.sources[0].attributes == [Attribute("outlet", "EFE")])
        #expect(graph.sources[1].attributes == [Attribute("outlet", "Reuters"), Attribute("file", "001.txt")])
        #expect(graph.source(id: "r001") == 1)
    }

    @Test func citationsCarryQuotesAndGrades() throws {
        let confirmed = try relation("us", "nujaba", status: .confirmed)
        #expect(confirmed.citations == [Citation(source: 0, quote: "its forces", credibility: 1), Citation(source: 1)])
        #expect(confirmed.citations[0].description(in: graph) == "r000 \"its forces\" (B1)")
        #expect(graph.entities[graph.entity(id: "nujaba")!].citations == [Citation(source: 0)])
    }

    @Test func claimsKeepStatusAndClaimant() throws {
        let alleged = try relation("coal", "nujaba", status: .alleged)
        #expect(alleged.claimants == [graph.entity(id: "army")!])
        let confirmed = try relation("us", "nujaba", status: .confirmed)
        #expect(confirmed.claimants == [graph.entity(id: "ryder")!])
        #expect(try relation("us", "strike", status: .reported).claimants.isEmpty)
    }

    @Test func structuredKeysLeaveTheFreeAttributes() throws {
        let confirmed = try relation("us", "nujaba", status: .confirmed)
        #expect(confirmed.attributes.map(\.key) == ["date"])
    }

    @Test func disputedValuesStandSideBySide() throws {
        let strike = graph.entities[try #require(graph.entity(id: "strike"))]
        let killed = try #require(strike.attributes.first { $0.key == "killed" })
        #expect(killed.isDisputed)
        #expect(killed.values.map(\.text) == ["3", "2"])
        #expect(killed.values[1].citations == [Citation(source: 1, quote: "At least two", credibility: 2)])
        #expect(killed.value == "3 / 2")
        let weapon = try #require(strike.attributes.first { $0.key == "weapon" })
        #expect(!weapon.isDisputed && weapon.values[0].citations == [Citation(source: 0)])
    }

    @Test func aValueBesideFiguresThatIsNotOneIsWarnedAbout() {
        expectDiagnostic("""
        source r0
        person a
        a attacked a [killed: "at least 3" [src: r0], "3 fighters" [src: r0]]
        """, .warning, line: 3, column: 47, "'3 fighters' is not read as a figure, so the values of 'killed' are compared as words")
    }

    @Test(arguments: [#"rockets [src: r0], missiles [src: r0]"#, #"unknown [src: r0], "Islamic State" [src: r0]"#,
                      #"3 [src: r0], "at least 2" [src: r0]"#, #""3 km" [src: r0]"#])
    func wordsOnlyOrFiguresOnlyAreNotWarnedAbout(_ values: String) {
        #expect(compile("source r0\nperson a\na attacked a [k: \(values)]").diagnostics.isEmpty)
    }

    @Test func datesAndSpansPlaceRelationsInTime() throws {
        #expect(try relation("us", "nujaba", status: .confirmed).time == .on(PartialDate("2024-01-04")!))
        #expect(try relation("ryder", "us", status: .reported).time == TimeSpan(start: PartialDate("2019"), end: nil))
        #expect(try relation("army", "coal", status: .denied).time == TimeSpan(start: PartialDate("2023-12"), end: PartialDate("2024-01")))
        #expect(try relation("us", "strike", status: .reported).time == nil)
    }

    @Test func disputedDatesSpanEveryValueAndAreAllChecked() throws {
        let result = compile("""
        source s1
        source s2
        person a
        person b
        a attacked b [date: 2024-01-04 [src: s1], 2024-01-02 [src: s2]]
        a commands b [from: 2020 [src: s1], 2019 [src: s2]]
        b attacked a [date: 2024-01-04 [src: s1], garbage [src: s2]]
        """)
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("'garbage' is not a date") })
        let graph = try #require(compile("""
        source s1
        source s2
        person a
        person b
        a attacked b [date: 2024-01-04 [src: s1], 2024-01-02 [src: s2]]
        a commands b [from: 2020 [src: s1], 2019 [src: s2]]
        """).graph)
        #expect(graph.relations[0].time == TimeSpan(start: PartialDate("2024-01-02"), end: PartialDate("2024-01-04"), isEvent: true))
        #expect(graph.relations[1].time?.start == PartialDate("2019"))
    }

    // MARK: Claims on values

    static let valueClaims = """
    source r0
    group maker "Drone maker" [made-in: iran [status: assessed, by: us-military, src: r0]]
    state us-military "US military"
    person ryder "Pat Ryder"
    us-military attacked maker [civilians: 0 [status: claimed, by: "Pat Ryder", src: r0], killed: 3 [src: r0], 2 [status: alleged, src: r0]]
    """

    @Test func aValueCarriesItsStatusAndClaimants() throws {
        let graph = try ActorGraphTests.graph(Self.valueClaims)
        let maker = graph.entities[try #require(graph.entity(id: "maker"))]
        let madeIn = try #require(maker.attributes.first { $0.key == "made-in" }).values[0]
        // `by:` may name an actor declared after the value's entity.
        #expect(madeIn == AttributeValue("iran", citations: [Citation(source: 0)], status: .assessed, claimants: [graph.entity(id: "us-military")!]))
        #expect(madeIn.isClaim)
        let attributes = graph.relations[0].attributes
        #expect(attributes.first { $0.key == "civilians" }?.values[0].claimants == [graph.entity(id: "ryder")!])
        let killed = try #require(attributes.first { $0.key == "killed" })
        #expect(killed.values.map(\.status) == [.reported, .alleged])
        #expect(killed.values.map(\.isClaim) == [false, true])
        #expect(graph.claim(of: madeIn) == "assessed by US military")
        #expect(graph.claim(of: killed.values[0]) == nil)
    }

    @Test func anActorNamedOnlyInAValuesByIsUsed() {
        // Pat Ryder is named only as the claimant of a value.
        #expect(compile(Self.valueClaims).diagnostics.isEmpty)
    }

    @Test func aValuesUnknownClaimantIsLocatedWithTheNearestIds() {
        expectDiagnostic("""
        source r0
        group maker [made-in: iran [status: assessed, by: us-militar, src: r0]]
        state us-military
        maker attacked us-military
        """, .error, line: 2, column: 51, "'by:' names an actor that does not exist: unknown entity id 'us-militar'; did you mean 'us-military'?")
        expectDiagnostic("""
        source r0
        state us
        us attacked us [killed: 3 [by: "Pat Rider", src: r0]]
        """, .error, line: 3, column: 32, "no entity has the name or alias \"Pat Rider\"")
    }

    @Test func aValuesUnknownStatusSuggestsTheNearest() {
        expectDiagnostic("""
        source r0
        state us
        us attacked us [killed: 3 [status: asessed, src: r0]]
        """, .error, line: 3, column: 36, "unknown status 'asessed'; did you mean 'assessed'?")
    }

    @Test func aValuesListGivesEachKeyOnceAndOneStatus() {
        expectDiagnostic("""
        state us
        us attacked us [killed: 3 [status: claimed, status: alleged]]
        """, .error, line: 2, column: 45, "duplicate annotation 'status'")
        expectDiagnostic("""
        state us
        us attacked us [killed: 3 [status: claimed, alleged]]
        """, .error, line: 2, column: 45, "'status' takes one value here")
    }

    @Test func anActorNamedInTheByOfAListThatFailedIsNotWarnedAbout() {
        for statement in ["group g [made-in: iran [by: us, note: x]]\nstate s\ng attacked s",
                          "group g\nstate s\ng attacked s [killed: 3 [by: us, status: nonsense]]"] {
            let result = compile("state us\n" + statement)
            #expect(result.diagnostics.map(\.severity) == [.error], "\(TextDiagnosticFormatter().format(result.diagnostics))")
        }
    }
}
