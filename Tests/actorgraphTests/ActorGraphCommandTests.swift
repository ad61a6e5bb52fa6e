import Foundation
import Testing

/// Exit statuses and conventions shared by every subcommand.
struct ActorGraphCommandTests {
    @Test(arguments: ["check", "export", "dot", "render", "describe", "path", "neighbors", "chain", "rank", "conflicts", "sources", "timeline"])
    func everySubcommandHasHelpWithExamples(_ subcommand: String) throws {
        let outcome = try Workspace().run(subcommand, "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func rootHelpListsSubcommands() throws {
        let outcome = try Workspace().run("--help")
        #expect(outcome.status == 0)
        for name in ["check", "export", "dot", "render", "describe", "path", "neighbors", "chain", "rank", "conflicts", "sources", "timeline"] {
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

    @Test(arguments: [["check", "catalogue.ag"], ["describe", "catalogue.ag"], ["dot", "catalogue.ag"], ["sources", "catalogue.ag"],
                      ["path", "catalogue.ag", "abu", "us"], ["rank", "catalogue.ag"], ["timeline", "events.ag", "catalogue.ag"]])
    func aFullDeviceOnStandardOutputIsAnError(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments, in: workspace.url, standardOutput: "/dev/full") }
        #expect(outcome.status == 1, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("error: cannot write to standard output (No space left on device)"))
    }

    @Test func namesCannotSendTerminalEscapes() throws {
        let workspace = try Workspace(files: ["evil.ag": "person evil \"Evil\\u{1B}]0;PWNED\\u{7}\"\nperson b\nevil attacked b\n"])
        for arguments in [["describe", "evil.ag"], ["neighbors", "evil.ag", "b"], ["rank", "evil.ag"], ["path", "evil.ag", "b", "evil"]] {
            let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments, in: workspace.url) }
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            #expect(!outcome.stdout.contains(0x1B) && !outcome.stdout.contains(0x07), "\(arguments)")
            #expect(outcome.text.contains("EvilU+001B]0;PWNEDU+0007"), "\(arguments): \(outcome.text)")
        }
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("export", "catalogue.ag", "--to", "dot", "-o", "catalogue.ag")
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("is also an input"))
        #expect(String(decoding: workspace.contents("catalogue.ag") ?? [], as: UTF8.self).hasPrefix("kind event"))
    }
}
