/// Checks what every row of a CSV file must be, whatever its columns
/// mean: well quoted, valid UTF-8, and as wide as the header. The header
/// is checked the same way, before it is known.
struct CSVRowChecker {
    let bytes: [UInt8]
    /// The header's names, once read; `nil` while checking the header itself.
    var headers: [String]?

    /// Offsets of the first invalid UTF-8 byte of each line that has one,
    /// and how many of them rows already passed.
    private let invalidUTF8: [Int]
    private var invalidUTF8Passed = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        invalidUTF8 = UTF8Validator.firstInvalidOffsetPerLine(bytes)
    }

    /// Whether `record` is a row to read: well-formed (else its problems
    /// are reported) and not blank.
    mutating func check(_ record: CSVRecord, problems: inout CSVProblems) -> Bool {
        let wellFormed = checkSyntax(record, problems: &problems)
        guard checkEncoding(record, problems: &problems), wellFormed, let headers else { return false }
        let columns = headers.count
        if let extra = record.cells.dropFirst(columns).firstIndex(where: { !$0.isEmpty(in: bytes) }) {
            let cell = record.cells[extra]
            problems.error(.malformedCSV, at: cell.offset, length: cell.span.count,
                           "row \(record.row), column \(extra + 1): a cell past the header's \(columns) columns; delete it, or name its column in the header")
            return false
        }
        // A spreadsheet writes a row it has nothing in as delimiters only.
        guard record.cells.contains(where: { !$0.isEmpty(in: bytes) }) else { return false }
        guard record.cells.count >= columns else {
            problems.error(.malformedCSV, at: record.end, length: 1,
                           "row \(record.row) has \(record.cells.count) cells, but the header has \(columns) columns; add the missing cells (empty ones will do)")
            return false
        }
        return true
    }

    private func place(_ record: CSVRecord, _ cell: Int) -> String { record.place(of: cell, headers: headers ?? []) }

    private func checkSyntax(_ record: CSVRecord, problems: inout CSVProblems) -> Bool {
        for issue in record.issues {
            switch issue {
            case .unclosedQuote(let cell):
                problems.error(.malformedCSV, at: record.cells[cell].offset, length: 1,
                               "\(place(record, cell)): this quote is never closed, so the rest of the file is in one cell; add the closing '\"' (a quote inside a quoted cell is written twice: \"\")")
            case .textAfterQuote(let cell, let offset):
                problems.error(.malformedCSV, at: offset, length: 1,
                               "\(place(record, cell)): text after the closing quote; put the whole cell in quotes and write each quote inside it twice (\"\")")
            }
        }
        return record.issues.isEmpty
    }

    /// Reports the first invalid UTF-8 byte of each line of the row.
    private mutating func checkEncoding(_ record: CSVRecord, problems: inout CSVProblems) -> Bool {
        var valid = true
        while invalidUTF8Passed < invalidUTF8.count, invalidUTF8[invalidUTF8Passed] < record.end {
            let offset = invalidUTF8[invalidUTF8Passed]
            invalidUTF8Passed += 1
            guard offset >= record.start else { continue }
            valid = false
            let cell = record.cells.lastIndex { $0.offset <= offset } ?? 0
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            problems.error(.invalidUTF8, at: offset, length: 1,
                           "\(place(record, cell)): invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8, or say \"encoding\": \"latin1\" in the mapping if that is what it is in")
        }
        return valid
    }
}
