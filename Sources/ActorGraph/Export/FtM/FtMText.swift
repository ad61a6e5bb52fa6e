/// Values in the form FollowTheMoney keeps them. FtM cleans every value it
/// loads and silently replaces or drops what does not fit its type, so the
/// export writes names and texts already in that form: what a reader loads
/// is then exactly what the file says.
enum FtMText {
    /// A value of FtM's text and string types: without leading or trailing
    /// white space, which FtM strips. Empty when nothing is left.
    static func text(_ value: String) -> String {
        guard needsTrimming(value) else { return value }
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// A value of FtM's name type: trimmed, one pair of enclosing quotes
    /// taken off, runs of white space (line breaks and tabs among them) made
    /// one space, and zero-width characters removed, as FtM does to names.
    static func name(_ value: String) -> String {
        if !needsTrimming(value), isPlain(value) { return value }
        var scalars = Substring(text(value)).unicodeScalars[...]
        if scalars.count >= 2, let first = scalars.first, let last = scalars.last, isQuote(first), isQuote(last) {
            scalars = scalars.dropFirst().dropLast()
        }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if isSpace(scalar) {
                pendingSpace = true
            } else if !isInvisible(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `value` starts or ends with something that may be white space
    /// (any non-ASCII byte is checked the slow way).
    private static func needsTrimming(_ value: String) -> Bool {
        guard let first = value.utf8.first, let last = value.utf8.last else { return false }
        return !(0x21...0x7E).contains(first) || !(0x21...0x7E).contains(last)
    }

    /// Whether a name needs no squashing: printable ASCII, single spaces,
    /// not wrapped in quotes.
    private static func isPlain(_ value: String) -> Bool {
        var previous: UInt8 = 0
        for byte in value.utf8 {
            guard (0x20...0x7E).contains(byte), !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        guard let first = value.utf8.first, let last = value.utf8.last else { return true }
        return !(value.utf8.count >= 2 && isQuote(Unicode.Scalar(first)) && isQuote(Unicode.Scalar(last)))
    }

    /// White space as Python's `str.isspace` and normality's space
    /// collapsing see it.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value) || scalar.value == 0x0A00
    }

    /// Zero-width characters FtM deletes from names.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0xFEFF, 0x00AD, 0x2060...0x2064: return true
        default: return false
        }
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'"
    }
}
