import ActorGraphRender
import Testing

struct GraphvizEscStringTests {
    @Test(arguments: [
        (#"plain text"#, "plain text"),
        (#"a\\b"#, #"a\b"#),
        (#"ends in backslash\\"#, #"ends in backslash\"#),
        (#"say "hi""#, #"say "hi""#),
        (#"say \"hi\""#, #"say "hi""#),
        (#"one\ntwo\lthree\rfour"#, "one\ntwo\nthree\nfour"),
        ("real\nnewline", "real\nnewline"),
        ("carriage\rreturn", "carriage\rreturn"),
        (#"a\\nb"#, #"a\nb"#),
        (#"\\\\"#, #"\\"#),
        (#"dropped\x"#, "droppedx"),
        (#"trailing\"#, "trailing"),
        ("<tag> {a|b}", "<tag> {a|b}"),
        ("حركة النجباء", "حركة النجباء"),
    ])
    func appliesBackslashEscapes(escString: String, expected: String) {
        #expect(GraphvizEscString.displayedText(of: escString) == expected)
    }

    @Test(arguments: [
        (#"\N"#, #"\N"#),
        (#"name: \N in \G"#, #"name: \N in \G"#),
        (#"\E \H \T \L"#, #"\E \H \T \L"#),
        (#"\\N"#, #"\N"#),
    ])
    func keepsObjectPlaceholders(escString: String, expected: String) {
        #expect(GraphvizEscString.displayedText(of: escString) == expected)
    }

    @Test(arguments: [
        ("R&amp;D", "R&D"),
        ("R&D", "R&D"),
        ("&lt;b&gt; &quot;q&quot;", #"<b> "q""#),
        ("&#65;&#x42;&#X43;", "ABC"),
        ("&apos; &nbsp; &AMP; &#xZZ; &#0; &#1114112; & ;", "&apos; &nbsp; &AMP; &#xZZ; &#0; &#1114112; & ;"),
        ("&#38;amp;", "&amp;"),
        (#"&#92;n"#, "\n"),
        (#"\&amp;"#, "&"),
    ])
    func replacesCharacterReferencesBeforeBackslashEscapes(escString: String, expected: String) {
        #expect(GraphvizEscString.displayedText(of: escString) == expected)
    }
}
