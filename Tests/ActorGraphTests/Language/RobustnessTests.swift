import SyntheticGraphs
import Testing
@testable import ActorGraph

/// No input may crash the compiler: random bytes, random tokens, and every
/// prefix of a valid file.
struct RobustnessTests {
    @Test func randomBytesNeverCrash() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let result = GraphCompiler.compile([SourceFile(path: "r.ag", bytes: bytes)])
            for diagnostic in result.diagnostics { _ = TextDiagnosticFormatter().format(diagnostic) }
        }
    }

    @Test func randomTokenSoupNeverCrashes() {
        let pieces = ["person", "group", "state", "kind", "relation", "aka", "a", "b", "commands", "part-of", "\"x\"", "\"",
                      "[", "]", ":", ",", "|", "\n", " ", "#c\n", "\\", "\"\\u{", "date", "from", "any", "é", "\u{0}"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " ")
            let result = compile(text)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location.map { $0.line >= 1 && $0.column >= 1 } ?? true)
            }
        }
    }

    @Test func everyPrefixOfAValidFileIsHandled() throws {
        let bytes = try fixture("catalogue.ag").bytes
        for length in 0...bytes.count {
            _ = GraphCompiler.compile([SourceFile(path: "p.ag", bytes: Array(bytes[0..<length]))])
        }
    }
}
