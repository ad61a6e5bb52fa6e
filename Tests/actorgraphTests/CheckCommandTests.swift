import Testing

struct CheckCommandTests {
    @Test func validFilesTogetherPass() throws {
        let outcome = try Workspace().run("check", "events.ag", "catalogue.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "ok: 4 entities, 3 relations\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func errorsAreReportedCompilerStyleWithExitOne() throws {
        let outcome = try Workspace().run("check", "broken.ag")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("broken.ag:2:5: error: unknown relation type 'comands'; did you mean 'commands'?"))
        #expect(outcome.stderr.contains("broken.ag:3:14: error: no entity has the name or alias \"Nobody\""))
        #expect(outcome.stderr.contains("abu comands abu\n    ^~~~~~~"))
        #expect(outcome.stderr.contains("2 errors generated; nothing written"))
    }

    @Test func warningsDoNotFailAndQuietHidesThem() throws {
        let workspace = try Workspace()
        let loud = try workspace.run("check", "lonely.ag")
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("lonely.ag:3:8: warning: no relation touches 'c'"))
        let quiet = try workspace.run("check", "--quiet", "lonely.ag")
        #expect(quiet.stderr.isEmpty)
    }

    @Test func aCatalogueIsWarnedAboutOnlyWithWarnUnused() throws {
        let workspace = try Workspace(files: ["catalogue.ag": "group a\ngroup b\ngroup c\n", "event.ag": "a attacked b\n"])
        let plain = try workspace.run("check", "catalogue.ag", "event.ag")
        #expect(plain.status == 0)
        #expect(plain.stderr.isEmpty, "\(plain.stderr)")
        let asked = try workspace.run("check", "--warn-unused", "catalogue.ag", "event.ag")
        #expect(asked.status == 0)
        #expect(asked.stderr.contains("catalogue.ag:3:7: warning: no relation touches 'c'; add a relation or remove it"))
        #expect(asked.text == "ok: 3 entities, 1 relation\n")
    }

    static let quoting = "source r0 \"Report\" [file: \"r.txt\"]\nperson a\nperson b\na attacked b [src: r0 \"funded by Iran\"]\n"

    @Test func quotesAreCheckedAgainstReportsBesideTheGraph() throws {
        let workspace = try Workspace(files: ["g.ag": Self.quoting, "r.txt": "The group, financed\nby Iran, attacked.\n"])
        let checked = try workspace.run("check", "g.ag")
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("g.ag:4:23: error: the quote \"funded by Iran\" is not in r0's report 'r.txt'; copy the report's words"))
        #expect(checked.stderr.contains("note: the closest passage of 'r.txt' is \"financed by Iran,\""))
        let skipped = try workspace.run("check", "--no-quote-check", "g.ag")
        #expect(skipped.status == 0 && skipped.stderr.isEmpty, "\(skipped.stderr)")
    }

    /// Reports kept elsewhere are not missing: without --reports the check
    /// is quiet; with it, an unreadable report is a warning.
    @Test func aMissingReportIsQuietByDefaultAndAWarningWithReports() throws {
        let workspace = try Workspace(files: ["g.ag": Self.quoting])
        let plain = try workspace.run("check", "g.ag")
        #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain.stderr)")
        let asked = try workspace.run("check", "--reports", "elsewhere", "g.ag")
        #expect(asked.status == 0)
        #expect(asked.stderr.contains("warning: the report 'r.txt' of source r0 cannot be read, so its 1 quote went unchecked"))
    }

    /// Every command checks quotes as it loads, and evidence shows the
    /// report line each quote was found on.
    @Test func everyCommandChecksQuotesAndShowsTheirReportLines() throws {
        let graph = Self.quoting.replacingOccurrences(of: "funded", with: "financed")
        let workspace = try Workspace(files: ["g.ag": graph, "r.txt": "The group, financed\nby Iran, attacked.\n"])
        let path = try workspace.run("path", "g.ag", "a", "b")
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.text.contains("a -attacked-> b  r0:1 \"financed by Iran\""), "\(path.text)")
        let wrong = try Workspace(files: ["g.ag": Self.quoting, "r.txt": "The group, financed\nby Iran, attacked.\n"])
        let failed = try wrong.run("path", "g.ag", "a", "b")
        #expect(failed.status == 1 && failed.stderr.contains("g.ag:4:23: error: the quote \"funded by Iran\" is not in r0's report"))
        let unchecked = try wrong.run("path", "--no-quote-check", "g.ag", "a", "b")
        #expect(unchecked.status == 0 && unchecked.text.contains("a -attacked-> b  r0 \"funded by Iran\""), "\(unchecked.text)")
    }

    @Test func pastAThousandDiagnosticsTheRestAreCounted() throws {
        let outcome = try Workspace().run("check", "-", input: String(repeating: ": x\n", count: 1_005))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.components(separatedBy: ": error: ").count - 1 == 1_000)
        #expect(outcome.stderr.contains("<stdin>:1000:1: error: unexpected ':'"))
        #expect(outcome.stderr.contains("... and 5 more; fix these first, then check again"))
        #expect(outcome.stderr.hasSuffix("1005 errors generated; nothing written\n"))
    }

    @Test func readsStandardInput() throws {
        let outcome = try Workspace().run("check", "-", input: "person a\nperson b\na attacked b\nb comands a\n")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("<stdin>:4:3: error: unknown relation type 'comands'"))
    }

    /// Names in a hostile file, and on the command line, are shown on
    /// standard error with each control character as U+XXXX.
    @Test func diagnosticsCannotSendEscapeSequencesToTheTerminal() throws {
        let workspace = try Workspace(files: ["evil.ag": "person a \"A\u{1B}[2J\u{7}\"\n\"A\u{1B}[2X\u{7}\" commands a\n"])
        let check = try workspace.run("check", "evil.ag")
        #expect(check.status == 1)
        #expect(!check.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(check.stderr)")
        #expect(check.stderr.contains("did you mean 'AU+001B[2JU+0007'"), "\(check.stderr)")
        let query = try Workspace().run("neighbors", "catalogue.ag", "\u{1B}[2J")
        #expect(query.status == 1)
        #expect(query.stderr.contains("no actor matches 'U+001B[2J'"), "\(query.stderr)")
    }

    @Test func sourcesThatRepeatEachOtherInACircleAreAnError() throws {
        let outcome = try Workspace(files: ["d.ag": "source r1 [copies: r2]\nsource r2 [derived-from: r1 \"1-4\"]\n"]).run("check", "d.ag")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("d.ag:1:20: error: sources repeat each other in a circle: r1 copies r2, r2 derived-from r1;"), "\(outcome.stderr)")
    }
}
