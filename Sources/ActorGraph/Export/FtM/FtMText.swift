import Foundation

/// Values in the form FollowTheMoney keeps them. FtM cleans every value it
/// loads and silently rewrites or drops what does not fit its type, so the
/// export writes values already cleaned the same way: what a reader loads is
/// then exactly what the file says.
enum FtMText {
    /// A value as FtM keeps every value: in Unicode NFC, with space-like
    /// characters made a plain space, control and invisible formatting
    /// characters removed (tab, line feed and carriage return stay), and no
    /// leading or trailing white space. Empty when nothing is left.
    static func text(_ value: String) -> String {
        guard !isPlain(value, insideSpaces: true) else { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch cleaning(scalar) {
            case .keep: scalars.append(scalar)
            case .space: scalars.append(" ")
            case .delete: break
            }
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// A value of FtM's name type: cleaned as every value, quotes enclosing
    /// a single line taken off, runs of white space (line breaks and tabs
    /// among them) made one space. FtM's cleaning of a name is not always
    /// final (`"two⏎lines"` becomes `"two lines"`, which becomes `two
    /// lines`), so it is repeated until nothing changes: the form FtM keeps
    /// however often it loads the file.
    static func name(_ value: String) -> String {
        var current = value
        while !isPlain(current, insideSpaces: false) {
            let next = cleanedOnce(name: current)
            if isSame(next, current) { break }
            current = next
        }
        return current
    }

    /// FtM's cleaning of a name, once.
    private static func cleanedOnce(name value: String) -> String {
        var scalars = Substring(text(value)).unicodeScalars[...]
        // FtM's pattern for enclosing quotes does not reach across a line feed.
        if scalars.count >= 2, let first = scalars.first, let last = scalars.last, isQuote(first), isQuote(last), !scalars.contains("\n") {
            scalars = scalars.dropFirst().dropLast()
        }
        return squashed(scalars)
    }

    /// A value of FtM's address type, for a place's `full` address: line
    /// breaks, tabs and semicolons made `, `, doubled commas merged, white
    /// space squashed, until nothing changes.
    static func address(_ value: String) -> String {
        var current = value
        while true {
            var next = text(current)
            for separator in ["\r\n", "\n", "<BR/>", "<BR>", "\t", "ESQ.,", "ESQ,", ";"] {
                next = next.replacing(separator, with: ", ")
            }
            next = squashed(next.replacing(#/,\s?[,.]/#, with: ", ").unicodeScalars[...])
            if isSame(next, current) { return current }
            current = next
        }
    }

    /// Whether two values are the same characters; `==` would also take a
    /// value and its NFC form for the same, and stop cleaning too early.
    private static func isSame(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    /// Runs of white space made one space, none at either end.
    private static func squashed(_ scalars: Substring.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether FtM keeps `value` as it is: no character FtM replaces or
    /// removes, none that NFC could change (characters below U+0300 and
    /// general punctuation such as dashes and curly quotes never change,
    /// whatever surrounds them), no white space at either end; for a name
    /// (`insideSpaces` false) no white space but single spaces, and no
    /// enclosing quotes. Most values pass, and are written without a copy.
    private static func isPlain(_ value: String, insideSpaces: Bool) -> Bool {
        if let ascii = isPlainASCII(value, insideSpaces: insideSpaces) { return ascii }
        let scalars = value.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        guard !isSpace(first), !isSpace(last) else { return false }
        var previousIsSpace = false
        for scalar in scalars {
            guard scalar.value < 0x300 || (0x2010...0x205E).contains(scalar.value), cleaning(scalar) == .keep else { return false }
            guard !insideSpaces else { continue }
            let space = isSpace(scalar)
            guard !space || (scalar == " " && !previousIsSpace) else { return false }
            previousIsSpace = space
        }
        return insideSpaces || scalars.index(after: scalars.startIndex) == scalars.endIndex || !(isQuote(first) && isQuote(last))
    }

    /// ``isPlain(_:insideSpaces:)`` for ASCII text, on its bytes, which is
    /// faster than decoding characters; `nil` when `value` is not ASCII.
    private static func isPlainASCII(_ value: String, insideSpaces: Bool) -> Bool? {
        let utf8 = value.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        var plain = (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x21...0x7E: break
            case 0x20: plain = plain && (insideSpaces || previous != 0x20)
            case 0x09, 0x0A, 0x0D: plain = plain && insideSpaces
            case 0x80...: return nil
            default: plain = false
            }
            previous = byte
        }
        let quoted = utf8.count >= 2 && isQuote(Unicode.Scalar(first)) && isQuote(Unicode.Scalar(last))
        return plain && (insideSpaces || !quoted)
    }

    private enum Cleaning { case keep, space, delete }

    /// What FtM (normality's `remove_unsafe_chars`) does to a character.
    private static func cleaning(_ scalar: Unicode.Scalar) -> Cleaning {
        switch scalar.value {
        case 0x2000...0x200A, 0x2028, 0x2029, 0x0A00, 0x1680, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x061C, 0x2060...0x2064, 0x00AD, 0xFEFF:
            return .delete
        default:
            return .keep
        }
    }

    /// White space as Python's `str.isspace` sees it, which FtM strips and
    /// collapses in names.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value) || (0x1C...0x1F).contains(scalar.value)
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'"
    }
}
