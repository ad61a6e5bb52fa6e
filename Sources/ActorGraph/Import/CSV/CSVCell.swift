/// One cell of a CSV row: where its text is in the file. Cells stay byte
/// ranges until a column that is used asks for its text, so the columns a
/// file has but the import does not use cost no strings.
struct CSVCell {
    /// Where the cell begins (its opening quote, if quoted), for diagnostics.
    var offset: Int
    /// The text's bytes: inside the quotes for a quoted cell.
    var start: Int
    var end: Int
    /// Whether the cell was quoted.
    var isQuoted: Bool
    /// Whether its text holds doubled quotes (`""`) that stand for one.
    var hasEscapes: Bool

    /// The bytes of the whole cell, its quotes included.
    var span: Range<Int> { offset ..< (isQuoted ? end + 1 : end) }

    /// The cell's text: without the blanks around it unless quoted, its
    /// doubled quotes single, and without the apostrophe that ActorGraph's
    /// export and spreadsheets put before a quoted cell that would read as
    /// a formula (`'=1+2`); `nil` when that leaves nothing.
    func text(in bytes: [UInt8]) -> String? {
        var start = start, end = end
        if !isQuoted {
            while start < end, Self.isBlank(bytes[start]) { start += 1 }
            while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        } else if end - start >= 2, bytes[start] == UInt8(ascii: "'"), Self.startsFormula(bytes[start + 1]) {
            start += 1
        }
        guard start < end else { return nil }
        guard hasEscapes else { return String(decoding: bytes[start ..< end], as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(end - start)
        var index = start
        while index < end {
            unescaped.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Whether the cell holds nothing but blanks.
    func isEmpty(in bytes: [UInt8]) -> Bool {
        guard !isQuoted else { return start == end }
        return bytes[start ..< end].allSatisfy(Self.isBlank)
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// What `CSVBuffer` guards: a first character a spreadsheet would run.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }
}
