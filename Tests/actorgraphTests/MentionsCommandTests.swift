import Foundation
import Testing

/// `actorgraph mentions`: the graph's actors in report texts, and the draft.
struct MentionsCommandTests {
    static let files = Workspace.standardFiles.merging([
        "new.txt": """
        Strike in Baghdad

        The United States struck Harakat al-
        Nujaba. The al-Nujaba'a's commander Abu Taqwa was killed, Kataib Hezbollah said.
        Kataib Hezbollah vowed revenge.
        """,
    ]) { $1 }

    @Test func listsActorsSpellingsAndCandidates() throws {
        let outcome = try Workspace(files: Self.files).run("mentions", "new.txt", "--graph", "catalogue.ag", "events.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        new.txt: 4 mentions of 3 actors, 0 ambiguous spellings, 3 candidate names
          actors:
            us      1  first 3:5   "United States"
            nujaba  2  first 3:26  "Harakat al- Nujaba", "al-Nujaba'a"
            abu     1  first 4:37  "Abu Taqwa"
          candidates:
            "Kataib Hezbollah"  2  first 4:59
            "Baghdad"           1  first 1:11
            "Strike"            1  first 1:1   only opening a sentence

        """)
    }

    @Test func aMissingReportIsAnErrorNamingIt() throws {
        let outcome = try Workspace(files: Self.files).run("mentions", "new.txt", "gone.txt", "--graph", "catalogue.ag", "events.ag")
        #expect(outcome.status == 1)
        #expect(outcome.text.isEmpty)
        #expect(outcome.stderr.contains("gone.txt: error: cannot read the file (no such file); check the path"), "\(outcome.stderr)")
    }

    @Test func theDraftNeverOverwritesAnInput() throws {
        let workspace = try Workspace(files: Self.files)
        let outcome = try workspace.run("mentions", "new.txt", "--graph", "catalogue.ag", "events.ag", "--draft", "-o", "catalogue.ag")
        #expect(outcome.status == 2)
        #expect(workspace.contents("catalogue.ag") == Array(Workspace.standardFiles["catalogue.ag", default: ""].utf8))
    }

    @Test func theDraftChecksCleanWithTheGraphAndIsFormatted() throws {
        let workspace = try Workspace(files: Self.files)
        let outcome = try workspace.run("mentions", "new.txt", "--graph", "catalogue.ag", "events.ag", "--draft", "-o", "draft.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let draft = String(decoding: try #require(workspace.contents("draft.ag")), as: UTF8.self)
        #expect(draft.contains("source r000 \"Strike in Baghdad\" [file: \"new.txt\"]"))
        #expect(draft.contains("# group kataib-hezbollah \"Kataib Hezbollah\"  # 2 mentions, first 4:59"))
        #expect(draft.contains("# us RELATION nujaba [src: r000 \"The United States struck Harakat al- Nujaba.\"]  # line 3"))
        let check = try workspace.run("check", "catalogue.ag", "events.ag", "draft.ag")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try workspace.run("fmt", "--check", "draft.ag").status == 0)
    }
}
