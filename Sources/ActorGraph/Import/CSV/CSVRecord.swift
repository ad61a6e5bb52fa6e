/// One row of a CSV file, and what was malformed in it.
struct CSVRecord {
    /// What is wrong with the syntax of a row.
    enum SyntaxIssue {
        /// A quoted cell whose closing quote never comes; the rest of the file is in it.
        case unclosedQuote(cell: Int)
        /// Text after the closing quote of a cell, at `offset`.
        case textAfterQuote(cell: Int, offset: Int)
    }

    /// The row's number, the header being row 1 and every line break
    /// outside quotes (blank lines too) starting the next, as a
    /// spreadsheet numbers them.
    var row = 0
    /// The row's bytes, without its line break.
    var start = 0
    var end = 0
    var cells: [CSVCell] = []
    var issues: [SyntaxIssue] = []
}

extension CSVRecord {
    /// Where cell `index` is, as messages name it: `row 12, column 'kind'`,
    /// or the column's number where the header names none.
    func place(of index: Int, headers: [String]) -> String {
        "row \(row), column " + (index < headers.count ? "'\(headers[index])'" : "\(index + 1)")
    }
}
