import SyntheticGraphs
import Testing
@testable import ActorGraph

/// Locating byte offsets: the same line and column in whatever order the
/// places are asked for, with one copy of each line's text.
struct SourceFileTests {
    /// Line and column counted from the start of the file, the slow way.
    static func place(_ bytes: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        let lineStart = (bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        var lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1
        return (line, bytes[lineStart ..< min(offset, lineEnd)].count { $0 & 0xC0 != 0x80 } + 1)
    }

    @Test func placesAskedInAnyOrderGetTheirColumns() {
        var random = SplitMix64(seed: 11)
        let pieces: [[UInt8]] = [Array("ab ".utf8), Array("é".utf8), Array("🙂".utf8), [0xFF], [0x80], Array("\r\n".utf8), Array("\n".utf8), [0xE2, 0x82]]
        for _ in 0 ..< 30 {
            let bytes = (0 ..< Int.random(in: 1...60, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            var locator = SourceLocator(SourceFile(path: "t.ag", bytes: bytes))
            for _ in 0 ..< 40 {
                let offset = Int.random(in: 0 ..< bytes.count, using: &random)
                let location = locator.location(at: offset, length: 1)
                let expected = Self.place(bytes, offset)
                #expect(location.line == expected.line && location.column == expected.column, "\(bytes) at \(offset)")
            }
        }
    }

    @Test func everyPlaceOnALineSharesItsText() {
        let text = String(repeating: "x", count: 10_000)
        var locator = SourceLocator(SourceFile(path: "t.ag", text: text))
        let addresses = Set((0 ..< 50).map { locator.location(at: $0 * 100, length: 1).lineText.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } })
        #expect(addresses.count == 1)
    }

    @Test func controlCharactersAreShownAsReplacements() {
        var locator = SourceLocator(SourceFile(path: "t.ag", text: "a\u{0}b\tc\u{7F}\r\n"))
        #expect(locator.location(at: 2, length: 1).lineText == "a\u{FFFD}b\tc\u{FFFD}")
    }

    @Test func anExactLengthMayBeZero() {
        var locator = SourceLocator(SourceFile(path: "t.ag", text: "abc"))
        #expect(locator.location(at: 3, length: 0, exact: true).length == 0)
        #expect(locator.location(at: 3, length: 0).length == 1)
    }
}
