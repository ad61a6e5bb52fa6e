import Testing
@testable import ActorGraph

struct SourceDependencyTests {
    @Test func lineRangesReadNumbersAndRanges() {
        #expect(SourceDependency.lineRanges("1-2, 9-10") == [1...2, 9...10])
        #expect(SourceDependency.lineRanges(" 4 ") == [4...4])
        #expect(SourceDependency.lineRanges("3-3,5") == [3...3, 5...5])
        for bad in ["3-", "-3", "8-3", "0", "0-2", "x", "", "1,", "1 2"] { #expect(SourceDependency.lineRanges(bad) == nil, "\(bad)") }
    }

    @Test func aPassageCoversOnlyItsLinesAndNeedsTheLine() {
        let passage = SourceDependency(kind: .copies, original: 0, lines: [3...8])
        #expect(passage.covers(line: 3) && passage.covers(line: 8))
        #expect(!passage.covers(line: 9) && !passage.covers(line: nil))
        let whole = SourceDependency(kind: .derivedFrom, original: 0)
        #expect(whole.covers(line: nil) && whole.covers(line: 40))
    }

    @Test func aValueIsWrittenAndReadBack() throws {
        let value = SourceDependency.value(original: "r000", lines: "3-8")
        #expect(value == #"r000 "3-8""#)
        let parsed = try #require(SourceDependency.parse(value))
        #expect(parsed.id == "r000" && parsed.lines == [3...8])
        #expect(SourceDependency.parse("r000")?.lines == [])
        #expect(SourceDependency.parse("r000 3-8") == nil)
    }
}
