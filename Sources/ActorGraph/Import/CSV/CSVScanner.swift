/// Splits CSV bytes into rows of cells as RFC 4180 has them: cells
/// separated by the delimiter, rows by LF or CRLF, a cell in double
/// quotes may hold delimiters, line breaks and doubled quotes. Blanks
/// around a quoted cell are allowed; a quote inside an unquoted cell is
/// taken as a character, as spreadsheets do.
/// Rows come one at a time into one reused record, so a file of any size
/// is read in the memory of its longest row.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8
    private var index: Int
    private var row = 0

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// A scanner of `bytes`, after a UTF-8 byte order mark if they start with one.
    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Reads the next row that is not blank into `record`; `false` at the end of the file.
    mutating func next(into record: inout CSVRecord) -> Bool {
        let count = bytes.count
        while index < count {
            row += 1
            if bytes[index] == Self.lineFeed {
                index += 1
                continue
            }
            if bytes[index] == Self.carriageReturn, index + 1 < count, bytes[index + 1] == Self.lineFeed {
                index += 2
                continue
            }
            record.row = row
            record.start = index
            record.cells.removeAll(keepingCapacity: true)
            record.issues.removeAll(keepingCapacity: true)
            readCells(into: &record)
            return true
        }
        return false
    }

    /// Reads cells up to and past the row's line break.
    private mutating func readCells(into record: inout CSVRecord) {
        let count = bytes.count
        while true {
            if let quote = quoteAfterBlanks() {
                index = quote
                guard readQuotedCell(into: &record) else {
                    record.end = count
                    return
                }
            } else {
                let offset = index
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == Self.lineFeed { break }
                    index += 1
                }
                var end = index
                if end > offset, bytes[end - 1] == Self.carriageReturn, index == count || bytes[index] == Self.lineFeed { end -= 1 }
                record.cells.append(CSVCell(offset: offset, start: offset, end: end, isQuoted: false, hasEscapes: false))
            }
            if index >= count {
                record.end = record.cells.last.map { $0.isQuoted ? $0.end + 1 : $0.end } ?? count
                return
            }
            if bytes[index] == delimiter {
                index += 1
                continue
            }
            // A line feed, maybe after a carriage return the cell left.
            record.end = index > record.start && bytes[index - 1] == Self.carriageReturn ? index - 1 : index
            index += 1
            return
        }
    }

    /// The offset of the quote that opens the cell at `index`, after any
    /// blanks (hand-written files put a space after the comma), or `nil`
    /// when the cell is not quoted.
    private func quoteAfterBlanks() -> Int? {
        var offset = index
        while offset < bytes.count, isBlank(bytes[offset]) { offset += 1 }
        return offset < bytes.count && bytes[offset] == Self.quote ? offset : nil
    }

    /// A space, or a tab where tabs do not separate cells.
    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\t") && delimiter != byte)
    }

    /// Reads a quoted cell and stops at what follows it; `false` when its
    /// quote is never closed, which leaves nothing more to read.
    private mutating func readQuotedCell(into record: inout CSVRecord) -> Bool {
        let count = bytes.count
        let offset = index
        index += 1
        let start = index
        var hasEscapes = false
        while true {
            guard index < count else {
                record.issues.append(.unclosedQuote(cell: record.cells.count))
                record.cells.append(CSVCell(offset: offset, start: start, end: count, isQuoted: false, hasEscapes: false))
                return false
            }
            if bytes[index] == Self.quote {
                if index + 1 < count, bytes[index + 1] == Self.quote {
                    hasEscapes = true
                    index += 2
                    continue
                }
                break
            }
            index += 1
        }
        record.cells.append(CSVCell(offset: offset, start: start, end: index, isQuoted: true, hasEscapes: hasEscapes))
        index += 1
        while index < count, isBlank(bytes[index]) { index += 1 }
        guard index < count else { return true }
        let next = bytes[index]
        if next == delimiter || next == Self.lineFeed { return true }
        if next == Self.carriageReturn, index + 1 == count || bytes[index + 1] == Self.lineFeed {
            index += 1
            return true
        }
        // The text after the quote is dropped; the row is reported, so nothing is written.
        record.issues.append(.textAfterQuote(cell: record.cells.count - 1, offset: index))
        while index < count, bytes[index] != delimiter, bytes[index] != Self.lineFeed { index += 1 }
        return true
    }
}
