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
    ///
    /// Mermaid 11 also reads every label as Markdown, after it has set the
    /// codes aside, and draws what it does not support as "Unsupported
    /// markdown". So the characters of emphasis, strikethrough and links
    /// (`*`, `_`, `~`, `[`, the `@` of an e-mail address, the `.` of
    /// `www.`) are codes too, and so is what would start a list: a `-` or
    /// `+` first after any spaces, or the `.` or `)` after leading digits
    /// and before a space (`#` and `>`, headings and quotes, already are).
    mutating func label(_ text: String) {
        guard !text.isEmpty else {
            storage.append(UInt8(ascii: " "))
            return
        }
        let scalars = text.unicodeScalars
        let listMarker = Self.listMarker(in: scalars)
        var afterCarriageReturn = false
        for index in scalars.indices {
            let scalar = scalars[index]
            defer { afterCarriageReturn = scalar == "\r" }
            if index == listMarker {
                code(scalar)
                continue
            }
            switch scalar {
            case "\"": raw("#quot;")
            case "#", "&", "<", ">", "%", "`", "|", ":", "\\", "\u{2028}", "\u{2029}", "*", "_", "~", "[", "@": code(scalar)
            case "." where afterWWW: code(scalar)
            case "\r": raw("<br>")
            case "\n": if !afterCarriageReturn { raw("<br>") }
            case _ where Self.isDrawnAsSpace(scalar): storage.append(UInt8(ascii: " "))
            default: UTF8.encode(scalar) { storage.append($0) }
            }
        }
    }

    private mutating func code(_ scalar: Unicode.Scalar) { raw("#\(scalar.value);") }

    /// Whether the label so far ends with `www` in any case, which Markdown
    /// reads as the start of a link when a `.` follows.
    private var afterWWW: Bool {
        storage.count >= 3 && storage.suffix(3).allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
    }

    /// A control character other than a line break, drawn as a space.
    private static func isDrawnAsSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\r" && scalar != "\n" && (scalar.value < 0x20 || scalar == "\u{7F}")
    }

    /// Where in `scalars` is the marker that would make Markdown read the
    /// label as a list item: a `-` or `+` first after the spaces Mermaid
    /// trims, or the `.` or `)` after leading digits and before a space or
    /// the end; `nil` when there is none.
    private static func listMarker(in scalars: String.UnicodeScalarView) -> String.UnicodeScalarView.Index? {
        guard let start = scalars.firstIndex(where: { $0 != " " && !isDrawnAsSpace($0) }) else { return nil }
        if scalars[start] == "-" || scalars[start] == "+" { return start }
        guard let end = scalars[start...].firstIndex(where: { !("0"..."9").contains($0) }), end > start,
              scalars[end] == "." || scalars[end] == ")" else { return nil }
        // `1.5 tons` is a number, not a list: a marker is followed by a space or nothing.
        let next = scalars.index(after: end)
        return next == scalars.endIndex || scalars[next] == " " || isDrawnAsSpace(scalars[next]) ? end : nil
    }
}
