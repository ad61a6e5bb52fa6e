import Foundation
import Testing

/// ActorGraph's JSON as an input: every command reads an export back and
/// answers as it does on the `.ag` files it came from.
struct JSONInputTests {
    static let root = ReadmeExamplesTests.root
    static let graphs = ["Graphs/catalogue.ag", "Graphs/baghdad-2024-01-04.ag"]

    /// Runs `arguments` in the repository, with `scratch` holding outputs.
    private func run(_ arguments: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner.run(arguments, in: Self.root)
    }

    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("json-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func describeAndPathAnswerTheSameOnTheExport() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("strike.json").path
        #expect(try run(["export"] + Self.graphs + ["--to", "json", "-o", json]).status == 0)
        let direct = try run(["describe"] + Self.graphs)
        let imported = try run(["describe", json])
        #expect(direct.status == 0 && imported.status == 0, "\(imported.stderr)")
        #expect(imported.text == direct.text)
        #expect(try run(["path", json, "us", "nujaba"]).text == run(["path"] + Self.graphs + ["us", "nujaba"]).text)
        // Written again from the JSON, the export is the same bytes.
        let again = folder.appendingPathComponent("again.json").path
        #expect(try run(["export", json, "-o", again]).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: json))
    }

    @Test func aJSONFileReadsBesideAGFiles() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = folder.appendingPathComponent("catalogue.json").path
        #expect(try run(["export", Self.graphs[0], "-o", catalogue]).status == 0)
        #expect(try run(["describe", catalogue, Self.graphs[1]]).text == run(["describe"] + Self.graphs).text)
    }

    @Test func badJSONIsReportedAtItsLineAndColumn() throws {
        let workspace = try Workspace(files: ["bad.json": "{\"format\": \"actorgraph\",\n \"version\": 1,\n \"schema\": [}\n"])
        let outcome = try workspace.run("describe", "bad.json")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad.json:3:13: error: malformed JSON: expected a value, found '}'"), "\(outcome.stderr)")
    }
}
