/// Turns the parsed value of an ActorGraph JSON document (version 1) into
/// the parts of a graph, ready for ``AGWriter``, and collects every
/// problem with the offset of the value it is about. It checks what the
/// `.ag` text could not say or would say at the wrong place: JSON types,
/// words, and references to sources, entities, kinds and types. What the
/// checker checks anyway on the `.ag` text (duplicate keys, uncited
/// disputed values, endpoint rules) is left to it.
struct JSONGraphDecoder {
    /// One problem, where it is in the JSON file.
    struct Problem {
        var id: DiagnosticID
        var offset: Int
        var length: Int
        var message: String
    }

    /// The members of one JSON object, and what to call it in messages.
    private struct Fields {
        var node: JSONNode
        var what: String
        var members: [String: JSONNode]
    }

    private(set) var problems: [Problem] = []
    private(set) var schema = Schema.standard
    private(set) var sources: [Source] = []
    private(set) var entities: [Entity] = []
    private(set) var relations: [Relation] = []
    private var sourceIndex: [String: Int] = [:]
    private var entityIndex: [String: Int] = [:]

    /// Decodes `root`; afterwards ``problems`` says whether the parts can be written.
    mutating func decode(_ root: JSONNode) {
        guard let document = fields(root, "the document") else { return }
        guard case .string("actorgraph")? = document.members["format"]?.value else {
            report(.notActorGraphJSON, at: document.members["format"] ?? root,
                   "this JSON is not an ActorGraph document (its \"format\" is not \"actorgraph\"); export one with 'actorgraph export FILE.ag -o FILE.json'")
            return
        }
        guard case .number("1")? = document.members["version"]?.value else {
            report(.notActorGraphJSON, at: document.members["version"] ?? root,
                   "this ActorGraph JSON is not version 1, the only version this build reads; export it again with this build")
            return
        }
        if let schemaNode = field(document, "schema"), let schemaFields = fields(schemaNode, "\"schema\"") {
            each(schemaFields, "kinds", "a kind") { $0.kind($1) }
            each(schemaFields, "relationTypes", "a relation type") { $0.relationType($1) }
        }
        each(document, "sources", "a source") { $0.source($1) }
        each(document, "entities", "an entity") { $0.entity($1) }
        each(document, "relations", "a relation") { $0.relation($1) }
    }

    // MARK: The parts of a graph

    private mutating func kind(_ fields: Fields) {
        guard let (name, nameNode) = word(fields, "name"), !reserved(name, nameNode),
              let shape = styled(fields, "shape", NodeShape.init, "a Graphviz node shape such as \"box\" or \"note\""),
              let color = styled(fields, "color", Color.init, "a colour name such as \"gray40\" or \"#rrggbb\"") else { return }
        var fill: Color?
        if fields.members["fill"] != nil {
            guard let value = styled(fields, "fill", Color.init, "a colour name such as \"gray40\" or \"#rrggbb\"") else { return }
            fill = value
        }
        let builtIn = schema.kind(named: name).map { schema.kinds[$0] }
        schema.define(EntityKind(name: name, style: NodeStyle(shape: shape, color: color, fill: fill), isActor: builtIn?.isActor ?? false))
    }

    private mutating func relationType(_ fields: Fields) {
        guard let (name, nameNode) = word(fields, "name"), !reserved(name, nameNode),
              let subjects = endpointRule(fields, "subjects"), let objects = endpointRule(fields, "objects"),
              let role = styled(fields, "role", RelationRole.init(rawValue:), "one of " + RelationRole.allCases.map(\.rawValue).joined(separator: ", ")),
              let (symmetric, _) = bool(fields, "symmetric"),
              let color = styled(fields, "color", Color.init, "a colour name such as \"gray40\" or \"#rrggbb\""),
              let line = styled(fields, "line", LineStyle.init(rawValue:), "one of " + LineStyle.allCases.map(\.rawValue).joined(separator: ", ")),
              let arrowhead = styled(fields, "arrowhead", Arrowhead.init, "a Graphviz arrowhead such as \"normal\" or \"vee\"") else { return }
        if let builtIn = Schema.standard.relationType(named: name).map({ Schema.standard.relationTypes[$0] }),
           builtIn.subjects != subjects || builtIn.objects != objects || builtIn.role != role {
            report(.badJSONField, at: fields.node, "the rules and role of built-in '\(name)' are fixed (\(builtIn.subjects) to \(builtIn.objects), \(builtIn.role.rawValue)); rename the type to declare other ones")
            return
        }
        schema.define(RelationType(name: name, subjects: subjects, objects: objects, role: role, isSymmetric: symmetric,
                                   style: EdgeStyle(color: color, line: line, arrowhead: arrowhead)))
    }

    private mutating func source(_ fields: Fields) {
        guard let (id, idNode) = word(fields, "id"), !reserved(id, idNode), let (title, _) = string(fields, "title") else { return }
        var source = Source(id: id, title: title)
        if fields.members["reliability"] != nil {
            guard let (grade, node) = string(fields, "reliability") else { return }
            guard let reliability = SourceReliability(rawValue: grade) else {
                return report(.invalidReliability, at: node, "\"reliability\" is \(StringLiteral.quoted(grade)); write a grade from \"A\" (completely reliable) to \"F\" (cannot be judged)")
            }
            source.reliability = reliability
        }
        if fields.members["date"] != nil {
            guard let date = date(fields, "date") else { return }
            source.date = date
        }
        let keys = Source.keys.filter { $0 != "date" && $0 != "reliability" }
        guard let attributes = attributes(fields, allowed: keys) else { return }
        for attribute in attributes where attribute.values.count != 1 || !attribute.values[0].citations.isEmpty {
            return report(.badJSONField, at: fields.node, "the source's '\(attribute.key)' must have one value and no citations")
        }
        guard sourceIndex[id] == nil else { return report(.duplicateSource, at: idNode, "duplicate source '\(id)'; remove one of the two") }
        sourceIndex[id] = sources.count
        source.attributes = attributes
        sources.append(source)
    }

    private mutating func entity(_ fields: Fields) {
        guard let (id, idNode) = word(fields, "id"), !reserved(id, idNode, kindsToo: true), let kind = known(fields, "kind", .kind),
              let (name, _) = string(fields, "name"), let aliases = strings(fields, "aliases"),
              let attributes = attributes(fields, reserved: ["src"]), let citations = citations(fields) else { return }
        guard entityIndex[id] == nil else { return report(.duplicateID, at: idNode, "duplicate id '\(id)'; rename one of the two entities or merge them") }
        entityIndex[id] = entities.count
        entities.append(Entity(id: id, kind: kind, name: name, aliases: aliases.map(\.0), attributes: attributes, citations: citations))
    }

    private mutating func relation(_ fields: Fields) {
        guard let subject = known(fields, "subject", .entity),
              let type = known(fields, "type", .relationType),
              let object = known(fields, "object", .entity),
              let claimantIDs = strings(fields, "claimants"),
              var attributes = attributes(fields, reserved: ["src", "status", "by"]), let citations = citations(fields) else { return }
        var status = ClaimStatus.reported
        if fields.members["status"] != nil {
            guard let (name, node) = string(fields, "status") else { return }
            guard let known = ClaimStatus(rawValue: name) else {
                return report(.unknownStatus, at: node, "unknown status \(StringLiteral.quoted(name)); use one of " + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            status = known
        }
        var claimants: [Int] = []
        for (id, node) in claimantIDs {
            guard let index = lookup(id, in: .entity) else { return unknown(.entity, id, node) }
            claimants.append(index)
        }
        // A relation's time comes from its date attributes; a file whose
        // attributes were filtered out still has it in "time".
        if let timeNode = fields.members["time"], !attributes.contains(where: { ["date", "from", "to"].contains($0.key) }) {
            guard let time = self.fields(timeNode, "\"time\" of a relation") else { return }
            for key in ["date", "from", "to"] where time.members[key] != nil {
                guard let date = date(time, key) else { return }
                attributes.append(Attribute(key, date.description))
            }
        }
        relations.append(Relation(subject: subject, object: object, type: type, attributes: attributes, status: status,
                                  claimants: claimants, citations: citations))
    }

    // MARK: Evidence

    /// `"attributes": [{"key", "values": [{"text", "citations"}]}]`, absent meaning none.
    private mutating func attributes(_ fields: Fields, allowed: [String]? = nil, reserved: Set<String> = []) -> [Attribute]? {
        guard fields.members["attributes"] != nil else { return [] }
        var attributes: [Attribute] = []
        var ok = true
        each(fields, "attributes", "an attribute") { decoder, attribute in
            guard let (key, keyNode) = decoder.word(attribute, "key") else { ok = false; return }
            if reserved.contains(key) || allowed.map({ !$0.contains(key) }) ?? false {
                let keys = allowed.map { "; the keys are " + $0.joined(separator: ", ") } ?? ""
                decoder.report(.invalidJSONName, at: keyNode, "'\(key)' cannot be an attribute key here\(keys)")
                ok = false
                return
            }
            var values: [AttributeValue] = []
            decoder.each(attribute, "values", "an attribute value") { decoder, value in
                guard let (text, _) = decoder.string(value, "text"), let citations = decoder.citations(value) else { ok = false; return }
                values.append(AttributeValue(text, citations: citations))
            }
            if values.isEmpty, ok {
                decoder.report(.badJSONField, at: attribute.node, "attribute '\(key)' has no values; give it one or remove it")
                ok = false
            }
            attributes.append(Attribute(key, values: values))
        }
        return ok ? attributes : nil
    }

    /// `"citations": [{"source", "quote"?, "credibility"?}]`, absent meaning none.
    private mutating func citations(_ fields: Fields) -> [Citation]? {
        guard fields.members["citations"] != nil else { return [] }
        var citations: [Citation] = []
        var ok = true
        each(fields, "citations", "a citation") { decoder, citation in
            guard let source = decoder.known(citation, "source", .source) else { ok = false; return }
            var found = Citation(source: source)
            if citation.members["quote"] != nil {
                guard let (quote, _) = decoder.string(citation, "quote") else { ok = false; return }
                found.quote = quote
            }
            if let node = citation.members["credibility"] {
                guard case .number(let text) = node.value, let grade = Int(text), (1...6).contains(grade) else {
                    decoder.report(.invalidCredibility, at: node, "\"credibility\" must be a whole number from 1 (confirmed by other sources) to 6 (cannot be judged)")
                    ok = false
                    return
                }
                found.credibility = grade
            }
            citations.append(found)
        }
        return ok ? citations : nil
    }

    // MARK: Fields

    private mutating func fields(_ node: JSONNode, _ what: String) -> Fields? {
        guard case .object(let members) = node.value else {
            report(.badJSONField, at: node, "\(what) is \(node.typeName); it must be an object")
            return nil
        }
        return Fields(node: node, what: what, members: Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    private mutating func field(_ fields: Fields, _ key: String) -> JSONNode? {
        guard let node = fields.members[key] else {
            report(.badJSONField, at: fields.node, "\(fields.what) has no \"\(key)\"; add it, as 'actorgraph export --to json' writes it")
            return nil
        }
        return node
    }

    private mutating func mistyped(_ node: JSONNode, _ key: String, _ fields: Fields, _ expected: String) {
        report(.badJSONField, at: node, "\"\(key)\" of \(fields.what) is \(node.typeName); it must be \(expected)")
    }

    /// Calls `body` with each object of the array `key`.
    private mutating func each(_ fields: Fields, _ key: String, _ what: String, _ body: (inout JSONGraphDecoder, Fields) -> Void) {
        guard let node = field(fields, key) else { return }
        guard case .array(let elements) = node.value else { return mistyped(node, key, fields, "an array") }
        for element in elements {
            if let item = self.fields(element, what) { body(&self, item) }
        }
    }

    private mutating func string(_ fields: Fields, _ key: String) -> (String, JSONNode)? {
        guard let node = field(fields, key) else { return nil }
        guard case .string(let text) = node.value else {
            mistyped(node, key, fields, "a string")
            return nil
        }
        return (text, node)
    }

    private mutating func bool(_ fields: Fields, _ key: String) -> (Bool, JSONNode)? {
        guard let node = field(fields, key) else { return nil }
        guard case .bool(let value) = node.value else {
            mistyped(node, key, fields, "true or false")
            return nil
        }
        return (value, node)
    }

    /// An array of strings, absent meaning none.
    private mutating func strings(_ fields: Fields, _ key: String) -> [(String, JSONNode)]? {
        guard let node = fields.members[key] else { return [] }
        guard case .array(let elements) = node.value else {
            mistyped(node, key, fields, "an array of strings")
            return nil
        }
        var found: [(String, JSONNode)] = []
        for element in elements {
            guard case .string(let text) = element.value else {
                mistyped(element, key, fields, "an array of strings")
                return nil
            }
            found.append((text, element))
        }
        return found
    }

    /// A string that `.ag` writes as a bare word.
    private mutating func word(_ fields: Fields, _ key: String) -> (String, JSONNode)? {
        guard let (text, node) = string(fields, key) else { return nil }
        guard AGWriter.isWord(text) else {
            report(.invalidJSONName, at: node, "\(StringLiteral.quoted(text)) cannot be \(key == "key" ? "an attribute key" : "an .ag \(key)"); use letters, digits, '_', '-' and '.', starting with a letter, digit or '_'")
            return nil
        }
        return (text, node)
    }

    /// Whether `name` is a keyword, or for an entity id a kind name, which
    /// `.ag` cannot take as a name or id; reports it.
    private mutating func reserved(_ name: String, _ node: JSONNode, kindsToo: Bool = false) -> Bool {
        guard GraphCompiler.keywords.contains(name) || (kindsToo && schema.kind(named: name) != nil) else { return false }
        report(.invalidJSONName, at: node, "'\(name)' is an .ag keyword or kind name and cannot be \(kindsToo ? "an id" : "a name"); choose another")
        return true
    }

    /// A string field read by `parse`, described as `expected` when it fails.
    private mutating func styled<Value>(_ fields: Fields, _ key: String, _ parse: (String) -> Value?, _ expected: String) -> Value? {
        guard let (text, node) = string(fields, key) else { return nil }
        guard let value = parse(text) else {
            report(.badJSONField, at: node, "\"\(key)\" of \(fields.what) is \(StringLiteral.quoted(text)); it must be \(expected)")
            return nil
        }
        return value
    }

    private mutating func date(_ fields: Fields, _ key: String) -> PartialDate? {
        guard let (text, node) = string(fields, key) else { return nil }
        guard let date = PartialDate(text) else {
            report(.badDate, at: node, "\(StringLiteral.quoted(text)) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2024-01-04\"")
            return nil
        }
        return date
    }

    /// `any`, `actor` or kind names joined by `|`.
    private mutating func endpointRule(_ fields: Fields, _ key: String) -> EndpointRule? {
        guard let (text, node) = string(fields, key) else { return nil }
        if text == "any" { return .any }
        if text == "actor" { return .actor }
        let names = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        for name in names where !AGWriter.isWord(name) || schema.kind(named: name) == nil {
            report(.badJSONField, at: node, "\"\(key)\" of \(fields.what) is \(StringLiteral.quoted(text)); it must be \"any\", \"actor\" or kinds of the schema joined by '|'")
            return nil
        }
        return .kinds(names)
    }

    /// What an id in a field refers to.
    private enum Referent {
        case entity, source, kind, relationType
    }

    private func lookup(_ name: String, in referent: Referent) -> Int? {
        switch referent {
        case .entity: return entityIndex[name]
        case .source: return sourceIndex[name]
        case .kind: return schema.kind(named: name)
        case .relationType: return schema.relationType(named: name)
        }
    }

    /// The index of the entity, source, kind or type that `key` names.
    private mutating func known(_ fields: Fields, _ key: String, _ referent: Referent) -> Int? {
        guard let (name, node) = string(fields, key) else { return nil }
        guard let index = lookup(name, in: referent) else {
            unknown(referent, name, node)
            return nil
        }
        return index
    }

    private mutating func unknown(_ referent: Referent, _ name: String, _ node: JSONNode) {
        let (id, what, listed): (DiagnosticID, String, String)
        switch referent {
        case .entity: (id, what, listed) = (.unknownEntity, "entity", "\"entities\"")
        case .source: (id, what, listed) = (.unknownSource, "source", "\"sources\"")
        case .kind: (id, what, listed) = (.unknownKind, "kind", "\"schema\"")
        case .relationType: (id, what, listed) = (.unknownRelationType, "relation type", "\"schema\"")
        }
        report(id, at: node, "unknown \(what) \(StringLiteral.quoted(name)); declare it in \(listed) first")
    }

    private mutating func report(_ id: DiagnosticID, at node: JSONNode, _ message: String) {
        // A whole object or array is pointed at by its opening bracket.
        let length: Int
        switch node.value {
        case .object, .array: length = 1
        default: length = node.length
        }
        problems.append(Problem(id: id, offset: node.offset, length: length, message: message))
    }
}
