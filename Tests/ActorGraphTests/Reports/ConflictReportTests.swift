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
        #expect(killed.attribute.values[killed.chosen].text == "2")
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
        #expect(text.contains("    → 2   r001 \"At least two\" (C2)"))
        #expect(text.contains("who attacked Harakat al-Nujaba on 2024-01-04?"))
        #expect(text.contains("US-led coalition   alleged by Iraqi Army"))
    }

    @Test(arguments: [("3", 3.0), ("3-5", 3.0), ("at least 10 to 12", 10.0), ("more than 80 people", 80.0), ("2.5 km", 2.5)])
    func lowestNumberReadsNumbersNotDigits(_ text: String, _ expected: Double) {
        #expect(ConflictReport.lowestNumber(in: text) == expected)
    }

    @Test func wordsHaveNoNumber() {
        #expect(ConflictReport.lowestNumber(in: "rockets") == nil)
    }
}
