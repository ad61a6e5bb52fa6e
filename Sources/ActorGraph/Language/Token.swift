/// One token of an `.ag` file: its kind and its byte range.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, string, openBracket, closeBracket, colon, comma, pipe, newline, end, invalid
    }

    var kind: Kind
    /// The first byte (for a string, its opening quote).
    var start: Int32
    /// One past the last byte (for a string, past its closing quote if any).
    var end: Int32
    /// Whether a string holds a backslash, so it needs decoding.
    var hasEscapes: Bool = false
    /// Whether a string reached the end of its line without a closing quote.
    var isUnterminated: Bool = false
}
