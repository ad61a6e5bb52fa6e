import Foundation
import Testing
@testable import ActorGraph

/// Compiles `.ag` text given inline, as file `t.ag`.
func compile(_ text: String, path: String = "t.ag") -> CompileResult {
    GraphCompiler.compile([SourceFile(path: path, text: text)])
}

/// Compiles inline text and requires it to be free of errors.
func graph(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Graph {
    let result = compile(text)
    #expect(result.errorCount == 0, "\(TextDiagnosticFormatter().format(result.diagnostics))", sourceLocation: sourceLocation)
    return try #require(result.graph, sourceLocation: sourceLocation)
}

/// Requires exactly one diagnostic of `severity`, at `line`:`column`,
/// whose message contains `message`.
func expectDiagnostic(_ text: String, _ severity: Diagnostic.Severity, line: Int, column: Int, _ message: String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let found = compile(text).diagnostics.filter { $0.severity == severity }
    #expect(found.count == 1, "expected one \(severity), got: \(TextDiagnosticFormatter().format(found))", sourceLocation: sourceLocation)
    guard let diagnostic = found.first else { return }
    #expect(diagnostic.location?.line == line, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.column == column, sourceLocation: sourceLocation)
    #expect(diagnostic.message.contains(message), "message was: \(diagnostic.message)", sourceLocation: sourceLocation)
}

/// A fixture file from Tests/ActorGraphTests/Fixtures.
func fixture(_ name: String) throws -> SourceFile {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try SourceFile.read(path: url.path)
}



/// Small graphs several test files need.
enum TestGraphs {
    /// Three groups each `part-of` the next, a loop: a ⊂ b ⊂ c ⊂ a.
    static func partOfCycle() throws -> Graph {
        try Graph {
            Group("a")
            Group("b")
            Group("c")
            Relate("a", "part-of", "b")
            Relate("b", "part-of", "c")
            Relate("c", "part-of", "a")
        }
    }
}
