@testable import ActorGraphRender
import Testing

struct GraphvizDiagnosticsTests {
    @Test func separatesErrorsFromWarningsAndDropsPrefixes() {
        let diagnostics = GraphvizDiagnostics("Warning: using box for unknown shape foo\nError: syntax error in line 1 near '}'\n")
        #expect(diagnostics.warnings == ["using box for unknown shape foo"])
        #expect(diagnostics.errors == ["syntax error in line 1 near '}'"])
    }

    @Test func keepsContinuationLinesWithTheirMessage() {
        let text = "Error: mismatched tag in line 1 \n... x</c> ...\nin label of node a\nWarning: w\n"
        let diagnostics = GraphvizDiagnostics(text)
        #expect(diagnostics.errors == ["mismatched tag in line 1 \n... x</c> ...\nin label of node a"])
        #expect(diagnostics.warnings == ["w"])
    }

    @Test func treatsAnUnattributedLineAsAWarning() {
        let diagnostics = GraphvizDiagnostics("as required by the -n flag\n")
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings == ["as required by the -n flag"])
    }

    @Test(arguments: ["", "\n \n", "Warning: \n"])
    func blankTextHasNoMessages(text: String) {
        let diagnostics = GraphvizDiagnostics(text)
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.isEmpty)
    }
}
