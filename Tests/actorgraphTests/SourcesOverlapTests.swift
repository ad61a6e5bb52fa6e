import Foundation
import Testing

/// `sources --overlap`: passages the sources' report files share.
struct SourcesOverlapTests {
    static let passage = "At least two militants were killed and six others wounded in an unknown drone strike on a headquarters of an Iran-backed militia in eastern Baghdad on Thursday."

    static func workspace() throws -> Workspace {
        let workspace = try Workspace(files: [
            "reports.ag": """
            source r000 "Wire" [file: "000.txt"]
            source r001 "Reprint" [file: "001.txt"]
            source r002 "Lost" [file: "002.txt"]
            source r003 "No file"
            person a
            person b
            a attacked b [src: r000, r001, r002, r003]
            """,
        ])
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("texts"), withIntermediateDirectories: true)
        try Data("Police said a strike hit a building.\n\(passage)\n".utf8).write(to: workspace.url.appendingPathComponent("texts/000.txt"))
        try Data("Another opening line.\n\n“\(passage.replacingOccurrences(of: " in eastern", with: "\nin eastern"))”\n".utf8)
            .write(to: workspace.url.appendingPathComponent("texts/001.txt"))
        return workspace
    }

    @Test func listsSharedPassagesWithTheDeclarationToAdd() throws {
        let outcome = try Self.workspace().run("sources", "reports.ag", "--overlap", "--reports", "texts")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "r001 lines 3-4 repeat r000 line 2: 28 of 28 words\n  # r001 repeats r000 (lines 3-4)\n")
        #expect(outcome.stderr == "warning: cannot read the report '002.txt' of source r002 in 'texts'; give the folder the reports are in with --reports\n")
    }

    @Test func looksBesideTheGraphByDefault() throws {
        let outcome = try Self.workspace().run("sources", "reports.ag", "--overlap", "-q")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "No passage of 12 words or more is shared between the 0 reports read.\n")
    }
}
