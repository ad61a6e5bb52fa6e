import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `actorgraph export`: every registered format, by name or by extension,
/// with the same selections as `dot` and `render`.
struct ExportCommandTests {
    private func isWellFormedXML(_ bytes: [UInt8]) -> Bool {
        XMLParser(data: Data(bytes)).parse()
    }

    @Test func theFormatComesFromTheExtension() throws {
        let workspace = try Workspace()
        for name in ["out.dot", "out.svg", "out.png", "out.pdf"] {
            let outcome = try workspace.run("export", "catalogue.ag", "events.ag", "-o", name)
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
        }
        #expect(String(decoding: workspace.contents("out.dot") ?? [], as: UTF8.self).hasPrefix("digraph \"actorgraph\" {"))
        #expect(isWellFormedXML(workspace.contents("out.svg") ?? []))
        #expect(workspace.contents("out.png")?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
        #expect(workspace.contents("out.pdf")?.starts(with: Array("%PDF".utf8)) == true)
        #expect(try workspace.listing().allSatisfy { !$0.hasPrefix(".") }, "no temporary file is left")
    }

    @Test func dotAndRenderAreAliasesOfExport() throws {
        let workspace = try Workspace()
        let exported = try workspace.run("export", "catalogue.ag", "events.ag", "--to", "dot", "-o", "-", "--legend", "--focus", "nujaba")
        let dot = try workspace.run("dot", "catalogue.ag", "events.ag", "--legend", "--focus", "nujaba")
        #expect(exported.status == 0 && dot.status == 0)
        #expect(exported.stdout == dot.stdout)
    }

    @Test func theTimelineIsAFormatToo() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("export", "catalogue.ag", "events.ag", "--to", "timeline-svg", "-o", "t.svg", "--title", "Strike")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = try #require(workspace.contents("t.svg"))
        #expect(isWellFormedXML(svg))
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>Strike</title>"))
    }

    @Test(arguments: [
        (["--to", "xlsx", "-o", "x.xlsx"], "unknown output format 'xlsx'"),
        (["-o", "-"], "writing to standard output needs --to FORMAT"),
        (["-o", "x.unknown"], "cannot tell the format of -o 'x.unknown'"),
        (["--to", "dot", "-o", "-", "--from", "xlsx"], "--from: unknown input format 'xlsx'"),
        (["-o", ""], "-o needs a file name, a folder, or '-'"),
        (["-o", "x.json", "--only-kinds", ","], "--only-kinds needs at least one kind"),
        (["-o", "x.json", "--only-relations", ""], "--only-relations needs at least one relation type"),
    ])
    func badFormatsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let workspace = try Workspace()
        let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(["export", "catalogue.ag"] + arguments, in: workspace.url) }
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func anyFileIsReadAsAgWhenNothingElseFits() throws {
        let workspace = try Workspace(files: ["graph.txt": "person a\nperson b\na attacked b\n"])
        let outcome = try workspace.run("check", "graph.txt", "--from", "ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try workspace.run("check", "graph.txt").text == "ok: 2 entities, 1 relation\n")
    }
}
