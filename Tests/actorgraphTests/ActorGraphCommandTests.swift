import Foundation
import Testing

/// Exit statuses and conventions shared by every subcommand.
struct ActorGraphCommandTests {
    @Test(arguments: ["check", "dot", "render", "describe", "path", "neighbors", "chain", "rank", "conflicts", "sources", "timeline"])
    func everySubcommandHasHelpWithExamples(_ subcommand: String) throws {
        let outcome = try Workspace().run(subcommand, "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func rootHelpListsSubcommands() throws {
        let outcome = try Workspace().run("--help")
        #expect(outcome.status == 0)
        for name in ["check", "dot", "render", "describe", "path", "neighbors", "chain", "rank", "conflicts", "sources", "timeline"] {
            #expect(outcome.text.contains(name))
        }
    }

    @Test(arguments: [
        ["check"],
        ["check", "catalogue.ag", "--no-such-option"],
        ["frobnicate", "catalogue.ag"],
        ["dot", "catalogue.ag", "--rankdir", "UP"],
        ["dot", "catalogue.ag", "-G", "novalue"],
        ["render", "catalogue.ag", "-o", "out.gif"],
        ["render", "catalogue.ag", "-o", "-"],
        ["render", "catalogue.ag", "-o", "x.svg", "--engine", "spring"],
        ["describe", "catalogue.ag", "--top", "-1"],
        ["check", "-", "-"],
    ])
    func badUsageExitsWithTwo(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments, in: workspace.url) }
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(!outcome.stderr.isEmpty)
    }

    @Test func unreadableFileExitsWithOneAndSaysWhich() throws {
        let outcome = try Workspace().run("check", "missing.ag")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("missing.ag: error: cannot read the file"))
    }
}
