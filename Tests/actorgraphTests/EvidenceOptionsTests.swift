import Testing

/// --as-of, --min-status, --cited-only and --source, which every command
/// takes, and the diagnostics for misused evidence.
struct EvidenceOptionsTests {
    @Test func pathPrintsAnEvidenceChain() throws {
        let outcome = try EvidenceFixture.workspace().run("path", "strike.ag", "ryder", "nujaba")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        Pat Ryder -member-of-> United States -attacked [confirmed by Pat Ryder]-> Harakat al-Nujaba
          Pat Ryder -member-of-> United States  r001 (C)
          United States -attacked-> Harakat al-Nujaba (confirmed by Pat Ryder)  r000 "its forces" (B1), r001 (C)
        1 denied relation left out; --include-denied to count them

        """)
    }

    @Test func minStatusDropsWeakerClaims() throws {
        let workspace = try EvidenceFixture.workspace()
        #expect(try workspace.run("path", "strike.ag", "coal", "nujaba").text.hasPrefix("US-led coalition -attacked [alleged by Iraqi Army]-> Harakat al-Nujaba"))
        let firm = try workspace.run("path", "strike.ag", "coal", "nujaba", "--min-status", "confirmed")
        #expect(firm.text == "no path from US-led coalition to Harakat al-Nujaba with these options\n")
    }

    @Test func minStatusKeepsRelationsThatClaimNothing() throws {
        let workspace = try EvidenceFixture.workspace()
        // Only the confirmed strike of the claims; the uncited-status attack
        // on the strike and Ryder's membership claim nothing and stay.
        #expect(try workspace.run("describe", "strike.ag", "--min-status", "confirmed").text.hasPrefix("6 entities, 3 relations"))
        let path = try workspace.run("path", "strike.ag", "ryder", "strike", "--min-status", "confirmed")
        #expect(path.text.hasPrefix("Pat Ryder -member-of-> United States -attacked-> Baghdad strike\n"))
    }

    @Test func citedOnlyDropsWhatCitesNoSource() throws {
        let workspace = try EvidenceFixture.workspace()
        #expect(try workspace.run("describe", "strike.ag", "--cited-only").text.hasPrefix("6 entities, 4 relations"))
        let denial = try workspace.run("path", "strike.ag", "army", "coal", "--include-denied")
        #expect(denial.text == """
        Iraqi Army -attacked [denied by US-led coalition]-> US-led coalition
          Iraqi Army -attacked-> US-led coalition (denied by US-led coalition)  (no source)

        """)
        // The denial cites no one, so --cited-only leaves it out before the
        // query runs, and there is nothing left to count.
        let cited = try workspace.run("path", "strike.ag", "army", "coal", "--cited-only", "--include-denied")
        #expect(cited.text == "no path from Iraqi Army to US-led coalition with these options\n")
    }

    @Test func asOfShowsTheGraphAsItStood() throws {
        let workspace = try EvidenceFixture.workspace()
        // The strike, dated 4 January, had not happened: it and the
        // relation touching it are left out.
        let before = try workspace.run("describe", "strike.ag", "--as-of", "2024-01-03")
        #expect(before.text.hasPrefix("5 entities, 2 relations"))
        let unknown = try workspace.run("neighbors", "strike.ag", "strike", "--as-of", "2024-01-03")
        #expect(unknown.status == 1)
        let after = try workspace.run("describe", "strike.ag", "--as-of", "2024-02")
        #expect(after.text.hasPrefix("6 entities, 4 relations"))
    }

    @Test func sourceKeepsWhatOneSourceTells() throws {
        let outcome = try EvidenceFixture.workspace().run("describe", "strike.ag", "--source", "r001")
        #expect(outcome.text.hasPrefix("3 entities, 2 relations"))
    }

    @Test func renderDrawsStatusesAndCitesInTooltips() throws {
        let workspace = try EvidenceFixture.workspace()
        let outcome = try workspace.run("render", "strike.ag", "--legend", "-o", "out.svg")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = String(decoding: try #require(workspace.contents("out.svg")), as: UTF8.self)
        #expect(svg.contains("alleged by Iraqi Army"))
        #expect(svg.contains("source: r000 &quot;its forces&quot; (B1) — Wire report"))
        #expect(svg.contains("stroke-dasharray"))
    }

    @Test(arguments: [["--as-of", "yesterday"], ["--min-status", "rumoured"]])
    func malformedOptionsAreBadUsage(_ options: [String]) throws {
        let outcome = try EvidenceFixture.workspace().run(["rank", "strike.ag"] + options)
        #expect(outcome.status == 2)
    }

    @Test func unknownSourceIsAnInputError() throws {
        let outcome = try EvidenceFixture.workspace().run("dot", "strike.ag", "--source", "r01")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("unknown source 'r01'; did you mean 'r001' or 'r000'?"))
    }

    @Test func misusedEvidenceIsReportedInOneRun() throws {
        let outcome = try EvidenceFixture.workspace().run("check", "bad.ag")
        #expect(outcome.status == 1)
        for expected in ["bad.ag:1:34: error: 'Q' is not a reliability grade",
                         "bad.ag:4:20: error: unknown source 'r00'; did you mean 'r000'?",
                         "bad.ag:4:43: error: unknown status 'alledged'; did you mean 'alleged'?",
                         "bad.ag:4:66: error: '2024-13-01' is not a date",
                         "bad.ag:5:38: error: 'killed' has several values, so each needs its source"] {
            #expect(outcome.stderr.contains(expected), "missing: \(expected)\n\(outcome.stderr)")
        }
    }

    /// An actor `--source` leaves out is not in the graph as that source
    /// tells it, so naming it is an error, not an empty answer.
    @Test(arguments: [["neighbors", "strike.ag", "coal"], ["path", "strike.ag", "coal", "us"], ["chain", "strike.ag", "coal"],
                      ["dot", "strike.ag", "--focus", "coal"]])
    func anActorTheSourceLeavesOutIsUnknown(_ arguments: [String]) throws {
        let outcome = try EvidenceFixture.workspace().run(arguments + ["--source", "r001"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty, "\(outcome.text)")
        #expect(outcome.stderr.contains("'coal' names US-led coalition (coal), which the graph as filtered leaves out: source 'r001' neither cites it nor reports a relation of it"),
                "\(outcome.stderr)")
    }
}
