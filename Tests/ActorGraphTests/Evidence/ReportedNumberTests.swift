import Testing
@testable import ActorGraph

struct ReportedNumberTests {
    typealias Q = ReportedNumber.Qualifier

    /// Every phrase docs/language.md lists, with the qualifier and range it reads as.
    @Test(arguments: [
        ("4", Q.exact, "4"), ("1,200", .exact, "1200"), ("12,345,678", .exact, "12345678"), ("2.5", .exact, "2.5"),
        ("zero", .exact, "0"), ("one", .exact, "1"), ("Four", .exact, "4"), ("twelve", .exact, "12"), ("nineteen", .exact, "19"),
        ("twenty", .exact, "20"), ("ninety", .exact, "90"), ("twenty-five", .exact, "25"), ("forty two", .exact, "42"),
        ("at least 3", .lowerBound, "at least 3"), ("At least three", .lowerBound, "at least 3"),
        ("no fewer than 3", .lowerBound, "at least 3"), ("no less than 3", .lowerBound, "at least 3"),
        ("more than 80", .lowerBound, "more than 80"), ("over 100", .lowerBound, "more than 100"),
        ("upwards of 1,000", .lowerBound, "more than 1000"), ("100+", .lowerBound, "at least 100"),
        ("at most 5", .upperBound, "at most 5"), ("no more than 5", .upperBound, "at most 5"), ("up to twenty", .upperBound, "at most 20"),
        ("fewer than 10", .upperBound, "fewer than 10"), ("less than 10", .upperBound, "fewer than 10"), ("under 10", .upperBound, "fewer than 10"),
        ("about 100", .approximate, "90-110"), ("around 100", .approximate, "90-110"), ("approximately 100", .approximate, "90-110"),
        ("roughly 100", .approximate, "90-110"), ("some 100", .approximate, "90-110"), ("about 3", .approximate, "2-4"),
        ("nearly 100", .approximate, "at least 90 and fewer than 100"), ("almost fifty", .approximate, "at least 45 and fewer than 50"),
        ("2-4", .range, "2-4"), ("2–4", .range, "2-4"), ("2 to 4", .range, "2-4"), ("from two to four", .range, "2-4"),
        ("between 2 and 4", .range, "2-4"), ("1,000-1,500", .range, "1000-1500"),
        ("a few", .range, "2-9"), ("several", .range, "3-9"), ("dozens", .range, "24-199"), ("scores", .range, "40-199"),
        ("hundreds", .range, "200-1999"), ("thousands", .range, "2000-19999"),
        ("unknown", .unknown, "any number"), ("  Unknown ", .unknown, "any number"),
    ])
    func readsEveryPhrase(_ text: String, _ qualifier: ReportedNumber.Qualifier, _ range: String) throws {
        let number = try #require(ReportedNumber(text))
        #expect(number.qualifier == qualifier)
        #expect(number.range.description == range)
        #expect(number.text == text)
    }

    @Test(arguments: [
        "", " ", "rockets", "2 km", "3 rockets", "at least", "more than", "at least at least 3", "about about 3", "-3", "3-", "-",
        "4-2", "2-2", "2-3-4", "between 2", "between 2 and", "2 to", "to 4", "1e5", "inf", "nan", "0x10", "1,00", ",100", "1,2345",
        "1.", ".5", "1..2", "1.2.3", "١٢", "٣", "twenty-", "-five", "five-twenty", "twenty twenty", "ten five", "one hundred",
        "9999999999999999", "+", "100++", "+100", "at least -3", "at least 3 people", "dozen", "a  few more", "unknown 3", "nearly zero",
        "3\u{0}", "🔥", String(repeating: "9", count: 10_000), String(repeating: "at least ", count: 100) + "3",
    ])
    func rejectsWhatIsNotAFigure(_ text: String) {
        #expect(ReportedNumber(text) == nil)
    }

    @Test func arbitraryTextNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["at", "least", "more", "than", "1", ",", ".", "-", "–", "to", "and", "between", "twenty", "five", "+", " ", "é", "\u{301}", "0"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if let number = ReportedNumber(text) { #expect(number.range.contains(number.range.lowest)) }
        }
    }

    @Test func anAttributeValueReadsItsText() {
        #expect(AttributeValue("at least 2").reportedNumber?.range.lowest == 2)
        #expect(AttributeValue("drone").reportedNumber == nil)
    }
}
