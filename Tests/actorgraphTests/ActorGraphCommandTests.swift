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

/// Rough edges an analyst would hit, each with a clear way out.
struct CommandEdgeTests {
    @Test func aDirectoryIsNamedAsSuch() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("graphs"), withIntermediateDirectories: true)
        let outcome = try workspace.run("check", "graphs")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("graphs: error: cannot read the file (it is a directory; give the .ag files inside it)"))
    }

    @Test func dotRefusesAnImageName() throws {
        let outcome = try Workspace().run("dot", "catalogue.ag", "events.ag", "-o", "out.svg")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("use 'actorgraph render'"))
    }

    @Test func renderNeedsAnExtension() throws {
        #expect(try Workspace().run("render", "catalogue.ag", "-o", "svg").status == 2)
    }

    @Test func radiusNeedsAFocus() throws {
        #expect(try Workspace().run("dot", "catalogue.ag", "--radius", "2").status == 2)
    }

    @Test func avoidingTheCentreIsBadUsage() throws {
        let outcome = try Workspace().run("neighbors", "catalogue.ag", "events.ag", "us", "--avoid", "us")
        #expect(outcome.status == 2)
        #expect(outcome.text.isEmpty)
        #expect(outcome.stderr.contains("cannot avoid its own centre"))
    }

    @Test func graphvizWarningsAreNotes() throws {
        let outcome = try Workspace().run("render", "catalogue.ag", "events.ag", "-o", "out.svg", "-G", "splines=wiggly")
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("note: Graphviz:"))
    }
}
