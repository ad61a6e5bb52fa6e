import Testing

struct SourcesCommandTests {
    /// A report and its copy beside an independent one.
    static let repeated = """
        source r000 "EFE"
        source r001 "AA" [copies:   r000,  derived-from: r002 "3-8"]
        source r002 "AP"
        person a "A"
        person b "B"
        a attacked b [src: r000, r001]
        b attacked a [src: r002]
        """

    @Test func tabulatesSourcesAndSingleSourcedItems() throws {
        let outcome = try EvidenceFixture.workspace().run("sources", "strike.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("id    grade  date        outlet   items  title\n"))
        #expect(outcome.text.contains("r001  C      -           Reuters  3      Second wire"))
        #expect(outcome.text.contains("  r001:\n    Baghdad strike · killed: 2\n    Pat Ryder -member-of-> United States\n"))
        #expect(outcome.text.contains("Citing no source (1 relation):\n    Iraqi Army -attacked-> US-led coalition"))
    }

    @Test func anItemCitedByAReportAndItsCopyRestsOnOneSource() throws {
        let outcome = try Workspace(files: ["d.ag": Self.repeated]).run("sources", "d.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("id    grade  date  outlet  items  repeats         title\nr000  -      -     -       1      -               EFE\n"
                                       + "r001  -      -     -       1      r000; r002 3-8  AA\n"))
        // r001 copies r000 as a whole report, so the relation rests on r000 alone.
        #expect(outcome.text.contains("Resting on a single source (2 items):\n  r000:\n    A -attacked-> B — 2 reports, 1 independent (r001 repeats r000)\n"))
    }

    @Test func fmtKeepsTheDeclarationsAsWritten() throws {
        let workspace = try Workspace(files: ["d.ag": Self.repeated])
        #expect(try workspace.run("fmt", "d.ag").status == 0)
        let formatted = String(decoding: workspace.contents("d.ag") ?? [], as: UTF8.self)
        #expect(formatted.contains(#"source r001 "AA"  [copies: r000, derived-from: r002 "3-8"]"#), "\(formatted)")
    }
}
