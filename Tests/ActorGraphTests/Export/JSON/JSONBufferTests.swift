import Testing
@testable import ActorGraph

struct JSONBufferTests {
    private func written(_ text: String) -> String {
        var buffer = JSONBuffer()
        buffer.string(text)
        return String(decoding: buffer.storage, as: UTF8.self)
    }

    /// No control character reaches whoever prints the file: C0, DEL and
    /// C1 (an 8-bit CSI is U+009B) are all `\u00XX`.
    @Test func controlCharactersOfEveryRangeAreEscaped() {
        #expect(written("a\u{1B}[31m\u{7F}\u{9B}\u{85}b") == #""a\u001b[31m\u007f\u009b\u0085b""#)
        #expect(written("\u{A0}é\u{2028}") == "\"\u{A0}é\\u2028\"")
        #expect(written("plain") == "\"plain\"")
    }
}
