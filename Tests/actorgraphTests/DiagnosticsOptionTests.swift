import Foundation
import Testing

/// `--diagnostics json`: whatever goes wrong, standard error holds one
/// JSON document, and the exit status is unchanged.
struct DiagnosticsOptionTests {
    private func document(_ outcome: CLIRunner.Outcome) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stderr.utf8))
        return try #require(object as? [String: Any], "stderr is not a JSON object: \(outcome.stderr)")
    }

    private func ids(_ document: [String: Any]) -> [String] {
        ((document["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }

    @Test func badInputIsOneJSONDocument() throws {
        let outcome = try Workspace().run("check", "broken.ag", "--diagnostics", "json")
        #expect(outcome.status == 1)
        let json = try document(outcome)
        #expect(ids(json) == ["unknown-relation-type", "unknown-entity"])
        #expect(json["errors"] as? Int == 2)
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "broken.ag" && first["line"] as? Int == 2 && first["column"] as? Int == 5)
    }

    @Test(arguments: [
        (["path", "catalogue.ag", "abu", "Nobody"], 1, "unknown-actor"),
        (["describe", "missing.ag"], 1, "unreadable-file"),
        (["dot", "catalogue.ag", "--source", "r9"], 1, "unknown-source"),
        (["export", "catalogue.ag", "--to", "dot", "-o", "catalogue.ag"], 2, "output-is-input"),
        (["dot", "catalogue.ag", "-o", "no/such/folder/x.dot"], 1, "write-failed"),
        (["rank", "lonely.ag"], 0, "unused-entity"),
    ])
    func everyFailureIsReportedAsJSON(_ arguments: [String], _ status: Int32, _ id: String) throws {
        let workspace = try Workspace()
        let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments + ["--diagnostics", "json"], in: workspace.url) }
        #expect(outcome.status == status, "stderr: \(outcome.stderr)")
        #expect(ids(try document(outcome)).contains(id), "stderr: \(outcome.stderr)")
    }

    @Test func aCleanRunWritesAnEmptyDocument() throws {
        let outcome = try Workspace().run("check", "catalogue.ag", "events.ag", "--diagnostics", "json")
        #expect(outcome.status == 0)
        #expect(ids(try document(outcome)).isEmpty)
    }

    /// Every id the tool gives of its own is in docs/language.md.
    @Test func theToolsOwnIDsAreDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
        let docs = try String(contentsOf: root.appendingPathComponent("docs/language.md"), encoding: .utf8)
        var used = Set<String>()
        for folder in ["Sources/ActorGraphDriver", "Sources/actorgraph", "Sources/ActorGraph/Model"] {
            let files = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent(folder).path).filter { $0.hasSuffix(".swift") }
            for file in files {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for match in line.matches(of: /(?:\bid: |DiagnosticID = )"([a-z][a-z0-9-]*)"/) { used.insert(String(match.1)) }
                }
            }
        }
        #expect(used.count >= 15)
        for id in used { #expect(docs.contains("| `\(id)` |"), "docs/language.md does not list \(id)") }
    }

    /// The argument parser's own usage errors, and the checks `validate()`
    /// makes with the library, are one JSON document too, with their ids.
    @Test(arguments: [
        (["render", "catalogue.ag", "-o", "x.svg", "--engine", "bogus"], "usage"),
        (["rank", "catalogue.ag", "--by", "fame"], "usage"),
        (["check", "catalogue.ag", "--as-of", "2024-13"], "usage"),
        (["check"], "usage"),
        (["path", "catalogue.ag", "abu", "us", "--all", "--every"], "usage"),
        (["export", "catalogue.ag", "--to", "bogus", "-o", "-"], "unknown-format"),
        (["export", "catalogue.ag", "-o", "-"], "format-needed"),
        (["neighbors", "catalogue.ag", "abu", "-o", "x.ag"], "format-unknown-extension"),
    ])
    func usageErrorsAreReportedAsJSON(_ arguments: [String], _ id: String) throws {
        let workspace = try Workspace()
        for style in [["--diagnostics", "json"], ["--diagnostics=json"]] {
            let outcome = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments + style, in: workspace.url) }
            #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
            #expect(ids(try document(outcome)) == [id], "stderr: \(outcome.stderr)")
        }
        let text = try withExtendedLifetime(workspace) { try CLIRunner.run(arguments, in: workspace.url) }
        #expect(text.status == 2 && text.stderr.contains("Usage: actorgraph"), "stderr: \(text.stderr)")
    }
}
