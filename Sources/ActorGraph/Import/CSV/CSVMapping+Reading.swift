extension CSVMapping {
    /// The keys a mapping file may have.
    static let keys = ["columns", "kinds", "types", "statuses", "separator", "delimiter", "kind", "endpointKind", "type", "encoding"]

    /// Reads a mapping file, reporting each of its problems at its place
    /// in the file. What is wrong is left out of the mapping; the problems
    /// stop the import, but the CSV file is still read for its own.
    static func read(_ file: SourceFile, problems: inout CSVProblems) -> CSVMapping {
        var mapping = CSVMapping()
        func report(_ node: JSONNode, _ message: String) {
            problems.error(.badCSVMapping, in: CSVProblems.mapping, at: node.offset, length: node.length, message)
        }
        let root: JSONNode
        switch JSONReader.parse(file.bytes) {
        case .failure(let failure):
            problems.error(.malformedJSON, in: CSVProblems.mapping, at: failure.offset, length: 1, "malformed JSON: \(failure.message)")
            return mapping
        case .success(let node):
            root = node
        }
        guard case .object(let members) = root.value else {
            report(root, "expected an object such as {\"columns\": {\"Actor A\": \"subject\"}}, found \(root.typeName)")
            return mapping
        }
        for member in members {
            let value = member.value
            switch member.key {
            case "columns":
                for entry in stringMembers(value, "\"columns\"", report) {
                    if let role = role(named: entry.text) {
                        mapping.columns.append(Column(header: entry.key, role: role, offset: entry.keyOffset, length: entry.key.utf8.count + 2))
                    } else if entry.text.hasPrefix("attribute:") {
                        report(entry.node, "'\(entry.text.dropFirst("attribute:".count))' is not a word .ag takes as a key; "
                               + "use letters, digits, '_', '-' and '.', starting with a letter, digit or '_'")
                    } else {
                        report(entry.node, "unknown role '\(entry.text)' for column '\(entry.key)'; use one of "
                               + CSVColumnRole.mappingNames.keys.sorted().joined(separator: ", ") + ", or attribute:KEY")
                    }
                }
            case "kinds":
                for entry in stringMembers(value, "\"kinds\"", report) { mapping.kinds[entry.key.lowercased()] = entry.text }
            case "statuses":
                for entry in stringMembers(value, "\"statuses\"", report) {
                    if let status = ClaimStatus(rawValue: entry.text) {
                        mapping.statuses[entry.key.lowercased()] = status
                    } else {
                        report(entry.node, "'\(entry.text)' is not a claim status; use reported, claimed, alleged, assessed, confirmed or denied")
                    }
                }
            case "types":
                mapping.types = relationTypes(value, report)
            case "separator":
                if let text = string(value, "\"separator\"", report) {
                    if text.isEmpty { report(value, "\"separator\" is empty; give the text that separates list items, such as \";\"") } else { mapping.separator = text }
                }
            case "delimiter":
                if let text = string(value, "\"delimiter\"", report) {
                    let byte = text == "\\t" || text.lowercased() == "tab" ? UInt8(ascii: "\t") : text.utf8.count == 1 ? text.utf8.first : nil
                    if let byte, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
                        mapping.delimiter = byte
                    } else {
                        report(value, "\"delimiter\" must be one ASCII character other than a quote or line break, such as \",\", \";\" or \"\\t\"")
                    }
                }
            case "kind": mapping.kind = string(value, "\"kind\"", report)
            case "endpointKind": mapping.endpointKind = string(value, "\"endpointKind\"", report)
            case "type": mapping.type = string(value, "\"type\"", report)
            case "encoding":
                switch string(value, "\"encoding\"", report)?.lowercased() {
                case nil: break
                case "utf-8", "utf8": mapping.encoding = .utf8
                case "latin1", "latin-1", "iso-8859-1": mapping.encoding = .latin1
                default: report(value, "unknown \"encoding\"; use \"utf-8\" or \"latin1\"")
                }
            default:
                problems.error(.badCSVMapping, in: CSVProblems.mapping, at: member.keyOffset, length: member.key.utf8.count + 2,
                               "unknown key '\(member.key)' in the CSV mapping; the keys are " + keys.joined(separator: ", "))
            }
        }
        return mapping
    }

    /// The role a mapping names, `attribute:KEY` included.
    private static func role(named name: String) -> CSVColumnRole? {
        if let role = CSVColumnRole.mappingNames[name] { return role }
        guard name.hasPrefix("attribute:") else { return nil }
        let key = String(name.dropFirst("attribute:".count))
        return Checker.isWord(key) ? .attribute(key) : nil
    }

    private static func string(_ node: JSONNode, _ what: String, _ report: (JSONNode, String) -> Void) -> String? {
        guard case .string(let text) = node.value else {
            report(node, "\(what) must be a string, not \(node.typeName)")
            return nil
        }
        return text
    }

    /// The `"key": "text"` members of an object.
    private static func stringMembers(_ node: JSONNode, _ what: String, _ report: (JSONNode, String) -> Void)
        -> [(key: String, keyOffset: Int, text: String, node: JSONNode)] {
        guard case .object(let members) = node.value else {
            report(node, "\(what) must be an object of names and texts, not \(node.typeName)")
            return []
        }
        return members.compactMap { member in
            string(member.value, "'\(member.key)' under \(what)", report).map { (member.key, member.keyOffset, $0, member.value) }
        }
    }

    /// `"types"`: each value a type's name, or `{"type": NAME, "reverse": BOOL}`.
    private static func relationTypes(_ node: JSONNode, _ report: (JSONNode, String) -> Void) -> [String: RelationType] {
        guard case .object(let members) = node.value else {
            report(node, "\"types\" must be an object of values and relation types, not \(node.typeName)")
            return [:]
        }
        var types: [String: RelationType] = [:]
        for member in members {
            let shape = "'\(member.key)' under \"types\" must be a relation type's name or {\"type\": \"funded-by\", \"reverse\": true}"
            switch member.value.value {
            case .string(let name):
                types[member.key.lowercased()] = RelationType(name: name, reverse: false)
            case .object(let fields):
                var name: String?, reverse = false
                for field in fields {
                    switch (field.key, field.value.value) {
                    case ("type", .string(let text)): name = text
                    case ("reverse", .bool(let flag)): reverse = flag
                    default: report(field.value, shape + "; '\(field.key)' is not that")
                    }
                }
                if let name { types[member.key.lowercased()] = RelationType(name: name, reverse: reverse) } else if fields.allSatisfy({ $0.key != "type" }) {
                    report(member.value, shape + "; \"type\" is missing")
                }
            default:
                report(member.value, shape + ", not \(member.value.typeName)")
            }
        }
        return types
    }
}
