import Testing
@testable import ActorGraph

/// Quotes checked against small inline reports.
struct QuoteCheckTests {
    static let report = """
    Iraqi police said the group, financed by Iran,
    lost its commander in the strike \u{2014} the “12th Brigade” said it wasn’t over.
    """

    /// The outcome of checking `text` compiled as `t.ag`, with `a.txt` reading as ``report``.
    func check(_ text: String, reports: [String: String] = ["a.txt": report]) throws -> QuoteCheck.Outcome {
        let file = SourceFile(path: "t.ag", text: text)
        let graph = try #require(GraphCompiler.compile([file]).graph)
        return QuoteCheck(graph: graph, files: [file]).check { reports[$0] }
    }

    /// The diagnostics for `text` compiled as `t.ag`, with `a.txt` reading as ``report``.
    func diagnostics(_ text: String, reports: [String: String] = ["a.txt": report]) throws -> [Diagnostic] {
        try check(text, reports: reports).diagnostics
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

    @Test func everyCitationOfAFoundQuoteGetsTheLineItStartsOn() throws {
        let graph = try check(Self.header + """
        a attacked b [src: r0 "financed by Iran, lost its commander", r0 "ommander in the strike"]
        person c [note: "x" [src: r0 "wasn\u{2019}t over"]]
        """).graph
        #expect(graph.relations[0].citations.map(\.line) == [1, 2])
        #expect(graph.entities[2].attributes[0].values[0].citations[0].line == 2)
        #expect(graph.relations[0].citations[0].description(in: graph) == "r0:1 \"financed by Iran, lost its commander\"")
    }

    @Test func aQuoteNotFoundKeepsNoLine() throws {
        let graph = try check(Self.header + "a attacked b [src: r0 \"funded by Iran\"]").graph
        #expect(graph.relations[0].citations[0].line == nil)
    }

    @Test func lineBreaksOfEveryKindCountOnce() {
        let report = ReportText("one\r\ntwo\n\nthree\rfour")
        #expect(["one", "two", "three", "four"].map(report.line(of:)) == [1, 2, 4, 5])
        #expect(report.line(of: "five") == nil && report.line(of: "  ") == nil && report.contains(""))
    }

    @Test func aLongRunOfOneWordIsSearchedInLinearTime() {
        let report = ReportText(String(repeating: "a ", count: 200_000))
        #expect(report.line(of: String(repeating: "a ", count: 2_000) + "b") == nil)
    }
}
