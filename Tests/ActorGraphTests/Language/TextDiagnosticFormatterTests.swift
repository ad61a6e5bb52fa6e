import Testing
@testable import ActorGraph

/// The text formatter: the place, the line with a caret under it, the notes.
struct TextDiagnosticFormatterTests {
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
        #expect(TextDiagnosticFormatter().format(Diagnostic(.warning, "something")) == "warning: something\n")
        #expect(TextDiagnosticFormatter().format([Diagnostic(.error, "a"), Diagnostic(.error, "b")]) == "error: a\nerror: b\n")
    }

    @Test func aLocationBuiltByHandIsShownToo() {
        let location = SourceLocation(path: "f.ag", line: 3, column: 5, length: 3, lineText: "abc\tdefgh")
        #expect(TextDiagnosticFormatter().format(Diagnostic(.error, "m", at: location)) == "f.ag:3:5: error: m\nabc\tdefgh\n   \t^~~\n")
    }
}
