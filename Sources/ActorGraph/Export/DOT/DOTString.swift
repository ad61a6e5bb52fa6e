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
    /// otherwise be drawn as "<"); carriage returns, NUL and the other C0
    /// control characters but tab are dropped, because Graphviz's SVG
    /// output cannot carry them.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, quoted, to `buffer`.
    public static func append(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
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
            default:
                buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
