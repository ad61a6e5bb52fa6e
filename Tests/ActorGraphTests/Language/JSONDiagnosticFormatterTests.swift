import Foundation
import Testing
@testable import ActorGraph

/// The JSON formatter: one document that JSON parsers read back, whatever
/// the messages and lines hold.
struct JSONDiagnosticFormatterTests {
    func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func aCompilationReadsBackWithEveryField() throws {
        let result = compile("group nujaba\nperson a\nperson a\nnujaba attacked nujabba")
        let document = try parse(JSONDiagnosticFormatter().format(result))
        #expect(Set(document.keys) == ["diagnostics", "errors", "warnings", "omitted"])
        #expect(document["errors"] as? Int == 2)
        #expect(document["warnings"] as? Int == 1)
        #expect(document["omitted"] as? Int == 0)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 3)
        let duplicate = diagnostics[1]
        #expect(Set(duplicate.keys) == ["file", "line", "column", "endColumn", "id", "severity", "message", "notes", "fixIts"])
        #expect(duplicate["file"] as? String == "t.ag")
        #expect(duplicate["line"] as? Int == 3)
        #expect(duplicate["column"] as? Int == 8)
        #expect(duplicate["endColumn"] as? Int == 9)
        #expect(duplicate["id"] as? String == "duplicate-id")
        #expect(duplicate["severity"] as? String == "error")
        let note = try #require((duplicate["notes"] as? [[String: Any]])?.first)
        #expect(note["id"] as? String == "first-declared-here")
        #expect(note["line"] as? Int == 2)
        #expect(note["severity"] as? String == "note")
        #expect((note["notes"] as? [Any])?.isEmpty == true)
        let unknown = diagnostics[2]
        #expect(unknown["message"] as? String == "unknown entity id 'nujabba'; did you mean 'nujaba'?")
        let fixIt = try #require((unknown["fixIts"] as? [[String: Any]])?.first)
        #expect(Set(fixIt.keys) == ["line", "column", "endColumn", "replacement"])
        #expect(fixIt["line"] as? Int == 4)
        #expect(fixIt["column"] as? Int == 17)
        #expect(fixIt["endColumn"] as? Int == 24)
        #expect(fixIt["replacement"] as? String == "nujaba")
    }

    @Test func aDiagnosticWithoutALocationHasNoPlaceKeys() throws {
        let json = JSONDiagnosticFormatter().format([Diagnostic(.error, "custom", "no place")])
        let entry = try #require((try parse(json)["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["id", "severity", "message", "notes", "fixIts"])
        #expect(try parse(json)["errors"] as? Int == 1)
    }

    @Test func controlCharactersAndQuotesStayValidJSON() throws {
        let message = "bad \u{0} \u{1} \u{1F} \u{7F} \u{2028} \"quoted\" back\\slash\nnewline\ttab é ا 🙂"
        let location = SourceLocation(path: "dir/\u{1B}[31mred.ag", line: 1, column: 1, lineText: "\u{0}\u{8}")
        let json = JSONDiagnosticFormatter().format([Diagnostic(.warning, "x", message, at: location)])
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 }, "raw control characters in \(json)")
        let entry = try #require((try parse(json)["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["message"] as? String == message)
        #expect(entry["file"] as? String == "dir/\u{1B}[31mred.ag")
    }

    @Test func aFileWithControlCharactersAndBadBytesGivesValidJSON() throws {
        let bytes = Array("person a\u{0}b \"x\u{1}\\q\"\n".utf8) + [0xFF, 0xC3] + Array(" \"\u{7}\n".utf8)
        let result = GraphCompiler.compile([SourceFile(path: "t.ag", bytes: bytes)])
        #expect(result.errorCount >= 3)
        let document = try parse(JSONDiagnosticFormatter().format(result))
        #expect((document["diagnostics"] as? [Any])?.count == result.diagnostics.count)
    }

    @Test func theOutputIsOneDeterministicDocumentWithSortedKeys() {
        let result = compile("group a\na comands a\nb attacked a")
        let json = JSONDiagnosticFormatter().format(result)
        #expect(json == JSONDiagnosticFormatter().format(compile("group a\na comands a\nb attacked a")))
        #expect(json.hasPrefix("{\"diagnostics\":[{\"column\":3,\"endColumn\":10,\"file\":\"t.ag\",\"fixIts\":[{\"column\":3,"))
        #expect(json.hasSuffix("],\"errors\":2,\"omitted\":0,\"warnings\":0}"))
        #expect(!json.contains("\n"))
    }

    @Test func omittedDiagnosticsAreCounted() throws {
        let text = String(repeating: ": x\n", count: 30)
        let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)], diagnosticLimit: 10)
        let document = try parse(JSONDiagnosticFormatter().format(result))
        #expect((document["diagnostics"] as? [Any])?.count == 10)
        #expect(document["errors"] as? Int == 30)
        #expect(document["omitted"] as? Int == 20)
    }
}
