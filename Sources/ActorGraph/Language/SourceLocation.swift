/// Where a diagnostic points: a file, a 1-based line and column (counted in
/// Unicode scalars), how many columns to underline, and the line's text.
public struct SourceLocation: Hashable, Sendable {
    /// The file's path as given.
    public var path: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in Unicode scalars.
    public var column: Int {
        didSet { columnUTF8Offset = nil }
    }
    /// How many columns the underline spans (at least 1, except in a
    /// ``FixIt`` that inserts, where it is 0).
    public var length: Int
    /// The text of the line, for the caret display. Every location on one
    /// line shares one copy of it.
    public var lineText: String {
        didSet { columnUTF8Offset = nil }
    }
    /// Where in `lineText`'s UTF-8 the column starts, when the compiler
    /// knows it: the caret display then reads only a window around the
    /// column instead of counting from the start of a long line for every
    /// diagnostic on it. Not part of equality; forgotten when the column
    /// or the text changes.
    var columnUTF8Offset: Int?

    /// Creates a location.
    public init(path: String, line: Int, column: Int, length: Int = 1, lineText: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.length = length
        self.lineText = lineText
    }

    /// The column just past the underlined text.
    public var endColumn: Int { column + length }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.path == b.path && a.line == b.line && a.column == b.column && a.length == b.length && a.lineText == b.lineText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(length)
        hasher.combine(lineText)
    }
}
