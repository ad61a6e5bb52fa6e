import Testing
@testable import ActorGraph

struct EvidenceFilterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    private func sentences(_ filter: EvidenceFilter) -> [String] {
        graph.filtered(by: filter).relationIndices.map { graph.sentence(for: $0) }
    }

    @Test func asOfKeepsWhatHadHappenedAndWhatHeld() {
        let before = sentences(EvidenceFilter(asOf: PartialDate("2024-01-03")))
        #expect(!before.contains("United States -attacked-> Harakat al-Nujaba"))
        #expect(before.contains("Iraqi Army -attacked-> US-led coalition"))
        // Undated, but it touches the strike, which had not happened yet.
        #expect(!before.contains("United States -attacked-> Baghdad strike"))
        let after = sentences(EvidenceFilter(asOf: PartialDate("2024-02")))
        #expect(after.contains("United States -attacked-> Harakat al-Nujaba"))
        #expect(!after.contains("Iraqi Army -attacked-> US-led coalition"))
        #expect(!sentences(EvidenceFilter(asOf: PartialDate("2018"))).contains("Pat Ryder -member-of-> United States"))
    }

    @Test func minimumStatusDropsWeakerClaimsAndKeepsWhatClaimsNothing() {
        #expect(sentences(EvidenceFilter(minimumStatus: .confirmed)) == [
            "United States -attacked-> Harakat al-Nujaba", "United States -attacked-> Baghdad strike", "Pat Ryder -member-of-> United States",
        ])
        #expect(sentences(EvidenceFilter(minimumStatus: .alleged)).count == 4)
    }

    @Test func aClaimHasAStatusOrAClaimant() throws {
        let claims = try #require(compile("""
        person a
        person b
        a commands b
        a commands b [status: reported]
        a commands b [by: b]
        a commands b [status: alleged]
        """).graph)
        #expect(claims.relations.map(\.isClaim) == [false, false, true, true])
        // An explicit `reported` without a claimant is the default, not a claim.
        #expect(claims.filtered(by: EvidenceFilter(minimumStatus: .confirmed)).relationIndices == [0, 1])
    }

    @Test func citedOnlyDropsWhatCitesNoSource() {
        let cited = sentences(EvidenceFilter(citedOnly: true))
        #expect(cited.count == 4)
        #expect(!cited.contains("Iraqi Army -attacked-> US-led coalition"))
        #expect(graph.filtered(by: EvidenceFilter(citedOnly: true)).entityCount == graph.entities.count)
        #expect(!EvidenceFilter(citedOnly: true).isEmpty)
    }

    @Test func asOfLeavesOutEntitiesDatedAfterTheDay() throws {
        let strike = try #require(graph.entity(id: "strike"))
        #expect(!graph.filtered(by: EvidenceFilter(asOf: PartialDate("2024-01-03"))).contains(entity: strike))
        #expect(graph.filtered(by: EvidenceFilter(asOf: PartialDate("2024-01-04"))).contains(entity: strike))
        // A month covers its days: the strike may have happened by then.
        #expect(graph.filtered(by: EvidenceFilter(asOf: PartialDate("2024-01"))).contains(entity: strike))
        // Undated entities always stay.
        #expect(graph.filtered(by: EvidenceFilter(asOf: PartialDate("1990"))).entityCount == graph.entities.count - 1)
    }

    @Test func asOfReadsFromAndTheEarliestOfDisputedDates() throws {
        let dated = try #require(compile("""
        kind event
        group founded "Founded" [from: 2020]
        event disputed "Disputed" [date: 2024-01-04 [src: r0], 2024-01-02 [src: r1]]
        group old "Old" [from: 2010, to: 2015]
        source r0 "Zero"
        source r1 "One"
        """).graph)
        let kept = { (day: String) in Set(dated.filtered(by: EvidenceFilter(asOf: PartialDate(day))).entityIndices.map { dated.entities[$0].id }) }
        #expect(kept("2019") == ["old"])
        #expect(kept("2024-01-03") == ["founded", "disputed", "old"])
    }

    @Test func asOfWithASourceKeepsOnlyWhatHadHappened() throws {
        let view = graph.filtered(by: EvidenceFilter(asOf: PartialDate("2024-01-03"), source: 0))
        #expect(!view.contains(entity: try #require(graph.entity(id: "strike"))))
        #expect(view.contains(entity: try #require(graph.entity(id: "nujaba"))))
    }

    @Test func sourceKeepsWhatOneSourceTells() {
        let filtered = graph.filtered(by: EvidenceFilter(source: 1))
        #expect(filtered.relationCount == 2)
        #expect(Set(filtered.entityIndices.map { graph.entities[$0].id }) == ["us", "nujaba", "ryder"])
    }

    @Test func sourceKeepsOnlyTheValuesItGives() throws {
        let byFirst = graph.filtered(by: EvidenceFilter(source: 0))
        let strike = try #require(graph.entity(id: "strike"))
        let killed = try #require(byFirst.attributes(ofEntity: strike).first { $0.key == "killed" })
        #expect(killed.values.map(\.text) == ["3"])
    }

    @Test func emptyFilterIsTheGraphItself() {
        #expect(graph.filtered(by: EvidenceFilter()).isWhole)
    }

    @Test func filteredIndicesAreTheGraphs() {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let kept = view.relationIndices
        #expect(kept == [0, 2, 3])
        #expect(graph.relations[kept[0]].status == .confirmed)
        #expect(view.contains(relation: kept[0]))
    }

    @Test func claimantsOutsideAViewAreStillNamed() throws {
        let view = GraphView(graph, entities: graph.entities.map { $0.id != "army" })
        let alleged = try #require(view.relationIndices.first { graph.relations[$0].status == .alleged })
        #expect(Presentation(view).relation(alleged).label[0].contains("alleged by Iraqi Army"))
    }

    @Test func minimumStatusLeavesOutValuesClaimedLessFirmlyAndKeepsPlainOnes() throws {
        let graph = try ActorGraphTests.graph(EvidenceChecksTests.valueClaims)
        let killed = { (view: GraphView) in view.attributes(ofRelation: 0).first { $0.key == "killed" }?.values.map(\.text) }
        #expect(killed(graph.view) == ["3", "2"])
        let firm = graph.filtered(by: EvidenceFilter(minimumStatus: .claimed))
        // 2 is alleged, weaker than claimed; 3 claims nothing and stays.
        #expect(killed(firm) == ["3"])
        #expect(firm.attributes(ofRelation: 0).contains { $0.key == "civilians" })
        #expect(!firm.isWhole)
        let assessed = graph.filtered(by: EvidenceFilter(minimumStatus: .reported))
        let maker = try #require(graph.entity(id: "maker"))
        #expect(assessed.attributes(ofEntity: maker).isEmpty)
        #expect(graph.filtered(by: EvidenceFilter(minimumStatus: .assessed)).attributes(ofEntity: maker).count == 1)
    }

    @Test func minimumStatusAndSourceNarrowValuesTogether() throws {
        let graph = try ActorGraphTests.graph("""
        source r0
        source r1
        state us
        us attacked us [killed: 3 [status: alleged, src: r0], 2 [src: r1], 4 [status: confirmed, src: r0]]
        """)
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .claimed, source: 0))
        #expect(view.attributes(ofRelation: 0).first?.values.map(\.text) == ["4"])
    }

    /// Sources published on a day, within a month, after it, and undated.
    static let knownByGraph = """
    source early "Early wire" [date: 2024-01-04]
    source month "Month piece" [date: 2024-01]
    source late "Late analysis" [date: 2024-02-08]
    source undated "Undated note"
    group a "Alpha" [src: early]
    group b "Beta" [src: late]
    group c "Gamma" [src: late]
    group d "Delta" [strength: 300 [src: early], 500 [src: late], 400 [src: month]]
    group e "Epsilon" [src: late, leader: "Someone" [src: early]]
    a funded-by d [src: early "x", late "y", date: 2024-01-03]
    b funded-by d [src: late]
    c allied-with d
    a allied-with d
    a allied-with b [src: month]
    d funded-by a [src: undated]
    """

    private func known(by day: String, in graph: Graph) -> GraphView {
        graph.filtered(by: EvidenceFilter(knownBy: PartialDate(day)))
    }

    @Test func knownByKeepsWhatSourcesOutByTheDaySupportAndUncitedStructure() throws {
        let graph = try ActorGraphTests.graph(Self.knownByGraph)
        let view = known(by: "2024-01-04", in: graph)
        #expect(view.relationIndices.map { graph.sentence(for: $0) } == ["Alpha -funded-by-> Delta", "Alpha -allied-with-> Delta"])
        // Gamma is known only from the later source, so its uncited relation goes with it;
        // Epsilon is known from its value's early citation.
        #expect(view.entityIndices.map { graph.entities[$0].id } == ["a", "d", "e"])
        #expect(!EvidenceFilter(knownBy: PartialDate("2024-01-04")).isEmpty)
    }

    @Test func knownByAMonthCountsSourcesOfThatMonthAndWhatTheirRelationsJoin() throws {
        let graph = try ActorGraphTests.graph(Self.knownByGraph)
        let view = known(by: "2024-01", in: graph)
        #expect(view.relationIndices.map { graph.sentence(for: $0) }.contains("Alpha -allied-with-> Beta"))
        // Beta cites only the later source, but a relation the month's piece cites joins it.
        #expect(view.entityIndices.map { graph.entities[$0].id } == ["a", "b", "d", "e"])
        // An undated source may have been published any time: what only it cites is never known.
        #expect(!known(by: "2030", in: graph).relationIndices.map { graph.sentence(for: $0) }.contains("Delta -funded-by-> Alpha"))
    }

    @Test func knownByShowsOnlyTheCitationsAndValuesOfSourcesOutByTheDay() throws {
        let graph = try ActorGraphTests.graph(Self.knownByGraph)
        let view = known(by: "2024-01-04", in: graph)
        #expect(view.citations(ofRelation: 0).map { graph.sources[$0.source].id } == ["early"])
        #expect(graph.view.citations(ofRelation: 0).count == 2)
        let delta = try #require(graph.entity(id: "d"))
        let strength = try #require(view.attributes(ofEntity: delta).first)
        #expect(strength.values.map(\.text) == ["300"])
        #expect(strength.values[0].citations.map(\.source) == [0])
        let epsilon = try #require(graph.entity(id: "e"))
        #expect(view.citations(ofEntity: epsilon).isEmpty)
        #expect(!view.isWhole)
    }

    @Test func knownByCombinesWithTheOtherFilters() throws {
        let graph = try ActorGraphTests.graph(Self.knownByGraph)
        let day = PartialDate("2024-01")
        let sentences = { (filter: EvidenceFilter) in graph.filtered(by: filter).relationIndices.map { graph.sentence(for: $0) } }
        #expect(sentences(EvidenceFilter(citedOnly: true, knownBy: day)) == ["Alpha -funded-by-> Delta", "Alpha -allied-with-> Beta"])
        #expect(sentences(EvidenceFilter(asOf: PartialDate("2024-01-02"), citedOnly: true, knownBy: day)) == ["Alpha -allied-with-> Beta"])
        #expect(sentences(EvidenceFilter(source: 1, knownBy: day)) == ["Alpha -allied-with-> Beta"])
        // The later source's relation was not known in January.
        #expect(sentences(EvidenceFilter(source: 2, knownBy: day)) == ["Alpha -funded-by-> Delta"])
        // Filtering a known-by view again counts only what both days count.
        let twice = graph.filtered(by: EvidenceFilter(knownBy: PartialDate("2024-03"))).filtered(by: EvidenceFilter(knownBy: PartialDate("2024-01-04")))
        #expect(twice.citations(ofRelation: 0).map(\.source) == [0])
    }

    @Test func knownByNamesTheSourcesItLeavesOutForAnUncertainDate() throws {
        let graph = try ActorGraphTests.graph(Self.knownByGraph)
        #expect(EvidenceFilter(knownBy: PartialDate("2024-01-04")).uncertainSources(in: graph) == [1, 3])
        #expect(EvidenceFilter(knownBy: PartialDate("2024-01")).uncertainSources(in: graph) == [3])
        #expect(EvidenceFilter().uncertainSources(in: graph).isEmpty)
        #expect(EvidenceFilter(knownBy: PartialDate("2024-01")).countedSources(in: graph) == [true, true, false, false])
    }
}
