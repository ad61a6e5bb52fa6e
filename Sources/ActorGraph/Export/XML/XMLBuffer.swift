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

    /// Markup the writer chose once and writes for many items.
    mutating func raw(_ bytes: [UInt8]) { storage.append(contentsOf: bytes) }

    /// Markup or text escaped beforehand.
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) { storage.append(contentsOf: bytes) }

    /// A whole number in decimal, without a String for it: the `N` of a
    /// million `rel-N` ids.
    mutating func decimal(_ value: Int) { storage.appendDecimal(value) }

    /// `text` escaped for character data and for attribute values alike
    /// (`&`, `<`, `>`, `"`, `'`; a carriage return, tab and newline as
    /// character references, so attribute normalisation keeps them).
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { self.text(utf8: $0) }
    }

    /// UTF-8 bytes escaped as ``text(_:)`` escapes a string: JSON written
    /// by a ``JSONBuffer``, say.
    mutating func text(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // Most text (ids, names, dates) needs no escape: then it goes in
        // whole, not byte by byte.
        guard bytes.contains(where: Self.needsCare) else {
            storage.append(contentsOf: bytes)
            return
        }
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
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
                guard position < bytes.count else { continue }
                let second = bytes[position]
                position += 1
                if second >= 0xA0 { storage.append(contentsOf: [byte, second]) }
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                guard position < bytes.count else { continue }
                let second = bytes[position]
                position += 1
                guard second == 0xBF, position < bytes.count else {
                    storage.append(contentsOf: [byte, second])
                    continue
                }
                let third = bytes[position]
                position += 1
                if third != 0xBE && third != 0xBF { storage.append(contentsOf: [byte, second, third]) }
            default: storage.append(byte)
            }
        }
    }

    /// Whether `byte` is escaped, dropped, or may start a sequence that is.
    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// `lines` as one text, `separator` (markup, such as `&#10;` for a
    /// newline) between each, without joining them into a string first.
    mutating func text(lines: [String], separator: String) {
        for (position, line) in lines.enumerated() {
            if position > 0 { raw(separator) }
            text(line)
        }
    }

    /// JSON that `write` writes, escaped as text: the JSON fields of
    /// formats without list values (GraphML, GEXF), written without a
    /// string in between.
    mutating func json(_ write: (inout JSONBuffer) -> Void) {
        var json = JSONBuffer()
        // Room for a short list at once, rather than growing from nothing.
        json.reserve(256)
        write(&json)
        json.storage.withUnsafeBufferPointer { text(utf8: $0) }
    }

    /// `text` escaped as ``text(_:)`` escapes it, for writers that build strings.
    static func escaped(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.text(text)
        return String(decoding: buffer.storage, as: UTF8.self)
    }
}
