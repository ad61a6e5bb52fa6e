/// Where a diagnostic points: a file, a 1-based line and column (counted in
/// Unicode scalars), how many columns to underline, and the line's text.
public struct SourceLocation: Hashable, Sendable {
    /// The file's path as given.
    public var path: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in Unicode scalars.
    public var column: Int
    /// How many columns the underline spans (at least 1).
    public var length: Int
    /// The text of the line, for the caret display.
    public var lineText: String

    /// Creates a location.
    public init(path: String, line: Int, column: Int, length: Int = 1, lineText: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.length = length
        self.lineText = lineText
    }
}
