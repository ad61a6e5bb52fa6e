/// A small XML parser over bytes, for files an adversary may have shaped:
/// it reads elements, attributes, character data, CDATA, comments and
/// processing instructions, expands only the five predefined entities and
/// character references, skips a DOCTYPE without reading its declarations
/// (so no external entity is fetched and no entity expands into
/// another: no "billion laughs"), and refuses elements nested deeper than
/// ``depthLimit``. Every byte is looked at a bounded number of times and
/// nothing recurses, so time is linear in the file and the stack flat.
///
/// Well-formedness errors stop it, as XML requires, with the offset of the
/// first byte that is wrong and what was expected there.
struct XMLPullParser {
    typealias Failure = ParseFailure

    /// How deep elements may nest; far beyond any graph file.
    static let depthLimit = 256

    private let bytes: [UInt8]
    private var index = 0
    /// The names of the elements open, innermost last.
    private var open: [String] = []
    private var seenRoot = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark says nothing more than the file already does.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next event, or `nil` once the root element has closed and only
    /// comments, processing instructions and blanks follow.
    mutating func next() throws(Failure) -> XMLEvent? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if open.isEmpty {
                    guard let stray = bytes[start ..< index].firstIndex(where: { !Self.isBlank($0) }) else { continue }
                    throw Failure(offset: stray, message: "text outside the root element; a document is one element, with only comments around it")
                }
                return .text(try decode(start ..< index, inAttribute: false))
            }
            if starts(with: "<?") {
                try processingInstruction()
            } else if starts(with: "<!--") {
                try skip(past: "-->", from: index + 4, what: "comment")
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else { throw Failure(offset: index, message: "a CDATA section outside the root element") }
                let start = index + 9
                try skip(past: "]]>", from: start, what: "CDATA section")
                return .text(Self.normalisedLineEnds(bytes[start ..< index - 3]))
            } else if starts(with: "<!DOCTYPE") {
                try doctype()
            } else if starts(with: "</") {
                return try endTag()
            } else if starts(with: "<!") {
                throw Failure(offset: index, message: "'<!' starts neither a comment, a CDATA section nor a DOCTYPE")
            } else {
                return .start(try startTag())
            }
        }
        if let innermost = open.last {
            throw Failure(offset: bytes.count, message: "the file ends inside <\(innermost)>; close it with </\(innermost)> (the file may be cut short)")
        }
        guard seenRoot else { throw Failure(offset: bytes.count, message: "the file has no root element") }
        return nil
    }

    // MARK: Markup

    private mutating func startTag() throws(Failure) -> XMLStartTag {
        let start = index
        if open.isEmpty && seenRoot {
            throw Failure(offset: start, message: "a second root element; a document is one element")
        }
        index += 1
        let name = try name(what: "an element name after '<'")
        var attributes: [XMLAttribute] = []
        // A set only for tags with many attributes: most have one to three.
        var names = Set<String>()
        while true {
            let blanks = skipBlanks()
            guard index < bytes.count else { throw Failure(offset: index, message: "the file ends inside the start tag <\(name)>") }
            if bytes[index] == UInt8(ascii: ">") || starts(with: "/>") { break }
            guard blanks > 0 else { throw Failure(offset: index, message: "expected a blank, '>' or '/>' in <\(name)>") }
            let nameOffset = index
            let attributeName = try self.name(what: "an attribute name, '>' or '/>' in <\(name)>")
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw Failure(offset: index, message: "expected '=' after attribute \(attributeName) of <\(name)>")
            }
            index += 1
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw Failure(offset: index, message: "expected the value of attribute \(attributeName) in quotes")
            }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == UInt8(ascii: "<") {
                    throw Failure(offset: index, message: "'<' in the value of attribute \(attributeName); write &lt;")
                }
                index += 1
            }
            guard index < bytes.count else { throw Failure(offset: valueStart - 1, message: "the value of attribute \(attributeName) is not closed") }
            let span = valueStart ..< index
            index += 1
            let repeated: Bool
            if attributes.count < 8 {
                repeated = attributes.contains { $0.name == attributeName }
            } else {
                if names.isEmpty { names = Set(attributes.map(\.name)) }
                repeated = !names.insert(attributeName).inserted
            }
            guard !repeated else {
                throw Failure(offset: nameOffset, message: "attribute \(attributeName) appears twice in <\(name)>")
            }
            attributes.append(XMLAttribute(name: attributeName, value: try decode(span, inAttribute: true), valueSpan: span))
        }
        let isEmpty = bytes[index] == UInt8(ascii: "/")
        index += isEmpty ? 2 : 1
        if !isEmpty {
            guard open.count < Self.depthLimit else {
                throw Failure(offset: start, message: "elements nest deeper than \(Self.depthLimit) levels; no graph file needs that many")
            }
            open.append(name)
        }
        seenRoot = true
        return XMLStartTag(name: name, attributes: attributes, span: start ..< index, isEmpty: isEmpty)
    }

    private mutating func endTag() throws(Failure) -> XMLEvent {
        let start = index
        index += 2
        let name = try name(what: "an element name after '</'")
        skipBlanks()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw Failure(offset: index, message: "expected '>' to end </\(name)>") }
        index += 1
        guard let innermost = open.last else { throw Failure(offset: start, message: "</\(name)> closes no element") }
        guard innermost == name else { throw Failure(offset: start, message: "</\(name)> closes <\(innermost)>; write </\(innermost)>") }
        open.removeLast()
        return .end(name: name)
    }

    /// `<?target ...?>`: skipped, after checking that an XML declaration
    /// does not announce an encoding other than UTF-8.
    private mutating func processingInstruction() throws(Failure) {
        let start = index
        try skip(past: "?>", from: index + 2, what: "processing instruction")
        let text = String(decoding: bytes[start ..< index], as: UTF8.self)
        guard text.hasPrefix("<?xml "), let range = text.range(of: "encoding=") else { return }
        let encoding = text[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }.lowercased()
        guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding) else {
            throw Failure(offset: start, message: "the file says it is encoded as \(encoding); this reader reads UTF-8: convert it (iconv -f \(encoding) -t utf-8)")
        }
    }

    /// `<!DOCTYPE ...>`, its internal subset and quoted strings included,
    /// skipped unread: its entities are never expanded, so a document
    /// that uses one is reported at the use.
    private mutating func doctype() throws(Failure) {
        let start = index
        if seenRoot { throw Failure(offset: start, message: "a DOCTYPE after the root element") }
        var brackets = 0
        var quote: UInt8?
        index += 9
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets -= 1
            case UInt8(ascii: ">") where brackets <= 0: return
            default: break
            }
        }
        throw Failure(offset: start, message: "the DOCTYPE is not closed")
    }

    // MARK: Pieces

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { literal in
            (0 ..< count).allSatisfy { bytes[index + $0] == literal[$0] }
        }
    }

    /// Moves past the first `end` at or after `from`.
    private mutating func skip(past end: StaticString, from: Int, what: String) throws(Failure) {
        let start = index
        index = from
        while index < bytes.count {
            if starts(with: end) {
                index += end.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw Failure(offset: start, message: "the \(what) is not closed with '\(end)'")
    }

    @discardableResult
    private mutating func skipBlanks() -> Int {
        let start = index
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        return index - start
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// An element or attribute name: everything up to a blank or a
    /// delimiter, which XML's name rules then narrow further than a
    /// graph reader needs to check.
    private mutating func name(what: String) throws(Failure) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isBlank(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
            index += 1
        }
        guard index > start, !(UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[start]),
              bytes[start] != UInt8(ascii: "-"), bytes[start] != UInt8(ascii: ".") else {
            throw Failure(offset: start, message: "expected \(what)")
        }
        return String(decoding: bytes[start ..< index], as: UTF8.self)
    }

    // MARK: Text

    /// The text of `range` with references expanded and line ends
    /// normalised; in an attribute value, blanks become spaces, as XML's
    /// attribute-value normalisation says (a `&#10;` stays a newline).
    private func decode(_ range: Range<Int>, inAttribute: Bool) throws(Failure) -> String {
        let special: (UInt8) -> Bool = inAttribute
            ? { $0 == UInt8(ascii: "&") || $0 == 0x0D || $0 == 0x0A || $0 == 0x09 }
            : { $0 == UInt8(ascii: "&") || $0 == 0x0D }
        guard bytes[range].contains(where: special) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "&"):
                let (scalar, end) = try reference(at: position - 1, before: range.upperBound)
                out.append(contentsOf: String(Character(scalar)).utf8)
                position = end
            case 0x0D:
                if position < range.upperBound, bytes[position] == 0x0A { position += 1 }
                out.append(inAttribute ? 0x20 : 0x0A)
            case 0x0A where inAttribute, 0x09 where inAttribute:
                out.append(0x20)
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character `&...;` at `offset` stands for, and where it ends.
    private func reference(at offset: Int, before limit: Int) throws(Failure) -> (Unicode.Scalar, Int) {
        // The longest reference is `&#x10FFFF;`; more means a bare '&'.
        let end = bytes[offset ..< min(limit, offset + 12)].firstIndex(of: UInt8(ascii: ";"))
        guard let end else {
            throw Failure(offset: offset, message: "a bare '&'; write &amp; for an ampersand")
        }
        let name = String(decoding: bytes[offset + 1 ..< end], as: UTF8.self)
        switch name {
        case "amp": return ("&", end + 1)
        case "lt": return ("<", end + 1)
        case "gt": return (">", end + 1)
        case "quot": return ("\"", end + 1)
        case "apos": return ("'", end + 1)
        default: break
        }
        guard name.hasPrefix("#") else {
            throw Failure(offset: offset, message: "&\(name); is not expanded: this reader knows only &amp; &lt; &gt; &quot; &apos; and character references, and never a DOCTYPE's entities")
        }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value), Self.isXMLCharacter(scalar) else {
            throw Failure(offset: offset, message: "&\(name); is not a character XML allows")
        }
        return (scalar, end + 1)
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20 ... 0xFFFD, 0x10000 ... 0x10FFFF: return true
        default: return false
        }
    }

    private static func normalisedLineEnds(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(0x0D) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for byte in slice {
            if byte == 0x0D {
                out.append(0x0A)
            } else if !(byte == 0x0A && previous == 0x0D) {
                out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }
}
