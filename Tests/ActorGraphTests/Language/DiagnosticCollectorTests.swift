import Testing
@testable import ActorGraph

/// The diagnostic limit: past it diagnostics are counted, not reported,
/// and the ones reported are the first in file order.
struct DiagnosticCollectorTests {
    static let badLines = String(repeating: ": x\n", count: 5_000)

    @Test func fiveThousandBadLinesGiveTheFirstThousand() {
        let result = compile(Self.badLines)
        #expect(result.diagnostics.count == 1_000)
        #expect(result.diagnostics.allSatisfy { $0.location != nil })
        #expect(result.diagnostics.map { $0.location!.line } == Array(1...1_000))
        #expect(result.omittedCount == 4_000)
        #expect(result.errorCount == 5_000)
        #expect(result.graph == nil)
    }

    @Test func theLimitIsAParameter() {
        let all = GraphCompiler.compile([SourceFile(path: "t.ag", text: Self.badLines)], diagnosticLimit: .max)
        #expect(all.diagnostics.count == 5_000)
        #expect(all.omittedCount == 0)
        let none = GraphCompiler.compile([SourceFile(path: "t.ag", text: Self.badLines)], diagnosticLimit: 0)
        #expect(none.diagnostics.isEmpty)
        #expect(none.errorCount == 5_000)
        #expect(none.graph == nil)
    }

    @Test func omittedWarningsAreCountedAsWarnings() {
        let text = (0..<30).map { "person p\($0)\n" }.joined()
        let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)], diagnosticLimit: 10, warnsAboutEveryUnusedEntity: true)
        #expect(result.diagnostics.count == 10)
        #expect(result.warningCount == 30)
        #expect(result.errorCount == 0)
        #expect(result.omittedCount == 20)
        #expect(result.omittedWarningCount == 20 && result.omittedErrorCount == 0)
        #expect(result.graph != nil)
    }

    @Test func anEarlierDiagnosticFoundLaterTakesItsPlace() {
        // Unknown entities on the first lines are found after every parse
        // error further down, and still come first.
        let text = "person a\n" + (0..<20).map { "a attacked b\($0)\n" }.joined() + String(repeating: ": x\n", count: 20)
        let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)], diagnosticLimit: 15)
        #expect(result.diagnostics.map { $0.location!.line } == Array(2...16))
        #expect(result.diagnostics.allSatisfy { $0.id == .unknownEntity })
        #expect(result.omittedCount == 25)
    }

    @Test func theOrderMatchesAnUnlimitedRun() {
        let text = "person a \"x\\q\" [n: 1 :]\n: y\nperson a\na comands a\n\"\\q\" \"\\w\" b\n"
        let all = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)], diagnosticLimit: .max).diagnostics
        for limit in 0...all.count {
            let some = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)], diagnosticLimit: limit).diagnostics
            #expect(some == Array(all.prefix(limit)))
        }
    }

    @Test func aHundredKilobyteLineOfBadEscapesGivesBoundedDiagnostics() throws {
        let line = String(repeating: "\"\\q\" ", count: 20_000)
        let result = compile(line + "\n")
        #expect(result.diagnostics.count == 1_000)
        #expect(result.errorCount == 20_001)
        #expect(result.omittedCount == 19_001)
        let last = try #require(result.diagnostics.last?.location)
        #expect(last.column == 4_992)
        // One copy of the line, shared by every diagnostic on it.
        let storage = Set(result.diagnostics.compactMap { $0.location!.lineText.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } })
        #expect(storage.count == 1)
        let shown = TextDiagnosticFormatter().format(result.diagnostics[999]).split(separator: "\n")
        #expect(shown[1].hasPrefix("…") && shown[1].hasSuffix("…") && shown[1].count < 200)
    }

    @Test func theCollectorKeepsTheSmallestAndCountsTheRest() {
        var collector = DiagnosticCollector(limit: 3)
        for offset in [50, 10, 40, 30, 20, 60] where collector.admits(.error, file: 0, offset: offset, stage: .checker) {
            collector.add(PendingDiagnostic(severity: .error, id: "x", message: "", file: 0, offset: offset, length: 1), stage: .checker)
        }
        #expect(collector.sorted().map(\.offset) == [10, 20, 30])
        #expect(collector.omittedErrors == 3)
    }
}
