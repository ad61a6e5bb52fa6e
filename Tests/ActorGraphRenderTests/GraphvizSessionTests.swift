import ActorGraphRender
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Behaviour of the shared Graphviz job runner, seen through the public API.
///
/// Serialized because one test points the process's standard error at a file.
@Suite(.serialized)
struct GraphvizSessionTests {
    @Test func graphvizMessagesNeverReachStandardError() throws {
        // Swift Testing itself reports on standard error, echoing other tests'
        // arguments, so every message provoked here carries a marker no other test
        // uses; the marker is new per run because Graphviz warns about an unknown
        // shape or colour only once per process.
        let marker = "leak" + UUID().uuidString.filter(\.isHexDigit).lowercased()
        let inputs = [
            "digraph { a -> b } \(marker) ;",
            "digraph { \(marker) [label=<<b>x</c>>] }",
            "digraph { a [shape=\(marker)shape, color=\(marker)colour] }",
            String(repeating: "\n", count: 4816) + "digraph { a -> 1b }",
        ]
        var warnings: [String] = []
        var errors: [GraphvizError] = []
        let written = try capturingStandardError {
            for dot in inputs {
                do throws(GraphvizError) {
                    _ = try Graphviz.render(dot: dot, format: .png, engine: .dot, warnings: &warnings)
                } catch {
                    errors.append(error)
                }
            }
        }
        #expect(errors.map(\.stage) == [.parse, .layout])
        #expect(errors.allSatisfy { $0.message.contains(marker) })
        #expect(warnings.filter { $0.contains(marker) }.count == 2)
        #expect(warnings.contains { $0.contains("line 4817") })
        #expect(!written.contains(marker))
        #expect(!written.contains("line 4817"))
    }

    @Test func syntaxErrorLineNumbersStartAtOneForEveryJob() throws {
        for _ in 0..<3 {
            _ = try? Graphviz.read(dot: "digraph {\n\n\n a -> }")
            let error = #expect(throws: GraphvizError.self) {
                try Graphviz.read(dot: "\n\ndigraph { a -> }")
            }
            #expect(error?.message == "syntax error in line 3 near '}'")
        }
    }

    @Test func moreThanOneGraphIsRejectedAndDoesNotLeakIntoTheNextJob() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: "graph A { a } graph B { b } digraph C { c }")
        }
        #expect(error?.stage == .parse)
        #expect(error?.message == "the DOT text contains 3 graphs, but one graph is handled at a time")
        let next = try Graphviz.read(dot: "graph D { d }")
        #expect(next.name == "D")
        #expect(next.nodes.map(\.name) == ["d"])
    }

    @Test func aBrokenSecondGraphIsReportedAsASyntaxError() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: "graph A { a } graph B { b -- }")
        }
        #expect(error?.stage == .parse)
        #expect(error?.message.contains("syntax error") == true)
        #expect(try Graphviz.read(dot: "graph E { e }").name == "E")
    }

    @Test(arguments: ["", "   \n", "/* only a comment */"])
    func textWithoutAGraphIsAParseError(dot: String) {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        }
        #expect(error == GraphvizError(stage: .parse, message: "the DOT text contains no graph"))
    }

    @Test func nulIsAParseErrorInsteadOfASilentlyShortenedGraph() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: "digraph { a \u{0} -> b }")
        }
        #expect(error == GraphvizError(stage: .parse, message: "the DOT text contains a NUL character"))
    }

    @Test func aFailedJobLeavesNoErrorStateForTheNext() throws {
        _ = try? Graphviz.render(dot: "digraph { a [label=<<b>x</c>>] }", format: .svg, engine: .dot)
        var warnings: [String] = []
        let svg = try Graphviz.render(dot: "digraph { a -> b }", format: .svg, engine: .dot, warnings: &warnings)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(warnings.isEmpty)
    }
}

/// Runs `body` with file descriptor 2 pointing at a temporary file and returns
/// what was written there.
private func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ActorGraphRenderTests-stderr-\(UUID().uuidString)")
    let file = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    defer { try? FileManager.default.removeItem(at: url) }
    let saved = dup(STDERR_FILENO)
    try #require(file >= 0 && saved >= 0)
    // Flushes every C stream, so nothing buffered earlier lands in the file.
    fflush(nil)
    dup2(file, STDERR_FILENO)
    close(file)
    defer {
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
    }
    try body()
    fflush(nil)
    return try String(contentsOf: url, encoding: .utf8)
}
