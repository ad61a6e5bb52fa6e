/// A growing byte buffer for XML formats (GraphML, GEXF, the timeline
/// SVG): user text only ever goes in as escaped character data or
/// attribute values, and the characters XML 1.0 forbids (C0 controls but
/// tab, newline and carriage return; U+FFFE and U+FFFF) are dropped, so
/// the document is always well-formed whatever the names hold. C1
/// controls (U+0080 to U+009F), which XML allows but discourages and no
/// reader shows, are dropped too, as is DEL.
struct XMLBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Markup the writer itself chose.
    mutating func raw(_ text: String) { storage.append(contentsOf: text.utf8) }

    /// `text` escaped for character data and for attribute values alike
    /// (`&`, `<`, `>`, `"`, `'`; a carriage return, tab and newline as
    /// character references, so attribute normalisation keeps them).
    mutating func text(_ text: String) {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&apos;")
            case UInt8(ascii: "\r"): raw("&#13;")
            case UInt8(ascii: "\n"): raw("&#10;")
            case UInt8(ascii: "\t"): raw("&#9;")
            case 0..<0x20, 0x7F: continue
            case 0xC2:
                // C1 controls are C2 80 to C2 9F.
                guard let second = utf8.next() else { continue }
                if second >= 0xA0 { storage.append(contentsOf: [byte, second]) }
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                guard let second = utf8.next() else { continue }
                guard second == 0xBF, let third = utf8.next() else {
                    storage.append(contentsOf: [byte, second])
                    continue
                }
                if third != 0xBE && third != 0xBF { storage.append(contentsOf: [byte, second, third]) }
            default: storage.append(byte)
            }
        }
    }

    /// `text` escaped as ``text(_:)`` escapes it, for writers that build strings.
    static func escaped(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.text(text)
        return String(decoding: buffer.storage, as: UTF8.self)
    }

    /// `<name>text</name>`.
    mutating func element(_ name: String, _ text: String) {
        raw("<\(name)>")
        self.text(text)
        raw("</\(name)>")
    }
}
