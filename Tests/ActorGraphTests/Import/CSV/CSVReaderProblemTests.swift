import Testing
@testable import ActorGraph

/// Bad CSV files: every problem at its line and column, naming the row
/// and column, all in one run, and no document.
struct CSVReaderProblemTests {
    private func expect(_ text: String, _ expected: [String], mapping: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(CSVTest.problems(text, mapping: mapping) == expected, sourceLocation: sourceLocation)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        expect("name,kind\nA,\"group\nB,state\n", [
            "t.csv:2:3: malformed-csv: row 2, column 'kind': this quote is never closed, so the rest of the file is in one cell; add the closing '\"' (a quote inside a quoted cell is written twice: \"\")",
        ])
    }

    @Test func textAfterAClosingQuote() {
        expect("name,kind\n\"A\"x,group\n", [
            "t.csv:2:4: malformed-csv: row 2, column 'name': text after the closing quote; put the whole cell in quotes and write each quote inside it twice (\"\")",
        ])
    }

    @Test func raggedRowsUnlessTheExtraCellsAreEmpty() {
        expect("name,kind,aliases\nA,group\nB,group,,\nC,group,x,y\n", [
            "t.csv:2:8: malformed-csv: row 2 has 2 cells, but the header has 3 columns; add the missing cells (empty ones will do)",
            "t.csv:4:11: malformed-csv: row 4, column 4: a cell past the header's 3 columns; delete it, or name its column in the header",
        ])
    }

    @Test func invalidUTF8AtItsByte() {
        let reading = CSVTest.read(bytes: Array("name,kind\nA,gr".utf8) + [0xC3, 0x28] + Array("oup\n".utf8))
        #expect(CSVTest.problems(reading) == [
            "t.csv:2:5: invalid-utf8: row 2, column 'kind': invalid UTF-8 (byte 0xC3); save the file as UTF-8, or say \"encoding\": \"latin1\" in the mapping if that is what it is in",
        ])
    }

    @Test func aFileWithoutAHeader() {
        for text in ["", "\n\r\n", ",,\n"] {
            expect(text, ["t.csv:1:1: malformed-csv: the file has no header row; its first row must name the columns, such as name,kind or from,type,to"])
        }
    }

    @Test func twoColumnsWithOneNameOrAColumnWithNone() {
        expect("name,kind,Name,,notes\n", [
            "t.csv:1:11: malformed-csv: row 1: columns 1 and 3 are both called 'Name'; rename one of them",
            "t.csv:1:16: malformed-csv: row 1: column 4 has no name; name it in the header, or delete the column",
        ])
    }

    @Test func aHeaderThatSaysNothingOfTheRows() {
        expect("x,y\n1,2\n", [
            "t.csv:1:1: unrecognized-csv-columns: row 1: no column says what the rows are; a relations file needs subject and object columns (from/to, source/target), an entities file a name or id column; rename the columns or map them in a mapping file (--mapping)",
        ])
    }

    @Test func cellsThatCannotBeRead() {
        expect("from,to,status,date,source,credibility,quote\n,B,maybe,1/4/2024,R,7,\nA,B,,,,,\"q\"\n", [
            "t.csv:2:1: empty-csv-cell: row 2, column 'from': the relation's subject (who or what the relation starts from) is empty; fill it in, or delete the row",
            "t.csv:2:4: unknown-status: row 2, column 'status': unknown status 'maybe'; use reported, claimed, alleged, assessed, confirmed or denied, or map it under \"statuses\" in the mapping",
            "t.csv:2:10: bad-date: row 2, column 'date': '1/4/2024' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
            "t.csv:2:21: invalid-credibility: row 2, column 'credibility': credibility '7' is not a grade from 1 (confirmed) to 6 (cannot be judged)",
            "t.csv:3:9: empty-csv-cell: row 3, column 'quote': a quote or credibility without a source; name the source in column 'source'",
        ])
    }

    @Test func anEntityWithNeitherNameNorID() {
        expect("name,kind\n,group\n", [
            "t.csv:2:1: empty-csv-cell: row 2, column 'name': the row has neither a name nor an id; give the entity one, or delete the row",
        ])
    }

    @Test func aCellAfterAMultiLineCellIsAtItsOwnLine() {
        expect("from,to,notes,status\nA,B,\"one\ntwo\",maybe\n", [
            "t.csv:3:6: unknown-status: row 2, column 'status': unknown status 'maybe'; use reported, claimed, alleged, assessed, confirmed or denied, or map it under \"statuses\" in the mapping",
        ])
    }

    @Test func everyRowIsCheckedEvenWhenTheHeaderIsWrong() {
        let problems = CSVTest.problems("a,a\n\"x\"y,1\n1,2,3\n")
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == ["t.csv:1:1:", "t.csv:1:3:", "t.csv:2:4:", "t.csv:3:5:"])
    }

    @Test func aFileWrongOnEveryRowIsReportedUpToTheLimit() {
        let text = "from,to\n" + String(repeating: ",B\n", count: CSVProblems.limit + 5)
        let diagnostics = CSVTest.read(text).diagnostics
        #expect(diagnostics.count == CSVProblems.limit + 1)
        #expect(diagnostics.last?.message == "5 more problems in t.csv are not shown; fix the ones above and import again")
    }
}
