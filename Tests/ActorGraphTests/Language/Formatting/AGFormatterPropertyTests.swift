@testable import ActorGraph
import SyntheticGraphs
import Testing

/// Formatting as round trips over random graphs (hostile names, disputed
/// values, partial dates), their spacing scrambled and comments added
/// everywhere a comment may go: formatting is idempotent, keeps every
/// comment in its order, and compiles to the same graph.
struct AGFormatterPropertyTests {
    /// `text` respaced at random: blanks between tokens, line breaks after
    /// commas and `[` and before `]`, CRLF, blank lines, and comments on
    /// lines of their own and at the ends of lines, each numbered, returned
    /// in order.
    static func scrambled(_ text: String, using random: inout SplitMix64) -> (text: String, comments: [String]) {
        let bytes = Array(text.utf8)
        var lexer = Lexer(bytes: bytes)
        var out = ""
        var comments: [String] = []
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func blanks() -> String { [" ", "  ", "\t", " \t "][Int(random.next() % 4)] }
        func comment() -> String {
            let text = "#c\(comments.count) [\"x\" # y, z]"
            comments.append(text)
            return text
        }
        func lineBreak() {
            if chance(30) { out += blanks() + comment() }
            out += chance(20) ? "\r\n" : "\n"
            if chance(20) { out += blanks() + comment() + "\n" }
        }
        var token = lexer.next()
        while token.kind != .end {
            let next = lexer.next()
            switch token.kind {
            case .newline:
                lineBreak()
                if chance(15) { out += "\n\n\n" }
            case .closeBracket where chance(15):
                lineBreak()
                out += "]"
            default:
                out += String(decoding: bytes[Int(token.start) ..< Int(token.end)], as: UTF8.self)
                if (token.kind == .comma || token.kind == .openBracket) && chance(25) {
                    lineBreak()
                } else if next.kind != .newline {
                    out += blanks()
                }
            }
            token = next
        }
        return (out, comments)
    }

    /// Requires `text` to format, idempotently, keeping `comments` in order
    /// and compiling to what `text` compiles to.
    private func expectFormats(_ text: String, comments: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = AGFormatter.format(SourceFile(path: "r.ag", text: text))
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))\n\(text)", sourceLocation: sourceLocation)
        let formatted = try #require(result.text, sourceLocation: sourceLocation)
        #expect(AGFormatter.format(SourceFile(path: "r.ag", text: formatted)).text == formatted, "not idempotent:\n\(text)", sourceLocation: sourceLocation)
        var rest = Substring(formatted)
        for comment in comments {
            let found = try #require(rest.range(of: comment), "lost \(comment):\n\(text)\n---\n\(formatted)", sourceLocation: sourceLocation)
            rest = rest[found.upperBound...]
        }
        let original = try #require(compile(text).graph, sourceLocation: sourceLocation)
        let back = try #require(compile(formatted).graph, "\(formatted)", sourceLocation: sourceLocation)
        #expect(JSONImporterTests.Contents(back) == JSONImporterTests.Contents(original), sourceLocation: sourceLocation)
    }

    @Test(arguments: 0 ..< 200 as Range<UInt64>)
    func randomEvidenceGraphsScrambledFormatToTheSameGraph(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = RandomEvidenceGraphs.text(using: &random, valueClaims: true)
        try expectFormats(text)
        let (scrambled, comments) = Self.scrambled(text, using: &random)
        try expectFormats(scrambled, comments: comments)
    }

    @Test(arguments: 0 ..< 20 as Range<UInt64>)
    func syntheticGraphsScrambledFormatToTheSameGraph(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = String(decoding: SyntheticGraph(entityCount: 30, relationCount: 60, seed: seed).text(), as: UTF8.self)
        let (scrambled, comments) = Self.scrambled(text, using: &random)
        try expectFormats(scrambled, comments: comments)
    }

    @Test(arguments: 0 ..< 200 as Range<UInt64>)
    func whatAGWriterWritesIsFormatted(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let graph = try #require(compile(RandomEvidenceGraphs.text(using: &random, valueClaims: true)).graph)
        for order in [AGWriter.EntityOrder.byKind, .given] {
            let written = AGWriter.write(graph, entityOrder: order)
            #expect(AGFormatter.format(SourceFile(path: "w.ag", text: written)).text == written, "\(written)")
        }
    }
}
