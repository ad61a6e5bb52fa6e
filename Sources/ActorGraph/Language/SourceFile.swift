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

    /// The byte offset at which each line starts; computed only when a
    /// diagnostic needs a line and column.
    func lineStarts() -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        return starts
    }

    /// The line, column and text of the line at `offset`, with `length`
    /// bytes underlined. Columns count Unicode scalars from 1.
    func location(at offset: Int, length: Int, lineStarts: [Int]) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let clamped = min(max(offset, lineStart), lineEnd)
        let column = Self.scalarCount(bytes[lineStart..<clamped]) + 1
        let width = max(1, Self.scalarCount(bytes[clamped..<min(clamped + max(length, 1), lineEnd)]))
        // Control characters other than tab would garble the echoed line;
        // each becomes one visible replacement, so columns stay aligned.
        let lineText = String(String.UnicodeScalarView(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).unicodeScalars.map {
            $0 != "\t" && $0.properties.generalCategory == .control ? "\u{FFFD}" : $0
        }))
        return SourceLocation(path: path, line: low + 1, column: column, length: width, lineText: lineText)
    }

    private static func scalarCount(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
