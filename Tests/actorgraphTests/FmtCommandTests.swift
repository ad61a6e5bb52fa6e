import Foundation
import Testing

struct FmtCommandTests {
    private static let messy = "person   abu \"Abu\"  # the commander\ngroup nujaba\t\"Nujaba\"\n\n\n\nabu member-of nujaba [src:r0]"
    private static let tidy = "person abu    \"Abu\"  # the commander\ngroup  nujaba \"Nujaba\"\n\n\nabu member-of nujaba [src: r0]\n"

    private func inode(_ workspace: Workspace, _ name: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: workspace.url.appendingPathComponent(name).path)[.systemFileNumber] as? Int
    }

    @Test func rewritesFilesInPlaceKeepingTheirModeAndLeavesFormattedOnesUntouched() throws {
        let workspace = try Workspace(files: ["messy.ag": Self.messy, "tidy.ag": Self.tidy])
        let messy = workspace.url.appendingPathComponent("messy.ag").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: messy)
        let tidyInode = try inode(workspace, "tidy.ag")
        let outcome = try workspace.run("fmt", "messy.ag", "tidy.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.isEmpty && outcome.stderr.isEmpty)
        #expect(workspace.contents("messy.ag") == Array(Self.tidy.utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: messy)[.posixPermissions] as? Int == 0o600)
        #expect(try inode(workspace, "tidy.ag") == tidyInode)
        #expect(try workspace.listing() == ["messy.ag", "tidy.ag"])
    }

    @Test func checkListsTheFilesThatWouldChangeAndWritesNothing() throws {
        let workspace = try Workspace(files: ["messy.ag": Self.messy, "tidy.ag": Self.tidy])
        let outcome = try workspace.run("fmt", "--check", "tidy.ag", "messy.ag")
        #expect(outcome.status == 1)
        #expect(outcome.text == "messy.ag\n")
        #expect(workspace.contents("messy.ag") == Array(Self.messy.utf8))
        let clean = try workspace.run("fmt", "--check", "tidy.ag")
        #expect(clean.status == 0 && clean.text.isEmpty, "\(clean.stderr)")
    }

    @Test func aFileWithSyntaxErrorsIsShownAndLeftAloneWhileTheOthersAreFormatted() throws {
        let broken = "group g \"G\n@\n"
        let workspace = try Workspace(files: ["broken.ag": broken, "messy.ag": Self.messy])
        let outcome = try workspace.run("fmt", "broken.ag", "messy.ag")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("broken.ag:1:9: error: unterminated string"))
        #expect(outcome.stderr.contains("broken.ag:2:1: error: unexpected character '@'"))
        #expect(workspace.contents("broken.ag") == Array(broken.utf8))
        #expect(workspace.contents("messy.ag") == Array(Self.tidy.utf8))
    }

    @Test func referencesToOtherFilesAreNotErrors() throws {
        let outcome = try Workspace().run("fmt", "--check", "events.ag")
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.text == "events.ag\n")
    }

    @Test func standardInputIsFormattedToStandardOutput() throws {
        let outcome = try Workspace(files: [:]).run("fmt", "-", input: Self.messy)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == Self.tidy)
        let check = try Workspace(files: [:]).run("fmt", "--check", "-", input: Self.messy)
        #expect(check.status == 1 && check.text == "-\n")
    }

    @Test func diagnosticsCanBeJSON() throws {
        let outcome = try Workspace(files: ["broken.ag": "group g \"G\n"]).run("fmt", "--diagnostics", "json", "broken.ag", "missing.ag")
        #expect(outcome.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stderr.utf8)) as? [String: Any])
        let ids = (document["diagnostics"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["unterminated-string", "unreadable-file"], "\(outcome.stderr)")
    }
}
