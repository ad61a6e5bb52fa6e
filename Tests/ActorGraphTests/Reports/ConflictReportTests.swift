import Foundation
import Testing
@testable import ActorGraph

struct ConflictReportTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    @Test func listsDisputedValuesWithTheConservativePick() throws {
        let report = ConflictReport(graph: graph)
        #expect(report.values.count == 1)
        let killed = try #require(report.values.first)
        #expect(killed.item == .entity(graph.entity(id: "strike")!))
        #expect(killed.attribute.key == "killed")
        // 3 (r000, graded B) and 2 (r001, C) cannot both hold: the better graded report's figure stands.
        #expect(killed.attribute.values[killed.chosen].text == "3")
        #expect(killed.allowed?.description == "3")
    }

    @Test func reliableRulePicksTheBestGradedSource() {
        let report = ConflictReport(graph: graph, rule: .reliable)
        // r000 is graded B, r001 C: the value r000 gives wins.
        #expect(report.values[0].attribute.values[report.values[0].chosen].text == "3")
    }

    @Test func conservativeFallsBackToReliabilityForWords() throws {
        let graph = try #require(compile("""
        source a [reliability: C]
        source b [reliability: A]
        event e [munitions: rockets [src: a], missiles [src: b]]
        e attacked e
        """.replacingOccurrences(of: "event e", with: "kind event\nevent e")).graph)
        let report = ConflictReport(graph: graph)
        #expect(report.values[0].attribute.values[report.values[0].chosen].text == "missiles")
    }

    @Test func findsWhoDidItWhenClaimsDiffer() {
        let report = ConflictReport(graph: graph)
        #expect(report.relations.count == 1)
        let subjects = report.relations[0].relations.map { graph.entities[graph.relations[$0].subject].id }
        #expect(subjects == ["us", "coal"])
    }

    @Test func plainReportsOfDifferentSubjectsAreNoConflict() throws {
        let graph = try #require(compile("""
        source r [reliability: B]
        state iraq
        group a
        group b
        a part-of iraq [src: r]
        b part-of iraq [src: r]
        """).graph)
        #expect(ConflictReport(graph: graph).relations.isEmpty)
    }

    @Test func aDenialConflictsWithAnAssertion() throws {
        let graph = try #require(compile("""
        state us
        group n
        us attacked n [date: 2024-01-04]
        us attacked n [date: 2024-01-04, status: denied, by: us]
        """).graph)
        #expect(ConflictReport(graph: graph).relations.map(\.relations) == [[0, 1]])
    }

    @Test func textShowsWhoSaysWhat() {
        let text = ConflictReport(graph: graph).text(in: graph)
        #expect(text.contains("Baghdad strike · killed"))
        #expect(text.contains("    → 3   r000 \"At least three\" (B)"))
        #expect(text.contains("who attacked Harakat al-Nujaba on 2024-01-04?"))
        #expect(text.contains("US-led coalition   alleged by Iraqi Army"))
    }

    @Test func figuresThatCanAllHoldAreNoDispute() throws {
        let graph = try numbersGraph(#"killed: "at least 3" [src: b], "at least 2" [src: a], 4 [src: c]"#)
        let report = ConflictReport(graph: graph)
        #expect(report.values.isEmpty)
        #expect(report.compatible.map(\.allowed.description) == ["4"])
        #expect(report.compatible[0].attribute.key == "killed")
        let text = report.text(in: graph)
        #expect(text.contains("Figures that differ but can all hold:\n  e · killed: every report allows 4\n      at least 3   b (B)\n"))
        #expect(!text.contains("no conflicts"))
    }

    @Test func lowerBoundsAloneAllowTheHighestOfThem() throws {
        let graph = try numbersGraph(#"killed: "more than 80" [src: b], "at least 100" [src: c], unknown [src: a]"#)
        let allowed = try #require(ConflictReport(graph: graph).compatible.first?.allowed)
        #expect(allowed.description == "at least 100")
        #expect(allowed.lowest == 100)
    }

    @Test func exactCountsThatDifferAreADispute() throws {
        let graph = try numbersGraph("wounded: 5 [src: b], 6 [src: c], 4 [src: a]")
        let report = ConflictReport(graph: graph)
        #expect(report.compatible.isEmpty)
        let wounded = try #require(report.values.first)
        // a (A) says 4, then b and c cannot hold with it.
        #expect(wounded.attribute.values[wounded.chosen].text == "4")
        #expect(wounded.allowed?.description == "4")
        #expect(report.text(in: graph).contains("    these cannot all hold; the most reliable reports allow 4\n"))
    }

    @Test func theConservativeFigureIsTheLowestTheMostReliableReportsAllowTogether() throws {
        // a (A) allows 2-6, b (B) at least 4, c (C) 2: c cannot hold with the first two.
        let graph = try numbersGraph(#"killed: 2 [src: c], "at least 4" [src: b], "2-6" [src: a]"#)
        let conservative = try #require(ConflictReport(graph: graph).values.first)
        #expect(conservative.allowed?.description == "4-6")
        // The arrow marks the most reliable report that allows the figure.
        #expect(conservative.attribute.values[conservative.chosen].text == "2-6")
        #expect(conservative.allowed?.lowest == 4)
        let reliable = try #require(ConflictReport(graph: graph, rule: .reliable).values.first)
        #expect(reliable.attribute.values[reliable.chosen].text == "2-6")
    }

    @Test func aValueThatIsNotAFigureKeepsTheWholeAttributeAsWords() throws {
        let graph = try numbersGraph(#"killed: "at least 3" [src: c], "3 fighters" [src: a]"#)
        let report = ConflictReport(graph: graph)
        #expect(report.compatible.isEmpty)
        #expect(report.values.first?.allowed == nil)
        #expect(report.values.first.map { $0.attribute.values[$0.chosen].text } == "3 fighters")
    }

    /// One event `e` with `attribute`, and sources a (A), b (B), c (C).
    private func numbersGraph(_ attribute: String) throws -> Graph {
        try ActorGraphTests.graph("""
        kind event
        source a [reliability: A]
        source b [reliability: B]
        source c [reliability: C]
        event e [\(attribute)]
        """)
    }
}

/// The conflicts of the real strike graph, checked by hand against the reports.
struct StrikeGraphConflictTests {
    let graph: Graph
    let report: ConflictReport

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let files = try ["catalogue.ag", "baghdad-2024-01-04.ag"].map { try SourceFile.read(path: root.appendingPathComponent("Graphs/\($0)").path) }
        graph = try #require(GraphCompiler.compile(files).graph)
        report = ConflictReport(graph: graph)
    }

    private func strike(_ key: String) throws -> Attribute {
        let strike = try #require(graph.entity(id: "strike-baghdad"))
        return try #require(graph.entities[strike].attributes.first { $0.key == key })
    }

    @Test func theWoundedAreDisputed() throws {
        let wounded = try #require(report.values.first { $0.attribute.key == "wounded" })
        #expect(wounded.attribute.values.map(\.text) == ["5", "6", "4"])
        #expect(wounded.allowed != nil)
    }

    @Test func theKilledAgreeOnFour() throws {
        #expect(!report.values.contains { $0.attribute.key == "killed-count" })
        let killed = try #require(report.compatible.first { $0.attribute == (try? strike("killed-count")) })
        #expect(killed.attribute.values.map(\.text) == ["at least 3", "at least 2", "4"])
        #expect(killed.allowed.description == "4")
    }

    @Test func kermanTollsAreCompatible() throws {
        let kerman = try #require(report.compatible.first { $0.item == .entity(graph.entity(id: "kerman-bombing")!) })
        #expect(kerman.allowed.description == "at least 100")
    }

    @Test func aDisputedValuesClaimIsNamedBesideItsSources() throws {
        let graph = try ActorGraphTests.graph(EvidenceChecksTests.valueClaims)
        let text = ConflictReport(graph: graph).text(in: graph)
        #expect(text.contains("  2   r0  (alleged)"), "\(text)")
    }

    @Test func eachValueSaysHowManyIndependentAccountsItRestsOn() throws {
        let graph = try ActorGraphTests.graph(CorroborationTests.copied)
        let text = ConflictReport(graph: graph).text(in: graph)
        #expect(text.contains("    rockets    r000, r001 — 2 reports, 1 independent (r001 repeats r000)\n"))
        #expect(text.contains("  → missiles   r003, r004 — 2 reports, 2 independent\n"))
    }

    @Test func theReliableRulesTieGoesToMoreIndependentSources() throws {
        // Equal grades, two reports each: written first wins until one pair turns out to be a report and its copy.
        let independent = try ActorGraphTests.graph(CorroborationTests.copied.replacingOccurrences(of: " [copies: r000]", with: ""))
        let chosen = { (graph: Graph) in ConflictReport(graph: graph, rule: .reliable).values.map { $0.attribute.values[$0.chosen].text } }
        #expect(chosen(independent) == ["rockets"])
        #expect(chosen(try ActorGraphTests.graph(CorroborationTests.copied)) == ["missiles"])
        #expect(!ConflictReport(graph: independent).text(in: independent).contains("independent"))
    }
}
