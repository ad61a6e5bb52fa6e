import Foundation
import Testing

/// `actorgraph import`: spreadsheets and other formats into `.ag` beside
/// a catalogue, the merge report on standard error, nothing written on error.
struct ImportCommandTests {
    static let files = Workspace.standardFiles.merging([
        "people.csv": """
        name,kind,aliases
        Abu Taqua,person,
        Kataib Hezbollah,group,KH
        "al-Nujaba'a",group,
        """,
        "links.csv": """
        from,relation,to,date,source,quote
        Abu Taqwa,member-of,Kataib Hezbollah,2020,Wire,a member
        KH,allied-with,al-Nujaba'a,2023-10,Wire,allied
        """,
        "bad.csv": """
        name,kind
        A,militia
        "B,group
        """,
    ]) { $1 }

    @Test func importsBesideTheCatalogueAndReportsWhatItMatched() throws {
        let workspace = try Workspace(files: Self.files)
        let outcome = try workspace.run("import", "people.csv", "links.csv", "--catalogue", "catalogue.ag", "-o", "out.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = String(decoding: try #require(workspace.contents("out.ag")), as: UTF8.self)
        #expect(text.contains("source imp1 \"people.csv\""))
        #expect(text.contains("group  kataib-hezbollah \"Kataib Hezbollah\" aka \"KH\" [src: imp1 \"row 3\"]"), "\(text)")
        #expect(text.contains("# possible duplicate: 'Abu Taqua' may be abu ('Abu Taqwa', in the catalogue)"))
        #expect(outcome.stderr.contains("people.csv row 4: 'al-Nujaba'a' is nujaba (same alias)"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("no relation touches"), "the catalogue's warnings are not the import's")
        #expect(outcome.stderr.contains("note: wrote out.ag: 2 new entities, 2 relations; 1 item found in the catalogue, 1 possible duplicate to review"))
        let check = try workspace.run("check", "catalogue.ag", "out.ag")
        #expect(check.status == 0 && check.text.hasPrefix("ok:"), "\(check.stderr)\n\(text)")
        let sources = try workspace.run("neighbors", "catalogue.ag", "out.ag", "KH", "--source", "imp2")
        #expect(sources.status == 0 && sources.text.contains("nujaba"), "\(sources.stderr)")
    }

    @Test func withJSONDiagnosticsTheReportIsNotesOfTheOneDocument() throws {
        let workspace = try Workspace(files: Self.files)
        let outcome = try workspace.run("import", "people.csv", "--catalogue", "catalogue.ag", "-o", "out.ag", "--diagnostics", "json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(outcome.stderr.utf8)) as? [String: Any]
        let diagnostics = try #require(document?["diagnostics"] as? [[String: Any]], "\(outcome.stderr)")
        #expect(diagnostics.contains { $0["id"] as? String == "merge-report" && ($0["message"] as? String ?? "").hasPrefix("abu-taqua ('Abu Taqua'") })
        #expect(diagnostics.contains { $0["id"] as? String == "import-summary" })
    }

    @Test func badRowsAreReportedWhereTheyAreAndNothingIsWritten() throws {
        let workspace = try Workspace(files: Self.files)
        let outcome = try workspace.run("import", "bad.csv", "-o", "out.ag")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad.csv:3:1: error:"), "\(outcome.stderr)")
        #expect(workspace.contents("out.ag") == nil)
        let unknownKind = try workspace.run("import", "-", "--from", "csv", "-o", "out.ag", input: "name,kind\nA,militia\n")
        #expect(unknownKind.status == 1)
        #expect(unknownKind.stderr.contains("<stdin>:2:3: error: row 2: unknown kind 'militia'"), "\(unknownKind.stderr)")
        #expect(unknownKind.stderr.contains("\"kinds\": {\"militia\": \"group\"}"))
        #expect(workspace.contents("out.ag") == nil)
    }

    @Test func usageMistakesAreRefused() throws {
        let workspace = try Workspace(files: Self.files)
        let format = try workspace.run("import", "people.csv", "--from", "xlsx")
        #expect(format.status == 64 || format.status == 2 || format.status == 1)
        #expect(format.stderr.contains("'xlsx' cannot be imported; use one of"))
        let overwrite = try workspace.run("import", "people.csv", "-o", "people.csv")
        #expect(overwrite.status != 0 && overwrite.stderr.contains("is also an input"))
        let unknown = try workspace.run("import", "lonely.ag")
        #expect(unknown.status == 1 && unknown.stderr.contains("cannot tell what format this file is in"))
    }

    @Test func anExportComesBackThroughJSON() throws {
        let workspace = try Workspace(files: Self.files)
        #expect(try workspace.run("export", "catalogue.ag", "events.ag", "-o", "all.json").status == 0)
        let outcome = try workspace.run("import", "all.json", "--catalogue", "catalogue.ag", "-o", "events2.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = String(decoding: try #require(workspace.contents("events2.ag")), as: UTF8.self)
        #expect(text.contains("event strike \"Baghdad strike\""))
        #expect(try workspace.run("check", "catalogue.ag", "events2.ag").status == 0)
    }

    /// The import the README shows, saved as docs/examples/import/imported.ag
    /// for the README's query, is what `import` writes today.
    @Test func theReadmesImportedExampleIsCurrent() throws {
        let folder = "docs/examples/import/"
        let outcome = try CLIRunner.run(["import", folder + "people.csv", folder + "links.csv", "--mapping", folder + "mapping.json",
                                         "--catalogue", "Graphs/catalogue.ag", "-o", "-"], in: ReadmeExamplesTests.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let saved = FileManager.default.contents(atPath: ReadmeExamplesTests.root.appendingPathComponent(folder + "imported.ag").path)
        #expect(saved.map(Array.init) == outcome.stdout, "regenerate it with the README's command and -o \(folder)imported.ag")
    }
}
