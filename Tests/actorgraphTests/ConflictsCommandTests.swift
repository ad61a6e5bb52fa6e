import Testing

struct ConflictsCommandTests {
    @Test func listsDisputedValuesAndClaims() throws {
        let outcome = try EvidenceFixture.workspace().run("conflicts", "strike.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.contains("Values that sources disagree on (shown by the conservative rule):\n  Baghdad strike · killed\n"))
        #expect(outcome.text.contains("    → 2   r001 \"At least two\" (C2)"))
        #expect(outcome.text.contains("who attacked Harakat al-Nujaba on 2024-01-04?"))
        #expect(outcome.text.contains("United States      confirmed by Pat Ryder"))
        #expect(outcome.text.contains("US-led coalition   alleged by Iraqi Army"))
    }

    @Test func reliableRuleShowsTheBestGradedValue() throws {
        let outcome = try EvidenceFixture.workspace().run("conflicts", "strike.ag", "--rule", "reliable")
        #expect(outcome.text.contains("    → 3   r000 \"At least three\" (B)"))
    }

    @Test func unknownRuleIsBadUsage() throws {
        #expect(try EvidenceFixture.workspace().run("conflicts", "strike.ag", "--rule", "newest").status == 2)
    }
}
