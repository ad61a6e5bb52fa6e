import Testing
@testable import ActorGraph

struct CSVScannerTests {
    /// Every row's cells as text.
    private func rows(_ text: String, delimiter: Character = ",") -> [[String]] {
        rows(bytes: Array(text.utf8), delimiter: delimiter)
    }

    private func rows(bytes: [UInt8], delimiter: Character = ",") -> [[String]] {
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter.asciiValue ?? 0)
        var record = CSVRecord(), rows: [[String]] = []
        while scanner.next(into: &record) {
            rows.append(record.cells.map { $0.text(in: bytes) ?? "" })
        }
        return rows
    }

    @Test func quotedCellsHoldDelimitersQuotesAndLineBreaks() {
        #expect(rows("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\n") == [["a", "b,c", "say \"hi\""], ["two\nlines", "x", ""]])
    }

    @Test func crlfAndLFEndRowsAndBlankLinesAreSkipped() {
        #expect(rows("a,b\r\n\r\nc,d\n\n\"e\"\r\nf,\"g\"") == [["a", "b"], ["c", "d"], ["e"], ["f", "g"]])
    }

    @Test func rowsAreNumberedAsASpreadsheetShowsThem() {
        let bytes = Array("a\n\nb\n\"c\nd\"\ne".utf8)
        var scanner = CSVScanner(bytes: bytes, delimiter: UInt8(ascii: ","))
        var record = CSVRecord(), numbers: [Int] = []
        while scanner.next(into: &record) { numbers.append(record.row) }
        #expect(numbers == [1, 3, 4, 5])
    }

    @Test func aByteOrderMarkIsSkipped() {
        #expect(rows(bytes: [0xEF, 0xBB, 0xBF] + Array("name,kind\n".utf8)) == [["name", "kind"]])
    }

    @Test func tabsSeparateTSVCells() {
        #expect(rows("name\tkind\nA, B\tgroup\n", delimiter: "\t") == [["name", "kind"], ["A, B", "group"]])
    }

    @Test func blanksAroundUnquotedCellsGoButQuotedOnesStay() {
        #expect(rows(" a ,\" b \"\n") == [["a", " b "]])
        #expect(rows("a, \"b, c\" ,d\n") == [["a", "b, c", "d"]])
    }

    @Test func theFormulaGuardOfTheExportIsUndone() {
        #expect(rows("\"'=1+2\",'=x,\"'plain\"\n") == [["=1+2", "'=x", "'plain"]])
    }

    @Test func aQuoteInsideAnUnquotedCellIsACharacter() {
        #expect(rows("5'10\",x\n") == [["5'10\"", "x"]])
    }

    @Test func malformedQuotingIsNotedWhereItIs() {
        let bytes = Array("a,\"b\"c,d\n\"open,e\nf\n".utf8)
        var scanner = CSVScanner(bytes: bytes, delimiter: UInt8(ascii: ","))
        var record = CSVRecord()
        let first = scanner.next(into: &record)
        #expect(first)
        guard case .textAfterQuote(cell: 1, offset: 5)? = record.issues.first else { Issue.record("\(record.issues)"); return }
        #expect(record.cells.count == 3)
        let second = scanner.next(into: &record)
        #expect(second)
        guard case .unclosedQuote(cell: 0)? = record.issues.first else { Issue.record("\(record.issues)"); return }
        #expect(record.cells[0].offset == 9)
        let third = scanner.next(into: &record)
        #expect(!third)
    }
}
