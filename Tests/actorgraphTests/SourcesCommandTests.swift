import Testing

struct SourcesCommandTests {
    @Test func tabulatesSourcesAndSingleSourcedItems() throws {
        let outcome = try EvidenceFixture.workspace().run("sources", "strike.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("id    grade  date        outlet   items  title\n"))
        #expect(outcome.text.contains("r001  C      -           Reuters  3      Second wire"))
        #expect(outcome.text.contains("  r001:\n    Baghdad strike · killed: 2\n    Pat Ryder -member-of-> United States\n"))
        #expect(outcome.text.contains("Citing no source (1 relation):\n    Iraqi Army -attacked-> US-led coalition"))
    }
}
