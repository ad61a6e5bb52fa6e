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
        #expect(before.contains("United States -attacked-> Baghdad strike"))
        let after = sentences(EvidenceFilter(asOf: PartialDate("2024-02")))
        #expect(after.contains("United States -attacked-> Harakat al-Nujaba"))
        #expect(!after.contains("Iraqi Army -attacked-> US-led coalition"))
        #expect(!sentences(EvidenceFilter(asOf: PartialDate("2018"))).contains("Pat Ryder -member-of-> United States"))
    }

    @Test func minimumStatusDropsWeakerClaims() {
        #expect(sentences(EvidenceFilter(minimumStatus: .confirmed)) == ["United States -attacked-> Harakat al-Nujaba"])
        #expect(sentences(EvidenceFilter(minimumStatus: .alleged)).count == 4)
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
        #expect(kept.count == 1)
        #expect(graph.relations[kept[0]].status == .confirmed)
        #expect(view.contains(relation: kept[0]))
    }

    @Test func claimantsOutsideAViewAreStillNamed() throws {
        let view = GraphView(graph, entities: graph.entities.map { $0.id != "army" })
        let alleged = try #require(view.relationIndices.first { graph.relations[$0].status == .alleged })
        #expect(Presentation(view).relation(alleged).label[0].contains("alleged by Iraqi Army"))
    }
}
