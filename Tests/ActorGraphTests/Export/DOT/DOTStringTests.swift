import Testing
@testable import ActorGraph

struct DOTStringTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("two\nlines", #""two\nlines""#),
        ("cr\r\nlf", #""cr\nlf""#),
        ("nul\u{0}bell\u{7}", #""nulbell""#),
        ("tab\there", "\"tab\there\""),
        ("<b>{x}|y</b>", #""<b>{x}|y</b>""#),
        ("حركة النجباء", "\"حركة النجباء\""),
        (#"ends\"#, #""ends\\""#),
        ("R&D &lt;", #""R&amp;D &amp;lt;""#),
    ])
    func quotesAndEscapes(_ text: String, _ expected: String) {
        #expect(DOTString.quoted(text) == expected)
    }

    @Test func outputIsAlwaysOneQuotedToken() {
        for text in ["\"", "\\\"", "\\\\\"", "\n\"\n", "\"]; n0 -> n1 [label=\""] {
            let quoted = DOTString.quoted(text)
            #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
            // Inside, every quote is escaped by an odd run of backslashes.
            let inner = Array(quoted.utf8.dropFirst().dropLast())
            for (index, byte) in inner.enumerated() where byte == UInt8(ascii: "\"") {
                let run = inner[..<index].reversed().prefix { $0 == UInt8(ascii: "\\") }.count
                #expect(run % 2 == 1)
            }
        }
    }
}
