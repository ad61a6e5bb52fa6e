import Testing
@testable import ActorGraph

struct EvidenceFilterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    private func sentences(_ filter: EvidenceFilter) -> [String] {
        let filtered = graph.filtered(by: filter)
        return filtered.relations.indices.map { filtered.sentence(for: $0) }
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
        #expect(filtered.relations.count == 2)
        #expect(Set(filtered.entities.map(\.id)) == ["us", "nujaba", "ryder"])
    }

    @Test func sourceKeepsOnlyTheValuesItGives() throws {
        let byFirst = graph.filtered(by: EvidenceFilter(source: 0))
        let killed = try #require(byFirst.entities.first { $0.id == "strike" }?.attributes.first { $0.key == "killed" })
        #expect(killed.values.map(\.text) == ["3"])
    }

    @Test func emptyFilterIsTheGraphItself() {
        #expect(graph.filtered(by: EvidenceFilter()).relations.count == graph.relations.count)
    }

    @Test func claimantsOutsideAPartAreStillNamed() {
        let part = graph.subgraph(entities: graph.entities.map { $0.id != "army" })
        let alleged = part.graph.relations.first { $0.status == .alleged }
        #expect(alleged?.claimants.isEmpty == true)
        #expect(alleged?.attributes[key: "by"] == "Iraqi Army")
    }
}
