/// Writes user text as a quoted DOT string that Graphviz reads back as the
/// same text.
///
/// The writer never puts user text anywhere else: ids are generated
/// (`n42`), keywords are never bare, and labels are never HTML-like
/// (`<...>`), so no name can change the structure of the graph.
public enum DOTString {
    /// `text` quoted for DOT: backslash doubled, `"` escaped, newline as
    /// `\n` (a centred line break in a label), `&` as `&amp;` (Graphviz
    /// decodes HTML entities in labels and tooltips, so "&lt;" would
    /// otherwise be drawn as "<"); carriage returns, NUL, the other C0 and
    /// the C1 control characters but tab, and U+FFFE and U+FFFF are
    /// dropped, because the SVG Graphviz writes cannot carry them.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, quoted, to `buffer`.
    public static func append(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = nil
        while let byte = pending ?? bytes.next() {
            pending = nil
            switch byte {
            case UInt8(ascii: "\\"):
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\""):
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\n"):
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "n"))
            case UInt8(ascii: "&"):
                buffer.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "\t"):
                buffer.append(byte)
            case 0..<0x20, 0x7F:
                continue
            case 0xC2:
                // U+0080 to U+009F, the C1 controls, are C2 80 to C2 9F.
                guard let next = bytes.next() else { continue }
                if (0x80...0x9F).contains(next) { continue }
                buffer.append(byte)
                pending = next
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters
                // XML allows, so an SVG holding one would not parse.
                guard let second = bytes.next() else { continue }
                guard second == 0xBF, let third = bytes.next() else {
                    buffer.append(byte)
                    pending = second
                    continue
                }
                if third == 0xBE || third == 0xBF { continue }
                buffer.append(contentsOf: [byte, second, third])
            default:
                buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// `text` for a `tooltip`, before quoting: Graphviz reads a tooltip's
    /// backslashes twice over (unescaping, then substituting `\N`, `\G`,
    /// `\E`, `\T`, `\H`, `\L` with node, graph and edge names), where a
    /// label reads them once, so each backslash is doubled once more.
    public static func tooltip(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var doubled = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            doubled.append(scalar)
            if scalar == "\\" { doubled.append(scalar) }
        }
        return String(doubled)
    }
}
