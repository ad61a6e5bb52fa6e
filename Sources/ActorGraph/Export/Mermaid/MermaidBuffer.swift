/// A growing byte buffer for Mermaid flowcharts. User text only ever goes
/// in through ``label(_:)``, as the inside of a quoted label, where it
/// cannot end the label, start a comment, a link or a directive, or be
/// read as markup or as one of Mermaid's entity codes.
struct MermaidBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Syntax the writer itself chose.
    mutating func raw(_ text: String) { storage.append(contentsOf: text.utf8) }

    /// `text` for the inside of `"..."`. Mermaid's escape is its entity
    /// code, `#` then a name or a decimal number then `;`, so `"` is
    /// written `#quot;` and `#`, `&`, `<`, `>`, `%`, `|`, `:`, `\` and the
    /// backtick as decimal codes: `#` itself, or user text that looks like
    /// a code would be decoded; `:` because Mermaid, before parsing, cuts
    /// the last `;` off a line where `style` precedes `:` and `#`. A line
    /// break (LF, CR or CRLF) becomes `<br>`, the break Mermaid draws, so
    /// every statement stays on one line; U+2028 and U+2029 become codes,
    /// and other control characters a space. Empty text is written as one
    /// space, since Mermaid reads a quoted string as at least one character.
    mutating func label(_ text: String) {
        guard !text.isEmpty else {
            storage.append(UInt8(ascii: " "))
            return
        }
        var scalars = text.unicodeScalars.makeIterator()
        var afterCarriageReturn = false
        while let scalar = scalars.next() {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": raw("#quot;")
            case "#", "&", "<", ">", "%", "`", "|", ":", "\\", "\u{2028}", "\u{2029}": raw("#\(scalar.value);")
            case "\r": raw("<br>")
            case "\n": if !afterCarriageReturn { raw("<br>") }
            case "\u{0}"..."\u{1F}", "\u{7F}": storage.append(UInt8(ascii: " "))
            default: UTF8.encode(scalar) { storage.append($0) }
            }
        }
    }
}
