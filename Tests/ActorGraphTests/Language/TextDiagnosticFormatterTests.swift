import SyntheticGraphs
import Testing
@testable import ActorGraph

/// The text formatter shows the same window around the caret whether the
/// compiler told it where the column starts or it counts from the line's start.
struct TextDiagnosticFormatterTests {
    func withoutHint(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.location?.columnUTF8Offset = nil
        copy.notes = copy.notes.map(withoutHint)
        return copy
    }

    @Test func theWindowIsTheSameWithAndWithoutTheCompilersHint() {
        var random = SplitMix64(seed: 5)
        let pieces = ["\"\\q\" ", "é", "\t", "ا", "x ", "\u{1}", ": ", "🙂", "\"\\u{x}\" ", "→"]
        for _ in 0 ..< 40 {
            let line = (0 ..< Int.random(in: 1...120, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: "person a\n" + line + "\n")], diagnosticLimit: .max)
            #expect(result.diagnostics.contains { $0.location?.columnUTF8Offset != nil })
            for diagnostic in result.diagnostics {
                #expect(TextDiagnosticFormatter().format(diagnostic) == TextDiagnosticFormatter().format(withoutHint(diagnostic)))
            }
        }
    }

    @Test func aLocationChangedByHandIsShownAsChanged() throws {
        var diagnostic = try #require(compile("group nujaba\nnujaba attacked nujabba").diagnostics.first)
        var location = try #require(diagnostic.location)
        location.lineText = "é" + location.lineText
        location.column += 1
        diagnostic.location = location
        #expect(TextDiagnosticFormatter().format(diagnostic).hasSuffix("énujaba attacked nujabba\n                 ^~~~~~~\n"))
    }

    @Test func notesFollowTheirDiagnostic() throws {
        let diagnostic = try #require(compile("person a\nperson a\na attacked a").diagnostics.first)
        #expect(TextDiagnosticFormatter().format(diagnostic) == """
        t.ag:2:8: error: duplicate id 'a'; rename one of the two entities or merge their declarations
        person a
               ^
        t.ag:1:8: note: 'a' first declared here
        person a
               ^

        """)
    }

    @Test func aDiagnosticWithoutALocationIsOneLine() {
        #expect(TextDiagnosticFormatter().format(Diagnostic(.warning, "x", "something")) == "warning: something\n")
        #expect(TextDiagnosticFormatter().format([Diagnostic(.error, "x", "a"), Diagnostic(.error, "x", "b")]) == "error: a\nerror: b\n")
    }

    @Test func aLocationBuiltByHandIsShownToo() {
        let location = SourceLocation(path: "f.ag", line: 3, column: 5, length: 3, lineText: "abc\tdefgh")
        #expect(TextDiagnosticFormatter().format(Diagnostic(.error, "x", "m", at: location)) == "f.ag:3:5: error: m\nabc\tdefgh\n   \t^~~\n")
    }

    /// A file is data: a name it quotes in a message, or a line it has
    /// echoed, must not reach the terminal as an escape sequence or a
    /// bidirectional override.
    @Test func aFileCannotSendEscapeSequencesThroughItsDiagnostics() {
        let result = compile("person a \"A\u{1B}[2J\"\n\"A\u{1B}[2X\" commands a\n\"\u{202E}a\" commnds a\n", path: "e\u{1B}[1m.ag")
        let text = TextDiagnosticFormatter().format(result.diagnostics)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(text)")
        #expect(text.contains("eU+001B[1m.ag:2:1: error: no entity has the name or alias \"AU+001B[2X\""))
        #expect(text.contains("\n\"\u{FFFD}a\" commnds a\n     ^~~~~~~\n"))
    }
}
