import Testing
@testable import ActorGraph

struct ReportOverlapTests {
    static let wire = """
    Police said a strike hit a building.
    At least two militants were killed and six others wounded in an unknown drone strike on a headquarters of an Iran-backed militia in eastern Baghdad on Thursday, police and security sources said.
    The weather was mild.
    """

    @Test func findsAPassageAcrossLineBreaksPunctuationAndQuotes() {
        let copy = """
        Something else entirely happened in the city today.
        “At least two militants were KILLED, and six others wounded
        in an unknown drone-strike on a headquarters of an Iran backed militia
        in eastern Baghdad on Thursday,” police and security sources said.
        """
        let overlap = ReportOverlap(reports: [("r000", Self.wire), ("r001", copy)])
        #expect(overlap.passages == [
            ReportOverlap.Passage(report: "r001", lines: 2 ... 4, original: "r000", originalLines: 2 ... 2, sharedWords: 33, words: 33),
        ])
        #expect(overlap.passages.first?.summary == "r001 lines 2-4 repeat r000 line 2: 33 of 33 words")
        #expect(overlap.passages.first?.suggestion == "# r001 repeats r000 (lines 2-4)")
    }

    @Test func aChangedWordLeavesOnePassageWithoutIt() {
        let copy = """
        At least two militants were killed and six others wounded in an unknown drone strike
        on a compound of an Iran-backed militia in eastern Baghdad on Thursday, police and security sources said.
        """
        let overlap = ReportOverlap(reports: [("r000", Self.wire), ("r001", copy)])
        #expect(overlap.passages.map(\.summary) == ["r001 lines 1-2 repeat r000 line 2: 32 of 33 words"])
    }

    @Test func shortCommonPhrasesAreNoOverlap() {
        let other = """
        Police and security sources said on Thursday that in eastern Baghdad
        a drone strike on a headquarters killed no one, police and security sources said.
        """
        #expect(ReportOverlap(reports: [("r000", Self.wire), ("r001", other)]).passages.isEmpty)
    }

    @Test func theEarlierReportIsTheOriginalAndEachLaterCopyIsListed() {
        let overlap = ReportOverlap(reports: [("r000", Self.wire), ("r001", "Nothing shared here."), ("r002", Self.wire), ("r003", Self.wire)])
        #expect(overlap.passages.map(\.summary) == [
            "r002 lines 1-3 repeat r000 lines 1-3: 44 of 44 words",
            "r003 lines 1-3 repeat r000 lines 1-3: 44 of 44 words",
        ])
    }

    @Test func aReportShorterThanAShingleSharesNothing() {
        #expect(ReportOverlap(reports: [("a", "one two"), ("b", "one two")]).passages.isEmpty)
        #expect(ReportOverlap(reports: [("a", "one two three"), ("b", "one two three")], shingleLength: 3).passages.count == 1)
    }

    @Test func scalesToThousandsOfReportsByHashing() {
        var reports = (0 ..< 2000).map { report in
            (id: "r\(report)", text: (0 ..< 60).map { "w\(report)x\($0)" }.joined(separator: " "))
        }
        reports.append((id: "copy", text: "new words first " + reports[1234].text))
        let overlap = ReportOverlap(reports: reports)
        #expect(overlap.passages.map(\.summary) == ["copy line 1 repeat r1234 line 1: 60 of 63 words"])
    }
}
