/// Decodes the escapes of a quoted `.ag` string: `\"`, `\\`, `\n`, `\t`
/// and `\u{...}` (one to six hex digits naming a Unicode scalar).
enum StringLiteral {
    /// A malformed escape: where it starts, how long it is, what is wrong.
    struct Problem {
        enum Kind {
            /// `\u` not followed by `{`, 1 to 6 hex digits naming a scalar, `}`.
            case invalidUnicode
            /// A backslash before anything else.
            case unknown
        }

        var offset: Int
        var length: Int
        var kind: Kind
        /// The escape as written.
        var text: String

        var id: DiagnosticID {
            kind == .invalidUnicode ? .invalidUnicodeEscape : .invalidEscape
        }

        var message: String {
            switch kind {
            case .invalidUnicode:
                return "invalid unicode escape; write \\u{...} with 1 to 6 hex digits naming a Unicode scalar, e.g. \\u{627}"
            case .unknown:
                return "unknown escape '\(text)' in string; the escapes are \\\" \\\\ \\n \\t \\u{...}, so write \\\\ for a backslash"
            }
        }
    }

    /// The text of `bytes[start..<end]` (the content between the quotes),
    /// reporting each malformed escape to `report` and keeping it verbatim.
    static func decode(_ bytes: [UInt8], from start: Int, to end: Int, report: (Problem) -> Void = { _ in }) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                output.append(byte)
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\"")); index += 2
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); index += 2
            case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n")); index += 2
            case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t")); index += 2
            case UInt8(ascii: "u"):
                if let (scalar, length) = unicodeEscape(bytes, at: index, end: end) {
                    output.append(contentsOf: Array(String(scalar).utf8))
                    index += length
                } else {
                    report(Problem(offset: index, length: 2, kind: .invalidUnicode, text: "\\u"))
                    output.append(contentsOf: bytes[index ..< index + 2])
                    index += 2
                }
            default:
                let length = min(2, end - index)
                report(Problem(offset: index, length: length, kind: .unknown,
                               text: String(decoding: bytes[index ..< index + length], as: UTF8.self)))
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as a quoted string that decodes back to it, for fix-its.
    static func quoted(_ text: String) -> String {
        // Most names need no escape: copied whole, not scalar by scalar.
        // C1 controls are the only ones outside ASCII, encoded 0xC2 0x80-0x9F.
        var previous: UInt8 = 0
        let plain = text.utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && !(previous == 0xC2 && byte < 0xA0)
        }
        if plain { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            // The controls (general category Cc): C0, DEL and C1.
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}":
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Parses `\u{XXXX}` at `index`, returning the scalar and the escape's byte length.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 2
        guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else { return nil }
        cursor += 1
        var value: UInt32 = 0
        var digits = 0
        while cursor < end, bytes[cursor] != UInt8(ascii: "}") {
            guard digits < 6, let digit = hexValue(bytes[cursor]) else { return nil }
            value = value * 16 + digit
            digits += 1
            cursor += 1
        }
        guard cursor < end, digits > 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1 - index)
    }

    /// The value of one hex digit, for `\u{...}` here and JSON's `\uXXXX`.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
