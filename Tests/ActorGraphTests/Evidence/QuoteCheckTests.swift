import Testing
@testable import ActorGraph

/// Quotes checked against small inline reports.
struct QuoteCheckTests {
    static let report = """
    Iraqi police said the group, financed by Iran,
    lost its commander in the strike \u{2014} the “12th Brigade” said it wasn’t over.
    """

    /// The diagnostics for `text` compiled as `t.ag`, with `a.txt` reading as ``report``.
    func diagnostics(_ text: String, reports: [String: String] = ["a.txt": report]) throws -> [Diagnostic] {
        let file = SourceFile(path: "t.ag", text: text)
        let graph = try #require(GraphCompiler.compile([file]).graph)
        return QuoteCheck(graph: graph, files: [file]).diagnostics { reports[$0] }
    }

    static let header = "source r0 \"Report\" [file: \"a.txt\"]\nperson a\nperson b\n"

    @Test func aQuoteSplitAcrossALineBreakIsFound() throws {
        #expect(try diagnostics(Self.header + "a attacked b [src: r0 \"financed by Iran, lost its commander\"]").isEmpty)
    }

    @Test func straightQuotesDashesAndCaseMatchTheirTypographicForms() throws {
        #expect(try diagnostics(Self.header + "a attacked b [src: r0 \"STRIKE - the \\\"12th brigade\\\" said it wasn't over\"]").isEmpty)
    }

    @Test func aQuoteNotInTheReportIsAnErrorAtTheCitationWithTheClosestPassage() throws {
        let found = try diagnostics(Self.header + "a attacked b [src: r0 \"funded by Iran\"]")
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.severity == .error && error.id == .quoteNotInReport)
        #expect(error.location?.path == "t.ag" && error.location?.line == 4 && error.location?.column == 23)
        #expect(error.notes.first?.message == "the closest passage of 'a.txt' is \"financed by Iran,\"")
    }

    @Test func everyCitationOfAWrongQuoteIsReported() throws {
        let found = try diagnostics(Self.header + "a attacked b [src: r0 \"funded by Iran\"]\nb attacked a [src: r0  \"funded by Iran\"]")
        #expect(found.map { $0.location?.line } == [4, 5])
    }

    @Test func aMissingReportIsAWarningOnly() throws {
        let found = try diagnostics(Self.header + "a attacked b [src: r0 \"funded by Iran\"]", reports: [:])
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.id == .reportNotFound)
    }

    @Test func aReportNoQuoteCitesIsNotRead() throws {
        #expect(try diagnostics(Self.header + "a attacked b [src: r0]", reports: [:]).isEmpty)
    }
}
