/// A growing byte buffer that writes JSON values, for exporters that write
/// millions of them: bytes appended in place, no intermediate objects.
struct JSONBuffer: LiteralBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Structural text the writer itself chose (`{`, `"key":`, `,`).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { storage.append(contentsOf: $0) }
    }

    /// Bytes the writer prepared itself: structural text, or values it
    /// has already written as JSON and copies wherever they recur.
    mutating func raw(_ bytes: some Collection<UInt8>) {
        storage.append(contentsOf: bytes)
    }

    /// `text` as a JSON string: `"` and `\` escaped, control characters
    /// (C0, DEL and C1) as `\u00XX` (or `\n`, `\t`, ...), so none reaches
    /// a terminal the file is printed on, and U+2028 / U+2029 escaped too,
    /// since a JavaScript reader would otherwise take them for line ends.
    mutating func string(_ text: String) {
        storage.append(UInt8(ascii: "\""))
        // Most text (ids, names, dates) needs no escape: then it goes in
        // whole, not byte by byte.
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return false }
            storage.append(contentsOf: bytes)
            return true
        }
        if plain {
            storage.append(UInt8(ascii: "\""))
            return
        }
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): storage.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): storage.append(contentsOf: [0x5C, 0x5C])
            case UInt8(ascii: "\n"): storage.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): storage.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): storage.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F: escape(byte)
            case 0xC2:
                // C1 controls, U+0080 to U+009F, are C2 80 to C2 9F.
                guard let second = utf8.next() else { storage.append(byte); continue }
                if second < 0xA0 { escape(second) } else { storage.append(contentsOf: [byte, second]) }
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard let second = utf8.next() else { storage.append(byte); continue }
                guard second == 0x80, let third = utf8.next() else {
                    storage.append(contentsOf: [byte, second])
                    continue
                }
                if third == 0xA8 || third == 0xA9 {
                    storage.append(contentsOf: Array(#"\u202"#.utf8) + [third == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")])
                } else {
                    storage.append(contentsOf: [byte, second, third])
                }
            default: storage.append(byte)
            }
        }
        storage.append(UInt8(ascii: "\""))
    }

    /// `\u00XX` for the code point `value` (below U+0100).
    private mutating func escape(_ value: UInt8) {
        let hex = Array("0123456789abcdef".utf8)
        storage.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(value >> 4)], hex[Int(value & 0xF)]])
    }

    /// A whole number.
    mutating func number(_ value: Int) {
        storage.append(contentsOf: String(value).utf8)
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }
}
