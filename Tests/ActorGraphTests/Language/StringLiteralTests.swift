import Testing
@testable import ActorGraph

struct StringLiteralTests {
    private func decode(_ text: String) -> (String, [String]) {
        let bytes = Array(text.utf8)
        var problems: [String] = []
        let value = StringLiteral.decode(bytes, from: 0, to: bytes.count) { problems.append($0.message) }
        return (value, problems)
    }

    @Test func decodesEveryEscape() {
        #expect(decode(#"a\"b\\c\nd\te\u{41}\u{1F600}"#) == ("a\"b\\c\nd\teA😀", []))
    }

    @Test func keepsMalformedEscapesVerbatimAndReportsThem() {
        let (value, problems) = decode(#"x\qy\u{}z\u{110000}"#)
        #expect(value == #"x\qy\u{}z\u{110000}"#)
        #expect(problems.count == 3)
    }

    @Test func aLoneTrailingBackslashIsKept() {
        #expect(decode("abc\\").0 == "abc\\")
    }
}
