/// Splits an `.ag` file into tokens, scanning bytes. Spaces, tabs,
/// carriage returns and `#` comments are skipped; newlines are tokens,
/// because a statement ends at the end of its line.
///
/// The lexer reports nothing: a string token says whether it is closed
/// and has escapes, and the parser checks the tokens it takes, so copies
/// made to look ahead neither repeat nor copy diagnostics.
struct Lexer {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether `byte` may start a bare word (an id, kind, key or value).
    static func isWordStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// Whether `byte` may continue a bare word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isWordStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    mutating func next() -> Token {
        skipBlanksAndComments()
        guard position < bytes.count else {
            return Token(kind: .end, start: Int32(position), end: Int32(position))
        }
        let start = position
        let byte = bytes[position]
        let kind: Token.Kind
        switch byte {
        case UInt8(ascii: "\n"): kind = .newline
        case UInt8(ascii: "["): kind = .openBracket
        case UInt8(ascii: "]"): kind = .closeBracket
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "|"): kind = .pipe
        case UInt8(ascii: "\""): return string()
        default:
            if Self.isWordStart(byte) {
                position += 1
                while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
                return Token(kind: .word, start: Int32(start), end: Int32(position))
            }
            position += Self.sequenceLength(lead: byte)
            position = min(position, bytes.count)
            return Token(kind: .invalid, start: Int32(start), end: Int32(position))
        }
        position += 1
        return Token(kind: kind, start: Int32(start), end: Int32(position))
    }

    private mutating func skipBlanksAndComments() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            default:
                return
            }
        }
    }

    private mutating func string() -> Token {
        let start = position
        position += 1
        var hasEscapes = false
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return Token(kind: .string, start: Int32(start), end: Int32(position), hasEscapes: hasEscapes)
            case UInt8(ascii: "\n"):
                return Token(kind: .string, start: Int32(start), end: Int32(position), hasEscapes: hasEscapes, isUnterminated: true)
            case UInt8(ascii: "\\"):
                hasEscapes = true
                position += position + 1 < bytes.count && bytes[position + 1] != UInt8(ascii: "\n") ? 2 : 1
            default:
                position += 1
            }
        }
        return Token(kind: .string, start: Int32(start), end: Int32(position), hasEscapes: hasEscapes, isUnterminated: true)
    }

    /// The bytes between a string token's quotes.
    static func contentRange(of token: Token) -> Range<Int> {
        let start = Int(token.start) + 1
        let end = Int(token.end) - (token.isUnterminated ? 0 : 1)
        return start ..< max(start, end)
    }

    /// How many bytes a UTF-8 sequence with this lead byte takes, so an
    /// unexpected character is skipped whole.
    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }
}
