/// One line of a FollowTheMoney file, an entity as the file gives it:
/// its id, schema and properties, each value with where it is.
struct FtMLine {
    /// A string of the line and the bytes it spans in the file.
    struct Value {
        var text: String
        var span: Range<Int>
    }

    /// The line's number, from 1.
    var number: Int
    /// The line's bytes in the file.
    var span: Range<Int>
    var id: Value
    var schema: Value
    /// The properties in the order written, each a list of strings.
    var properties: [(name: String, values: [Value])]

    /// The values of property `name`; none when the line does not have it.
    func values(_ name: String) -> [Value] {
        properties.first { $0.name == name }?.values ?? []
    }

    /// The texts of property `name`.
    func texts(_ name: String) -> [String] {
        values(name).map(\.text)
    }

    /// Reads the parsed JSON of line `number`, whose bytes start at `base`
    /// in the file; `nil`, with the problems in `problems`, when it is not
    /// an FtM entity: an object with a string `id` and `schema`, and
    /// `properties` (if any) an object of strings or lists of strings.
    init?(_ root: JSONNode, number: Int, span: Range<Int>, problems: inout [FtMProblem]) {
        let base = span.lowerBound
        func problem(_ node: JSONNode, _ message: String) {
            problems.append(FtMProblem(id: .badFtMEntity, span: base + node.offset ..< base + node.offset + node.length, message: message))
        }
        guard case .object(let members) = root.value else {
            problem(root, "an FtM line must be one JSON object, {\"id\": ..., \"schema\": ..., \"properties\": {...}}, but this is \(root.typeName)")
            return nil
        }
        let problemCount = problems.count
        func string(_ key: String) -> Value? {
            guard let member = members.first(where: { $0.key == key }) else {
                problem(root, "this entity has no \"\(key)\"; every FtM entity needs a string \"id\" and \"schema\"")
                return nil
            }
            guard case .string(let text) = member.value.value, !text.isEmpty else {
                problem(member.value, "\"\(key)\" must be a non-empty string, not \(member.value.typeName)")
                return nil
            }
            return Value(text: text, span: base + member.value.offset ..< base + member.value.offset + member.value.length)
        }
        let id = string("id"), schema = string("schema")
        var properties: [(name: String, values: [Value])] = []
        if let member = members.first(where: { $0.key == "properties" }) {
            if case .object(let entries) = member.value.value {
                for entry in entries {
                    let items: [JSONNode]
                    if case .array(let elements) = entry.value.value { items = elements } else { items = [entry.value] }
                    var values: [Value] = []
                    for item in items {
                        guard case .string(let text) = item.value else {
                            problem(item, "the values of property \"\(entry.key)\" must be strings, not \(item.typeName)")
                            continue
                        }
                        values.append(Value(text: text, span: base + item.offset ..< base + item.offset + item.length))
                    }
                    properties.append((entry.key, values))
                }
            } else {
                problem(member.value, "\"properties\" must be an object of lists of strings, not \(member.value.typeName)")
            }
        }
        guard let id, let schema, problems.count == problemCount else { return nil }
        self.number = number
        self.span = span
        self.id = id
        self.schema = schema
        self.properties = properties
    }
}

/// A problem of an FtM file, at bytes of it.
struct FtMProblem {
    var id: DiagnosticID
    var severity: Diagnostic.Severity = .error
    var span: Range<Int>
    var message: String
    /// Where the first of two duplicates was, for a note.
    var first: Range<Int>? = nil
}
