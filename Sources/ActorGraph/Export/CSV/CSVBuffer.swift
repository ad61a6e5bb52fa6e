/// A growing byte buffer that writes CSV as RFC 4180 defines it: fields
/// separated by commas, rows ended by CRLF, a field quoted (its quotes
/// doubled) when it holds a comma, a quote, a carriage return or a line
/// feed, UTF-8 throughout.
///
/// With `guardingFormulas`, a field that a spreadsheet would run as a
/// formula (one starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is written with a leading apostrophe, which spreadsheets take
/// as "this is text" and do not show: `=cmd|' /C calc'!A0` stays words.
struct CSVBuffer {
    private(set) var storage: [UInt8] = []
    private var atRowStart = true
    private let guardingFormulas: Bool

    /// A buffer; `byteOrderMark` starts it with U+FEFF, which Excel needs
    /// to read the file as UTF-8.
    init(guardingFormulas: Bool, byteOrderMark: Bool = false) {
        self.guardingFormulas = guardingFormulas
        if byteOrderMark { storage = [0xEF, 0xBB, 0xBF] }
    }

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// One field of the current row.
    mutating func field(_ text: String) {
        if !atRowStart { storage.append(UInt8(ascii: ",")) }
        atRowStart = false
        var text = text
        text.withUTF8 { bytes in
            let guarded = guardingFormulas && bytes.first.map(Self.startsFormula) == true
            // Scanning the contiguous bytes is far cheaper than iterating the String's view.
            guard guarded || bytes.contains(where: Self.needsQuotes) else {
                storage.append(contentsOf: bytes)
                return
            }
            storage.append(UInt8(ascii: "\""))
            if guarded { storage.append(UInt8(ascii: "'")) }
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { storage.append(byte) }
                storage.append(byte)
            }
            storage.append(UInt8(ascii: "\""))
        }
    }

    /// A field of `prefix` and a whole number (`rel-17`), written without
    /// making a string: neither can need quotes or a guard.
    mutating func field(_ prefix: StaticString, _ number: Int) {
        if !atRowStart { storage.append(UInt8(ascii: ",")) }
        atRowStart = false
        prefix.withUTF8Buffer { storage.append(contentsOf: $0) }
        storage.appendDecimal(number)
    }

    /// `count` empty fields.
    mutating func emptyFields(_ count: Int) {
        for _ in 0..<count {
            if !atRowStart { storage.append(UInt8(ascii: ",")) }
            atRowStart = false
        }
    }

    /// Several fields.
    mutating func fields<S: Sequence>(_ texts: S) where S.Element == String {
        for text in texts { field(text) }
    }

    /// Ends the current row.
    mutating func endRow() {
        storage.append(contentsOf: [0x0D, 0x0A])
        atRowStart = true
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }
}
