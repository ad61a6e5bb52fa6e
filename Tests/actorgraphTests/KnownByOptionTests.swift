import Foundation
import Testing

/// --known-by, which every command takes: only what sources published by
/// the day support, with only their citations shown.
struct KnownByOptionTests {
    static let files = [
        "war.ag": """
        source r000 "Wire" [outlet: "EFE", date: 2024-01-04]
        source r001 "Weekly" [date: 2024-01]
        source r002 "Later" [date: 2024-02-08]
        state  us   "United States"
        group  mil  "Militia" [killed: 3 [src: r000], 2 [src: r002]]
        person cmdr "Commander" [src: r002]
        us   attacked    mil [date: 2024-01-04, src: r000 "a strike", r002 "the strike"]
        cmdr commands    mil [src: r002]
        mil  allied-with us  [src: r001]
        us   attacked    us
        """,
    ]

    private func workspace() throws -> Workspace { try Workspace(files: Self.files) }

    @Test func pathShowsOnlyTheCitationsOfSourcesOutByTheDay() throws {
        let outcome = try workspace().run("path", "war.ag", "us", "mil", "--known-by", "2024-01-04")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        United States -attacked-> Militia
          United States -attacked-> Militia  r000 "a strike"

        """)
    }

    @Test func whatOnlyLaterSourcesReportIsLeftOutAndUncitedStructureStays() throws {
        let workspace = try workspace()
        #expect(try workspace.run("describe", "war.ag").text.hasPrefix("3 entities, 4 relations"))
        // The commander and his command are known only from the later source;
        // the weekly, dated to the month, may have appeared after the 4th.
        #expect(try workspace.run("describe", "war.ag", "--known-by", "2024-01-04").text.hasPrefix("2 entities, 2 relations"))
        #expect(try workspace.run("describe", "war.ag", "--known-by", "2024-01").text.hasPrefix("2 entities, 3 relations"))
        let unknown = try workspace.run("path", "war.ag", "cmdr", "mil", "--known-by", "2024-01")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("the filters given leave it out"))
    }

    @Test func aValueOnlyLaterSourcesGiveIsNoLongerAConflict() throws {
        let workspace = try workspace()
        #expect(try workspace.run("conflicts", "war.ag").text.contains("killed"))
        #expect(try workspace.run("conflicts", "war.ag", "--known-by", "2024-01-31").text.hasPrefix("no conflicts"))
    }

    @Test func aNoteNamesTheSourcesLeftOutForAnUncertainDate() throws {
        let workspace = try workspace()
        let outcome = try workspace.run("describe", "war.ag", "--known-by", "2024-01-04")
        #expect(outcome.status == 0)
        #expect(outcome.stderr == """
        note: --known-by 2024-01-04 leaves out 1 source that may have been published after the day: r001 (dated 2024-01); \
        date them to the day (date: YYYY-MM-DD) to count them

        """)
        #expect(try workspace.run("describe", "war.ag", "--known-by", "2024-01").stderr.isEmpty)
        let json = try workspace.run("export", "war.ag", "--to", "json", "-o", "out.json", "--known-by", "2024-01-04", "--diagnostics", "json")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.contains("\"known-by-uncertain\""))
        let exported = String(decoding: try #require(workspace.contents("out.json")), as: UTF8.self)
        #expect(!exported.contains("Commander"))
    }

    @Test func aDateThatIsNotOneIsAUsageError() throws {
        let outcome = try workspace().run("describe", "war.ag", "--known-by", "4 January")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--known-by"))
    }
}
