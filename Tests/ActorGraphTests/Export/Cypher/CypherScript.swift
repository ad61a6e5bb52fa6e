/// A value of the literals the Cypher export writes: strings, whole
/// numbers, lists and maps.
indirect enum CypherValue: Equatable {
    case string(String)
    case number(Int)
    case list([CypherValue])
    case map([String: CypherValue])

    /// The map's value at `key`, if this is a map.
    subscript(key: String) -> CypherValue? {
        guard case .map(let entries) = self else { return nil }
        return entries[key]
    }

    var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    var strings: [String]? {
        guard case .list(let items) = self else { return nil }
        let texts = items.compactMap(\.string)
        return texts.count == items.count ? texts : nil
    }

    var numbers: [Int]? {
        guard case .list(let items) = self else { return nil }
        let numbers = items.compactMap { item -> Int? in
            guard case .number(let number) = item else { return nil }
            return number
        }
        return numbers.count == items.count ? numbers : nil
    }
}

/// One statement of the script read back: the rows of its `UNWIND [...] AS
/// row` (none for a statement without one), and the clause after it.
struct CypherStatement {
    var rows: [CypherValue]
    var clause: String
}

/// Reads the export back independently of the writer: one statement a
/// line, each ending in `;`, with the literals decoded as openCypher
/// defines them. Anything else is a parse error, so a name that broke out
/// of its literal fails the test.
struct CypherScript {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    var statements: [CypherStatement] = []

    init(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasSuffix("\n") else { throw ParseError(description: "the script does not end with a newline") }
        for line in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
            var reader = Reader(bytes: Array(line.utf8))
            statements.append(try reader.statement())
        }
    }

    /// The rows of every statement whose clause contains `fragment`.
    func rows(where fragment: String) -> [CypherValue] {
        statements.filter { $0.clause.contains(fragment) }.flatMap(\.rows)
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func statement() throws -> CypherStatement {
            guard bytes.last == UInt8(ascii: ";") else { throw ParseError(description: "a line does not end in ';'") }
            var rows: [CypherValue] = []
            if take("UNWIND ") {
                guard case .list(let items) = try value() else { throw ParseError(description: "UNWIND takes no list") }
                rows = items
                guard take(" AS row ") else { throw ParseError(description: "no ' AS row ' after the list") }
            }
            let clause = String(decoding: bytes[position..<(bytes.count - 1)], as: UTF8.self)
            // The clause is the writer's own text: a quote in it would be user text that escaped its literal.
            guard !clause.contains("'"), !clause.contains(";") else { throw ParseError(description: "user text in the clause: \(clause)") }
            return CypherStatement(rows: rows, clause: clause)
        }

        private mutating func take(_ text: String) -> Bool {
            let expected = Array(text.utf8)
            guard bytes[position...].starts(with: expected) else { return false }
            position += expected.count
            return true
        }

        private mutating func value() throws -> CypherValue {
            guard position < bytes.count else { throw ParseError(description: "the line ends inside a value") }
            switch bytes[position] {
            case UInt8(ascii: "'"): return .string(try string())
            case UInt8(ascii: "["):
                position += 1
                var items: [CypherValue] = []
                while !take("]") {
                    if !items.isEmpty, !take(",") { throw ParseError(description: "no ',' between list items") }
                    items.append(try value())
                }
                return .list(items)
            case UInt8(ascii: "{"):
                position += 1
                var entries: [String: CypherValue] = [:]
                while !take("}") {
                    if !entries.isEmpty, !take(",") { throw ParseError(description: "no ',' between map entries") }
                    let start = position
                    while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
                    let key = String(decoding: bytes[start..<position], as: UTF8.self)
                    guard !key.isEmpty, take(":") else { throw ParseError(description: "a map key is not a plain name") }
                    guard entries.updateValue(try value(), forKey: key) == nil else { throw ParseError(description: "key \(key) twice in a map") }
                }
                return .map(entries)
            default:
                let start = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
                guard let number = Int(String(decoding: bytes[start..<position], as: UTF8.self)) else { throw ParseError(description: "not a value") }
                return .number(number)
            }
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }

        /// A single-quoted literal with the escapes openCypher defines.
        private mutating func string() throws -> String {
            position += 1
            var decoded: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "'"): return String(decoding: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { throw ParseError(description: "a line ends in a backslash") }
                    let escaped = bytes[position]
                    position += 1
                    switch escaped {
                    case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): decoded.append(escaped)
                    case UInt8(ascii: "n"): decoded.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "r"): decoded.append(UInt8(ascii: "\r"))
                    case UInt8(ascii: "t"): decoded.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "b"): decoded.append(0x08)
                    case UInt8(ascii: "f"): decoded.append(0x0C)
                    default: throw ParseError(description: "unknown escape \\\(UnicodeScalar(escaped))")
                    }
                default: decoded.append(byte)
                }
            }
            throw ParseError(description: "a string literal is not closed on its line")
        }
    }
}
