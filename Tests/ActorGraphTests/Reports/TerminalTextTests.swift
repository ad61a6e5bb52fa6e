import ActorGraph
import Testing

struct TerminalTextTests {
    @Test(arguments: [
        ("Evil\u{1B}]0;PWNED\u{7}", "EvilU+001B]0;PWNEDU+0007"),
        ("csi \u{9B}31m", "csi U+009B31m"),
        ("del \u{7F}", "del U+007F"),
        ("bidi \u{202E}txt.exe", "bidi U+202Etxt.exe"),
        ("keeps\ttab\nand newline", "keeps\ttab\nand newline"),
        ("حركة النجباء Sūdānī", "حركة النجباء Sūdānī"),
    ])
    func controlCharactersAreShownNotSent(text: String, shown: String) {
        #expect(TerminalText.escaped(text) == shown)
    }
}
