import Testing
@testable import ActorGraph

struct SourceReportTests {
    @Test func countsItemsAndFindsSingleSourcedOnes() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        let report = SourceReport(graph: graph)
        // r000: nujaba, killed 3, weapon, the confirmed and the alleged attack, us attacked strike.
        #expect(report.rows.map(\.items) == [6, 3])
        #expect(report.singleSourced.map(\.description).contains("Harakat al-Nujaba"))
        #expect(report.singleSourced.map(\.description).contains("Pat Ryder -member-of-> United States"))
        #expect(!report.singleSourced.map(\.description).contains { $0.hasPrefix("United States -attacked-> Harakat al-Nujaba") })
        #expect(report.uncitedRelations.map { graph.sentence(for: $0) } == ["Iraqi Army -attacked-> US-led coalition"])
        let text = report.text(in: graph)
        #expect(text.hasPrefix("id    grade  date        outlet   items  title\nr000  B      2024-01-04  EFE      6      Wire report\n"))
        #expect(text.contains("Citing no source (1 relation):"))
    }

    @Test func aGraphWithoutSourcesSaysHowToAddThem() throws {
        let graph = try #require(compile("person a\na attacked a").graph)
        #expect(SourceReport(graph: graph).text(in: graph).hasPrefix("no sources declared: declare them with 'source r000"))
    }

    @Test func aValuesClaimIsNamedBesideIt() throws {
        let graph = try ActorGraphTests.graph(EvidenceChecksTests.valueClaims)
        let items = SourceReport(graph: graph).singleSourced.map(\.description)
        #expect(items.contains("Drone maker · made-in: iran (assessed by US military)"))
        #expect(items.contains("US military -attacked-> Drone maker · civilians: 0 (claimed by Pat Ryder)"))
    }

    @Test func anItemCitedByAReportAndItsCopyRestsOnASingleSource() throws {
        let graph = try ActorGraphTests.graph(CorroborationTests.copied)
        let report = SourceReport(graph: graph)
        #expect(report.singleSourced.map(\.description) == ["A -attacked-> B", "A -attacked-> B · weapon: rockets"])
        let text = report.text(in: graph)
        #expect(text.hasPrefix("id    grade  date  outlet  items  repeats  title\nr000  -      -     -       2      -        EFE\nr001  -      -     -       2      r000     AA\n"))
        #expect(text.contains("  r000:\n    A -attacked-> B — 2 reports, 1 independent (r001 repeats r000)\n"))
    }
}
