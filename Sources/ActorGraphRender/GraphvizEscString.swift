/// Decoding of Graphviz label text (an "escString") into what a reader sees.
public enum GraphvizEscString {
    /// The text Graphviz draws for a non-HTML label whose attribute value is `escString`
    /// (the value as Graphviz stores it, for example from ``GraphvizDocument``).
    ///
    /// Applies Graphviz 2.43's rules in its order:
    /// 1. The object placeholders `\G`, `\N`, `\E`, `\H`, `\T` and `\L` are kept as
    ///    written, since their text depends on the object the label belongs to.
    /// 2. Character references are replaced: `&#NNN;`, `&#xHH;`, `&amp;`, `&lt;`,
    ///    `&gt;` and `&quot;`. Graphviz also replaces the other HTML 4 entity names
    ///    (such as `&nbsp;`), which this leaves as written; it does not know `&apos;`.
    ///    An `&` that starts no reference stays an `&`.
    /// 3. `\n`, `\l` and `\r` become a line break (they only choose the line's
    ///    alignment), a backslash before any other character is dropped and keeps
    ///    that character (so `\\` is one backslash and `\"` a quote), and a
    ///    backslash at the very end disappears.
    ///
    /// A real carriage return is not a line break for Graphviz and is kept as is.
    public static func displayedText(of escString: String) -> String {
        var pieces: [Piece] = []
        var raw: [Unicode.Scalar] = []
        var scalars = escString.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                raw.append(scalar)
                continue
            }
            guard let next = scalars.next() else {
                raw.append(scalar)
                break
            }
            if "GNEHTL".unicodeScalars.contains(next) {
                pieces.append(.text(raw))
                pieces.append(.placeholder(next))
                raw = []
            } else {
                raw += [scalar, next]
            }
        }
        pieces.append(.text(raw))

        var result = String.UnicodeScalarView()
        for piece in pieces {
            switch piece {
            case .placeholder(let letter):
                result += ["\\", letter]
            case .text(let text):
                result += applyingBackslashEscapes(replacingCharacterReferences(in: text))
            }
        }
        return String(result)
    }

    /// Part of an escString: literal text, or an object placeholder such as `\N`.
    private enum Piece {
        case text([Unicode.Scalar])
        case placeholder(Unicode.Scalar)
    }

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"",
    ]

    private static func replacingCharacterReferences(in text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < text.count {
            if text[index] == "&",
               let end = text[index...].firstIndex(of: ";"),
               let replacement = character(referencedBy: String(String.UnicodeScalarView(text[(index + 1)..<end])))
            {
                result.append(replacement)
                index = end + 1
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// The character for the reference body between `&` and `;`, such as `amp` or `#x41`.
    private static func character(referencedBy body: String) -> Unicode.Scalar? {
        guard body.hasPrefix("#") else { return namedReferences[body] }
        let number = body.dropFirst()
        let value: UInt32? = if number.first == "x" || number.first == "X" {
            UInt32(number.dropFirst(), radix: 16)
        } else {
            UInt32(number, radix: 10)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    private static func applyingBackslashEscapes(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var scalars = text.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            switch scalars.next() {
            case "n", "l", "r": result.append("\n")
            case let other?: result.append(other)
            case nil: break
            }
        }
        return result
    }
}
