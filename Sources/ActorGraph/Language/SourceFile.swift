import Foundation

/// The bytes of one `.ag` file and the path used in diagnostics.
public struct SourceFile: Sendable {
    /// The path as the user gave it, or `<stdin>`.
    public let path: String
    /// The raw bytes; the lexer scans bytes, not `Character`s.
    public let bytes: [UInt8]

    /// Wraps bytes already read.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Wraps text, e.g. in tests.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Reads `path`, or standard input when `path` is `-`.
    public static func read(path: String) throws -> SourceFile {
        if path == "-" {
            return SourceFile(path: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        return SourceFile(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}

/// Turns byte offsets of one file into locations, for the diagnostics that
/// are reported. Each line is decoded once, however many diagnostics it
/// has, and every location on it shares that one text; columns are
/// counted on from the last place asked for on the line, so many
/// diagnostics on one long line cost one pass over it rather than one each.
struct SourceLocator {
    let file: SourceFile
    /// The byte offset at which each line starts.
    private let lineStarts: [Int]
    private var lines: [Int: Line] = [:]

    /// A line once decoded, and the last place located on it.
    private struct Line {
        /// Its bytes, without the newline and a carriage return before it.
        var start: Int
        var end: Int
        /// The text shown under diagnostics, and its UTF-8.
        var text: String
        var utf8: [UInt8]
        /// The last place: its byte offset in the file, its column less
        /// one, and how far into `utf8` that many scalars of `text` reach.
        var byte: Int
        var column = 0
        var shownScalars = 0
        var shownOffset = 0
    }

    init(_ file: SourceFile) {
        self.file = file
        var starts = [0]
        for (offset, byte) in file.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The line, column and text of the line at `offset`, with `length`
    /// bytes underlined: at least one column, or exactly as many as the
    /// bytes hold when `exact` (a fix-it may insert, underlining none).
    /// Columns count Unicode scalars from 1.
    mutating func location(at offset: Int, length: Int, exact: Bool = false) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var line = lines[low] ?? decode(line: low)
        let bytes = file.bytes
        let clamped = min(max(offset, line.start), line.end)
        if clamped < line.byte {
            line.byte = line.start
            line.column = 0
            line.shownScalars = 0
            line.shownOffset = 0
        }
        line.column += Self.scalarCount(bytes[line.byte ..< clamped])
        line.byte = clamped
        // The text shown can hold more scalars than the bytes count (an
        // invalid sequence may decode to several U+FFFD), so it keeps its
        // own count.
        while line.shownScalars < line.column, line.shownOffset < line.utf8.count {
            line.shownOffset += Self.sequenceLength(line.utf8[line.shownOffset])
            line.shownScalars += 1
        }
        let underlined = bytes[clamped ..< min(clamped + (exact ? length : max(length, 1)), line.end)]
        let width = exact ? Self.scalarCount(underlined) : max(1, Self.scalarCount(underlined))
        var location = SourceLocation(path: file.path, line: low + 1, column: line.column + 1, length: width, lineText: line.text)
        if line.shownScalars == line.column { location.columnUTF8Offset = line.shownOffset }
        lines[low] = line
        return location
    }

    private func decode(line index: Int) -> Line {
        let bytes = file.bytes
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        // Control characters other than tab would garble the echoed line,
        // and a bidirectional override would make it read in another order
        // than the caret counts; each becomes one visible replacement, so
        // columns stay aligned.
        let text = String(String.UnicodeScalarView(String(decoding: bytes[start ..< end], as: UTF8.self).unicodeScalars.map {
            TerminalText.isUnsafe($0) ? "\u{FFFD}" : $0
        }))
        return Line(start: start, end: end, text: text, utf8: Array(text.utf8), byte: start)
    }

    private static func scalarCount(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// How many bytes the scalar with this lead byte takes in valid UTF-8.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
