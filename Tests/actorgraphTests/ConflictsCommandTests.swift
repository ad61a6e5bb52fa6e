import Foundation
import Testing

struct ConflictsCommandTests {
    @Test func listsDisputedValuesAndClaims() throws {
        let outcome = try EvidenceFixture.workspace().run("conflicts", "strike.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.contains("Values that sources disagree on (shown by the conservative rule):\n  Baghdad strike · killed\n"))
        #expect(outcome.text.contains("    → 3   r000 \"At least three\" (B)"))
        #expect(outcome.text.contains("    these cannot all hold; the most reliable reports allow 3"))
        #expect(outcome.text.contains("who attacked Harakat al-Nujaba on 2024-01-04?"))
        #expect(outcome.text.contains("United States      confirmed by Pat Ryder"))
        #expect(outcome.text.contains("US-led coalition   alleged by Iraqi Army"))
    }

    @Test func reliableRuleShowsTheBestGradedValue() throws {
        let outcome = try EvidenceFixture.workspace().run("conflicts", "strike.ag", "--rule", "reliable")
        #expect(outcome.text.contains("    → 3   r000 \"At least three\" (B)"))
    }

    @Test func tellsRealDisputesFromCompatibleFiguresOnTheStrikeGraph() throws {
        let outcome = try CLIRunner.run(["conflicts", "Graphs/catalogue.ag", "Graphs/baghdad-2024-01-04.ag"], in: ReadmeExamplesTests.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let parts = outcome.text.components(separatedBy: "Figures that differ but can all hold:")
        try #require(parts.count == 2)
        let (disputes, compatible) = (parts[0], parts[1])
        #expect(disputes.contains("Baghdad drone strike (4 January 2024) · wounded\n"))
        #expect(!disputes.contains("· killed"))
        #expect(compatible.contains("Baghdad drone strike (4 January 2024) · killed-count: every report allows 4\n"))
    }

    @Test func unknownRuleIsBadUsage() throws {
        #expect(try EvidenceFixture.workspace().run("conflicts", "strike.ag", "--rule", "newest").status == 2)
    }

    @Test func theStrikeGraphCountsTheReutersRewriteAsTheReutersAccount() throws {
        let outcome = try CLIRunner.run(["conflicts", "Graphs/catalogue.ag", "Graphs/baghdad-2024-01-04.ag"], in: ReadmeExamplesTests.root)
        #expect(outcome.text.contains(#"r004 "at least two rockets" (C3) — 2 reports, 2 independent (r004 repeats reuters)"#))
        #expect(outcome.text.contains("[r000, r002, r004] — 3 reports, 3 independent (r004 repeats reuters)\n"))
    }
}
