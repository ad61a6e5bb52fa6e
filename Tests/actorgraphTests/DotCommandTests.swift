import Testing

struct DotCommandTests {
    @Test func writesDeterministicDOTToStandardOutput() throws {
        let workspace = try Workspace()
        let first = try workspace.run("dot", "catalogue.ag", "events.ag", "--legend", "--rankdir", "lr")
        let second = try workspace.run("dot", "catalogue.ag", "events.ag", "--legend", "--rankdir", "lr")
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.text.hasPrefix("digraph \"actorgraph\" {"))
        #expect(first.text.contains("\"rankdir\"=\"LR\""))
        #expect(first.text.contains("cluster_legend"))
    }

    @Test func writesToAFileAndLeavesNoTemporaryFile() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("dot", "catalogue.ag", "events.ag", "--clusters", "-G", "splines=ortho", "-o", "out.dot")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        let dot = String(decoding: try #require(workspace.contents("out.dot")), as: UTF8.self)
        #expect(dot.contains("\"splines\"=\"ortho\""))
        #expect(try workspace.listing().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func inputErrorsWriteNothingAndKeepAnOldFile() throws {
        let workspace = try Workspace()
        _ = try workspace.run("dot", "catalogue.ag", "events.ag", "-o", "out.dot")
        let before = workspace.contents("out.dot")
        let outcome = try workspace.run("dot", "broken.ag", "-o", "out.dot")
        #expect(outcome.status == 1)
        #expect(workspace.contents("out.dot") == before)
        let fresh = try workspace.run("dot", "broken.ag", "-o", "new.dot")
        #expect(fresh.status == 1)
        #expect(workspace.contents("new.dot") == nil)
    }

    @Test func unwritableOutputExitsWithOne() throws {
        let outcome = try Workspace().run("dot", "catalogue.ag", "events.ag", "-o", "no/such/folder/out.dot")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no/such/folder/out.dot: error: cannot write the output"))
    }
}
