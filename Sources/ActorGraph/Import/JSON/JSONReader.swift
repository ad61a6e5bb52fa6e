/// A JSON value and the byte offset where it starts in its file.
/// Foundation's `JSONSerialization` forgets where values were, and the
/// importer's diagnostics must point at them.
struct JSONNode {
    /// One `"key": value` of an object, with where its key starts.
    struct Member {
        var key: String
        var keyOffset: Int
        var value: JSONNode
    }

    enum Value {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number as written; the importer needs only small integers.
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    /// The offset of the value's first byte.
    var offset: Int
    /// How many bytes the value spans, to underline it.
    var length: Int

    /// The name of the value's JSON type, for messages.
    var typeName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// A strict RFC 8259 reader that keeps the offset of every value. It
/// stops at the first malformed byte (what follows cannot be read with any
/// confidence) and never recurses deeper than ``depthLimit``, so no input
/// can exhaust the stack.
struct JSONReader {
    typealias Failure = ParseFailure

    /// Arrays and objects nested deeper than this are refused; ActorGraph's
    /// own JSON nests six deep.
    static let depthLimit = 64

    private let bytes: [UInt8]
    private var index = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The one value `bytes` hold, with nothing but blanks around it.
    static func parse(_ bytes: [UInt8]) -> Result<JSONNode, Failure> {
        var reader = JSONReader(bytes)
        do throws(Failure) {
            let node = try reader.value(depth: 0)
            reader.skipBlanks()
            if reader.index < bytes.count {
                throw reader.failure("unexpected \(reader.describeCurrent()) after the document's end")
            }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONNode {
        skipBlanks()
        let start = index
        guard index < bytes.count else { throw failure("the document ends where a value was expected") }
        let value: JSONNode.Value
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < Self.depthLimit else { throw failure("nested deeper than \(Self.depthLimit) levels") }
            value = .object(try members(depth: depth))
        case UInt8(ascii: "["):
            guard depth < Self.depthLimit else { throw failure("nested deeper than \(Self.depthLimit) levels") }
            value = .array(try elements(depth: depth))
        case UInt8(ascii: "\""):
            value = .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
            value = .number(try number())
        case UInt8(ascii: "t"):
            try literal("true")
            value = .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            value = .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            value = .null
        default:
            throw failure("expected a value, found \(describeCurrent())")
        }
        return JSONNode(value: value, offset: start, length: index - start)
    }

    private mutating func members(depth: Int) throws(Failure) -> [JSONNode.Member] {
        index += 1
        var members: [JSONNode.Member] = []
        skipBlanks()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("expected a key in double quotes, found \(describeCurrent())")
            }
            let keyOffset = index
            let key = try string()
            skipBlanks()
            try expect(":", after: "a key")
            members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: try value(depth: depth + 1)))
            if try endOfList(closedBy: "}", what: "an object") { return members }
        }
    }

    private mutating func elements(depth: Int) throws(Failure) -> [JSONNode] {
        index += 1
        var elements: [JSONNode] = []
        skipBlanks()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try value(depth: depth + 1))
            if try endOfList(closedBy: "]", what: "an array") { return elements }
        }
    }

    /// After an element: `true` at the closing bracket, `false` at a comma.
    private mutating func endOfList(closedBy close: Unicode.Scalar, what: String) throws(Failure) -> Bool {
        skipBlanks()
        guard index < bytes.count else { throw failure("the document ends inside \(what); expected ',' or '\(close)'") }
        if bytes[index] == UInt8(ascii: close) {
            index += 1
            return true
        }
        guard bytes[index] == UInt8(ascii: ",") else {
            throw failure("expected ',' or '\(close)' in \(what), found \(describeCurrent())")
        }
        index += 1
        return false
    }

    private mutating func string() throws(Failure) -> String {
        let start = index
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else {
                index = start
                throw failure("a string that is never closed; add the closing '\"'")
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    index = start
                    throw failure("a string that is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case 0 ..< 0x20:
                throw failure("a control character (U+00\(Self.hex(byte))) inside a string; write it as an escape such as \\n or \\u00\(Self.hex(byte))")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(Failure) {
        let start = index
        index += 1
        guard index < bytes.count else { throw failure("the document ends inside an escape") }
        let simple: [UInt8: UInt8] = [UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
                                      UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
        if let decoded = simple[bytes[index]] {
            utf8.append(decoded)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            index = start
            throw failure("unknown escape; JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
        index += 1
        var scalar = try hexQuad(escapeStart: start)
        if (0xD800 ..< 0xDC00).contains(scalar) {
            // A high surrogate must be followed by its low half.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                index = start
                throw failure("a lone surrogate escape; \\uD800-\\uDBFF must be followed by \\uDC00-\\uDFFF")
            }
            index += 2
            let low = try hexQuad(escapeStart: start)
            guard (0xDC00 ..< 0xE000).contains(low) else {
                index = start
                throw failure("a lone surrogate escape; \\uD800-\\uDBFF must be followed by \\uDC00-\\uDFFF")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else {
            index = start
            throw failure("a lone surrogate escape; \\uDC00-\\uDFFF must follow \\uD800-\\uDBFF")
        }
        utf8.append(contentsOf: String(Character(unicode)).utf8)
    }

    private mutating func hexQuad(escapeStart: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            guard index < bytes.count, let digit = StringLiteral.hexValue(bytes[index]) else {
                index = escapeStart
                throw failure("\\u must be followed by four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func number() throws(Failure) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("expected a digit after '-'") }
        // A leading zero stands alone: 0, 0.5, never 01.
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { digits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("expected a digit after '.'") }
            digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("expected a digit in the exponent") }
            digits()
        }
        return String(decoding: bytes[start ..< index], as: UTF8.self)
    }

    private mutating func digits() {
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let expected = word.withUTF8Buffer { Array($0) }
        guard bytes[index...].starts(with: expected) else { throw failure("expected a value, found \(describeCurrent())") }
        index += expected.count
    }

    private mutating func expect(_ character: Unicode.Scalar, after what: String) throws(Failure) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else {
            throw failure("expected '\(character)' after \(what), found \(describeCurrent())")
        }
        index += 1
    }

    private mutating func skipBlanks() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// The byte at the current place, as a message names it.
    private func describeCurrent() -> String {
        guard index < bytes.count else { return "the end of the document" }
        let byte = bytes[index]
        return (0x21 ..< 0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(Self.hex(byte))"
    }

    private func failure(_ message: String) -> Failure {
        Failure(offset: min(index, bytes.count), message: message)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
