@testable import ActorGraph
import Testing

/// The padding of aligned columns.
struct ColumnLayoutTests {
    private func lines(_ rows: [[String]]) -> [String] {
        var layout = ColumnLayout()
        for row in rows { layout.measure(row) }
        return rows.map(layout.line)
    }

    @Test func padsEachColumnToItsWidestCellWithOneSpaceBetween() {
        #expect(lines([["state", "us", "\"United States\""], ["group", "nujaba-12", "\"N\""]]) == [
            "state us        \"United States\"",
            "group nujaba-12 \"N\"",
        ])
    }

    @Test func countsCharactersNotBytes() {
        #expect(lines([["\"حماس\"", "x"], ["\"abcdef\"", "y"]]) == ["\"حماس\"   x", "\"abcdef\" y"])
    }

    @Test func aCellWiderThanTheLimitDoesNotWidenItsColumn() {
        let long = String(repeating: "x", count: ColumnLayout.widestAligned + 1)
        #expect(lines([["a", "1"], [long, "2"], ["bbb", "3"]]) == ["a   1", long + " 2", "bbb 3"])
    }

    @Test func emptyCellsKeepTheirColumnAndEmptyColumnsTakeNoRoom() {
        #expect(lines([["p", "", "aka \"A\"", "[x]"], ["q", "", "", "[y]"], ["r", "", "", ""]]) == [
            "p aka \"A\" [x]",
            "q         [y]",
            "r",
        ])
    }
}
