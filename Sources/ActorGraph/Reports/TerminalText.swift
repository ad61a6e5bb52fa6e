/// Text made safe to show in a terminal: a name is data, and a control
/// character in it must not become a command to whoever reads the report
/// (an escape sequence can set a window title, recolour the screen, or on
/// some terminals write the clipboard). Every text report the tool prints
/// passes through here, and each such character is shown as `U+XXXX`, as
/// diagnostics show them.
public enum TerminalText {
    /// `text` with C0 and C1 control characters (tab and newline kept),
    /// DEL, and the bidirectional overrides that can make a line read in
    /// another order than it is stored, written as `U+XXXX`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is one that ``escaped(_:)`` shows as `U+XXXX`.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
