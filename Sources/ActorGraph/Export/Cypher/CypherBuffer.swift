/// A growing byte buffer that writes openCypher literals, for a script of
/// millions of them: bytes appended in place, no intermediate objects.
///
/// User text only ever goes in as a quoted string literal; identifiers go
/// in backticked and have been through ``CypherName`` first, so nothing a
/// name holds can end a literal, a statement or a line.
struct CypherBuffer: LiteralBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Syntax the writer itself chose (`UNWIND [`, `,`, `}`).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { storage.append(contentsOf: $0) }
    }

    /// A map key or label the writer built from a sanitised name, written as is.
    mutating func name(_ name: String) {
        storage.append(contentsOf: name.utf8)
    }

    /// `` `name` ``: a label or relationship type, already sanitised by
    /// ``CypherName`` so that it holds no backtick.
    mutating func identifier(_ name: String) {
        storage.append(UInt8(ascii: "`"))
        storage.append(contentsOf: name.utf8)
        storage.append(UInt8(ascii: "`"))
    }

    /// `text` as a single-quoted string literal. `'` and `\` are escaped,
    /// and so are the controls the openCypher grammar has an escape for
    /// (newline, carriage return, tab, backspace, form feed), so a
    /// statement stays on one line. Every other control character (C0,
    /// DEL, C1) is dropped: FalkorDB does not decode `\uXXXX`, so no
    /// escape would keep it, NUL would end FalkorDB's query, and the rest
    /// are invisible text that would reach a terminal the script is
    /// printed on as escape sequences.
    mutating func string(_ text: String) {
        storage.append(UInt8(ascii: "'"))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "'"): storage.append(contentsOf: [0x5C, UInt8(ascii: "'")])
            case UInt8(ascii: "\\"): storage.append(contentsOf: [0x5C, 0x5C])
            case UInt8(ascii: "\n"): storage.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): storage.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): storage.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: storage.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: storage.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20, 0x7F: continue
            case 0xC2:
                // C1 controls are C2 80 to C2 9F.
                guard let second = utf8.next() else { continue }
                if second >= 0xA0 { storage.append(contentsOf: [byte, second]) }
            default: storage.append(byte)
            }
        }
        storage.append(UInt8(ascii: "'"))
    }

    /// A whole number.
    mutating func number(_ value: Int) {
        storage.append(contentsOf: String(value).utf8)
    }
}
