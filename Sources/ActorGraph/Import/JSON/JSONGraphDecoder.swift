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
    /// The bytes of each entity's and relation's object, for what an
    /// import cites and points diagnostics at.
    private(set) var entitySpans: [Range<Int>] = []
    private(set) var relationSpans: [Range<Int>] = []
    private var sourceIndex: [String: Int] = [:]
    private var entityIndex: [String: Int] = [:]
    /// Ids of sources and entities reported as broken, so that what cites
    /// or names them is not reported again as naming nothing. What names
    /// them is then left out without a problem of its own; that is safe
    /// because nothing is written once any problem has been reported.
    private var brokenIDs: [Referent: Set<String>] = [:]
    /// Who claims each value the last ``attributes(_:allowed:reserved:)``
    /// read, as the ids written: an entity's value may name an entity
    /// listed after it, so they are resolved once every entity is read.
    private var valueClaimants: [(attribute: Int, value: Int, ids: [(String, JSONNode)])] = []
    /// The value claimants of each entity, resolved after the last entity.
    private var entityValueClaimants: [(entity: Int, claims: [(attribute: Int, value: Int, ids: [(String, JSONNode)])])] = []

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
        for (entity, claims) in entityValueClaimants {
            if let attributes = resolvingClaimants(claims, in: entities[entity].attributes) { entities[entity].attributes = attributes }
        }
        each(document, "relations", "a relation") { $0.relation($1) }
    }

    // MARK: The parts of a graph

    private static let colorText = "a colour name such as \"gray40\" or \"#rrggbb\""

    // Each reads every field before it gives up, so that one run reports
    // every problem of an item.

    private mutating func kind(_ fields: Fields) {
        let name = word(fields, "name", reservedFor: .kind)
        let shape = styled(fields, "shape", NodeShape.init, "a Graphviz node shape such as \"box\" or \"note\"")
        let color = styled(fields, "color", Color.init, Self.colorText)
        let fill = optional(fields, "fill") { $0.styled(fields, "fill", Color.init, Self.colorText) }
        let actor = bool(fields, "actor")
        let refs = referenceKeys(fields)
        guard let name, let shape, let color, let fill, let (actor, actorNode) = actor, let refs else { return }
        // `.ag` has no way to make a kind an actor or not: only the built-in kinds are actors.
        let isActor = Schema.standard.kind(named: name).map { Schema.standard.kinds[$0].isActor } ?? false
        guard actor == isActor else {
            return report(.badJSONField, at: actorNode, "\"actor\" of kind '\(name)' must be \(isActor): only person, group and state are actors")
        }
        schema.define(EntityKind(name: name, style: NodeStyle(shape: shape, color: color, fill: fill), isActor: isActor, referenceKeys: refs))
    }

    /// `"refs"`: the attribute keys whose values name entities, absent meaning none.
    private mutating func referenceKeys(_ fields: Fields) -> [String]? {
        guard let keys = strings(fields, "refs") else { return nil }
        var found: [String] = []
        for (key, node) in keys {
            guard AGWriter.isWord(key), !Schema.nonReferenceKeys.contains(key) else {
                report(.invalidReferenceKey, at: node, "\(StringLiteral.quoted(key)) in \"refs\" of \(fields.what) cannot name entities; "
                       + "give attribute keys that are words, other than src, status, date, from and to")
                return nil
            }
            found.append(key)
        }
        return found
    }

    private mutating func relationType(_ fields: Fields) {
        let name = word(fields, "name", reservedFor: .relationType)
        let subjects = endpointRule(fields, "subjects"), objects = endpointRule(fields, "objects")
        let role = styled(fields, "role", RelationRole.init(rawValue:), "one of " + RelationRole.allCases.map(\.rawValue).joined(separator: ", "))
        let symmetric = bool(fields, "symmetric")
        let color = styled(fields, "color", Color.init, Self.colorText)
        let line = styled(fields, "line", LineStyle.init(rawValue:), "one of " + LineStyle.allCases.map(\.rawValue).joined(separator: ", "))
        let arrowhead = styled(fields, "arrowhead", Arrowhead.init, "a Graphviz arrowhead such as \"normal\" or \"vee\"")
        let refs = referenceKeys(fields)
        guard let name, let subjects, let objects, let role, let (symmetric, _) = symmetric, let color, let line, let arrowhead, let refs else { return }
        if let builtIn = Schema.standard.relationType(named: name).map({ Schema.standard.relationTypes[$0] }),
           builtIn.subjects != subjects || builtIn.objects != objects || builtIn.role != role {
            report(.badJSONField, at: fields.node, "the rules and role of built-in '\(name)' are fixed (\(builtIn.subjects) to \(builtIn.objects), \(builtIn.role.rawValue)); rename the type to declare other ones")
            return
        }
        schema.define(RelationType(name: name, subjects: subjects, objects: objects, role: role, isSymmetric: symmetric,
                                   style: EdgeStyle(color: color, line: line, arrowhead: arrowhead), referenceKeys: refs))
    }

    private mutating func source(_ fields: Fields) {
        let problemCount = problems.count
        let id = word(fields, "id", reservedFor: .source)
        let title = string(fields, "title")
        let reliability = optional(fields, "reliability") {
            $0.styled(fields, "reliability", SourceReliability.init(rawValue:), "a grade from \"A\" (completely reliable) to \"F\" (cannot be judged)", id: .invalidReliability)
        }
        let date = optional(fields, "date") { $0.date(fields, "date") }
        let attributes = attributes(fields, allowed: Source.keys.filter { $0 != "date" && $0 != "reliability" })
        // What a source repeats may name several originals; every other key has one value.
        if let attributes, attributes.contains(where: { ($0.values.count != 1 && SourceDependency.Kind(rawValue: $0.key) == nil)
                                                        || $0.values.contains { !$0.citations.isEmpty || $0.isClaim } })
            || !valueClaimants.isEmpty {
            report(.badJSONField, at: fields.node, "a source's attributes each have one value (copies and derived-from one or more), with no citations and no claim")
        }
        if let attributes, let bad = attributes.first(where: { SourceDependency.Kind(rawValue: $0.key) != nil
                                                               && $0.values.contains { SourceDependency.parse($0.text) == nil } }) {
            report(.badJSONField, at: fields.node, "each value of '\(bad.key)' is a source id, then optionally its line ranges quoted, as in \"r000 \\\"3-8\\\"\"")
        }
        guard let id else { return }
        guard problems.count == problemCount, let (title, _) = title, let reliability, let date, let attributes else {
            brokenIDs[.source, default: []].insert(id)
            return
        }
        guard sourceIndex[id] == nil else { return report(.duplicateSource, at: fields.members["id"] ?? fields.node, "duplicate source '\(id)'; remove one of the two") }
        sourceIndex[id] = sources.count
        sources.append(Source(id: id, title: title, reliability: reliability, date: date, attributes: attributes))
    }

    private mutating func entity(_ fields: Fields) {
        let problemCount = problems.count
        let id = word(fields, "id", reservedFor: .entity)
        let kind = known(fields, "kind", .kind)
        let name = string(fields, "name")
        let aliases = strings(fields, "aliases")
        let attributes = attributes(fields, reserved: ["src"]), citations = citations(fields)
        let notes = aliasNotes(fields, of: aliases?.map(\.0) ?? [])
        guard let id else { return }
        guard problems.count == problemCount, let kind, let (name, _) = name, let aliases, let attributes, let citations, let notes else {
            brokenIDs[.entity, default: []].insert(id)
            return
        }
        guard entityIndex[id] == nil else {
            return report(.duplicateID, at: fields.members["id"] ?? fields.node, "duplicate id '\(id)'; rename one of the two entities or merge them")
        }
        entityIndex[id] = entities.count
        if !valueClaimants.isEmpty { entityValueClaimants.append((entities.count, valueClaimants)) }
        entities.append(Entity(id: id, kind: kind, name: name, aliases: aliases.map(\.0), attributes: attributes, citations: citations,
                               aliasNotes: notes))
        entitySpans.append(fields.node.offset..<fields.node.offset + fields.node.length)
    }

    private mutating func relation(_ fields: Fields) {
        let subject = known(fields, "subject", .entity), type = known(fields, "type", .relationType), object = known(fields, "object", .entity)
        let status = optional(fields, "status") {
            $0.styled(fields, "status", ClaimStatus.init(rawValue:), "one of " + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "), id: .unknownStatus)
        }
        let claimants = strings(fields, "claimants").map { ids in ids.map { known($0.0, $0.1, .entity) } }
        let attributes = attributes(fields, reserved: ["src", "status", "by"]).flatMap { resolvingClaimants(valueClaimants, in: $0) }
        let citations = citations(fields), time = timeAttributes(fields)
        guard let subject, let type, let object, let status, let claimants, let attributes, let citations, let time,
              case let claimantIndices = claimants.compactMap({ $0 }), claimantIndices.count == claimants.count else { return }
        // A relation's time comes from its date attributes; a file whose
        // attributes were filtered out (`--source`) still has it in "time".
        let dated = attributes.contains { ["date", "from", "to"].contains($0.key) }
        relations.append(Relation(subject: subject, object: object, type: type, attributes: dated ? attributes : attributes + time,
                                  status: status ?? .reported, claimants: claimantIndices, citations: citations))
        relationSpans.append(fields.node.offset..<fields.node.offset + fields.node.length)
    }

    /// The `date`, `from` and `to` of a relation's `"time"`, as attributes.
    private mutating func timeAttributes(_ fields: Fields) -> [Attribute]? {
        guard let node = fields.members["time"] else { return [] }
        guard let time = self.fields(node, "\"time\" of a relation") else { return nil }
        var attributes: [Attribute] = []
        for key in ["date", "from", "to"] where time.members[key] != nil {
            guard let date = date(time, key) else { return nil }
            attributes.append(Attribute(key, date.description))
        }
        return attributes
    }

    // MARK: Evidence

    /// `"attributes": [{"key", "values": [{"text", "citations", "status"?, "claimants"?}]}]`,
    /// absent meaning none. The ids of each value's claimants are left in
    /// ``valueClaimants``, for the caller to resolve.
    private mutating func attributes(_ fields: Fields, allowed: [String]? = nil, reserved: Set<String> = []) -> [Attribute]? {
        valueClaimants = []
        guard fields.members["attributes"] != nil else { return [] }
        let problemCount = problems.count
        var attributes: [Attribute] = []
        each(fields, "attributes", "an attribute") { decoder, attribute in
            guard let key = decoder.word(attribute, "key"), let keyNode = attribute.members["key"] else { return }
            if reserved.contains(key) || allowed.map({ !$0.contains(key) }) ?? false {
                let keys = allowed.map { "; the keys are " + $0.joined(separator: ", ") } ?? ""
                return decoder.report(.invalidJSONName, at: keyNode, "'\(key)' cannot be an attribute key here\(keys)")
            }
            var values: [AttributeValue] = []
            let valueProblems = decoder.problems.count
            decoder.each(attribute, "values", "an attribute value") { decoder, value in
                let text = decoder.string(value, "text"), citations = decoder.citations(value)
                let status = decoder.optional(value, "status") {
                    $0.styled(value, "status", ClaimStatus.init(rawValue:), "one of " + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "), id: .unknownStatus)
                }
                let claimants = decoder.strings(value, "claimants")
                guard let (text, _) = text, let citations, let status, let claimants else { return }
                if !claimants.isEmpty { decoder.valueClaimants.append((attributes.count, values.count, claimants)) }
                values.append(AttributeValue(text, citations: citations, status: status ?? .reported))
            }
            if values.isEmpty, decoder.problems.count == valueProblems {
                decoder.report(.badJSONField, at: attribute.node, "attribute '\(key)' has no values; give it one or remove it")
            }
            attributes.append(Attribute(key, values: values))
        }
        return problems.count == problemCount ? attributes : nil
    }

    /// `attributes` with the claimants of their values resolved, or `nil`
    /// after reporting an id that names no entity.
    private mutating func resolvingClaimants(_ claims: [(attribute: Int, value: Int, ids: [(String, JSONNode)])],
                                             in attributes: [Attribute]) -> [Attribute]? {
        var attributes = attributes, ok = true
        for claim in claims {
            let indices = claim.ids.compactMap { known($0.0, $0.1, .entity) }
            if indices.count != claim.ids.count { ok = false }
            attributes[claim.attribute].values[claim.value].claimants = indices
        }
        return ok ? attributes : nil
    }

    /// `"citations": [{"source", "quote"?, "credibility"?}]`, absent meaning none.
    private mutating func citations(_ fields: Fields) -> [Citation]? {
        guard fields.members["citations"] != nil else { return [] }
        let problemCount = problems.count
        var citations: [Citation] = []
        each(fields, "citations", "a citation") { decoder, citation in
            let source = decoder.known(citation, "source", .source)
            let quote = decoder.optional(citation, "quote") { $0.string(citation, "quote")?.0 }
            let credibility = decoder.optional(citation, "credibility") { decoder -> Int? in
                guard let node = citation.members["credibility"], case .number(let text) = node.value, let grade = Int(text), (1...6).contains(grade) else {
                    decoder.report(.invalidCredibility, at: citation.members["credibility"] ?? citation.node,
                                   "\"credibility\" must be a whole number from 1 (confirmed by other sources) to 6 (cannot be judged)")
                    return nil
                }
                return grade
            }
            guard let source, let quote, let credibility else { return }
            citations.append(Citation(source: source, quote: quote, credibility: credibility))
        }
        return problems.count == problemCount ? citations : nil
    }

    /// An entity's optional `"aliasNotes"`: each names one of its
    /// `aliases` and gives its language tag and citations.
    private mutating func aliasNotes(_ fields: Fields, of aliases: [String]) -> [String: AliasNote]? {
        guard fields.members["aliasNotes"] != nil else { return [:] }
        let problemCount = problems.count
        var notes: [String: AliasNote] = [:]
        each(fields, "aliasNotes", "an alias note") { decoder, note in
            guard let (alias, aliasNode) = decoder.string(note, "alias") else { return }
            guard aliases.contains(alias) else {
                return decoder.report(.badJSONField, at: aliasNode, "\"\(alias)\" is not one of the entity's \"aliases\"; add it there or remove its note")
            }
            let language = decoder.optional(note, "lang") { decoder -> String? in
                guard let (tag, node) = decoder.string(note, "lang") else { return nil }
                guard AliasNote.isLanguageTag(tag) else {
                    decoder.report(.invalidLanguage, at: node, "\"\(tag)\" is not a language tag; write a code such as \"ar\", \"en\" or \"ar-Latn\"")
                    return nil
                }
                return tag
            }
            guard let language, let citations = decoder.citations(note) else { return }
            notes[alias] = AliasNote(language: language, citations: citations)
        }
        return problems.count == problemCount ? notes : nil
    }

    // MARK: Evidence inside other formats

    /// Whether a cited source id that no source declares becomes a
    /// source of its own, with that id and no title, rather than a
    /// problem: for formats that cite sources without carrying them (GEXF).
    var acceptsUndeclaredSources = false

    /// Decodes `node` as a `"sources"` array, as GraphML carries it.
    mutating func decodeSources(_ node: JSONNode) {
        each(Fields(node: node, what: "the sources", members: ["sources": node]), "sources", "a source") { $0.source($1) }
    }

    /// Decodes `node` as an `"attributes"` array, keys in `reserved`
    /// refused, with the claims on its values, their claimants named by id
    /// for the assembler to resolve.
    mutating func decodeAttributes(_ node: JSONNode, reserved: Set<String>) -> (attributes: [Attribute], claims: [ImportedValueClaim])? {
        guard let attributes = attributes(Fields(node: node, what: "the attributes", members: ["attributes": node]), reserved: reserved) else { return nil }
        let claims = valueClaimants.map { claim in
            ImportedValueClaim(key: attributes[claim.attribute].key, value: claim.value, claimants: claim.ids.map { .key($0.0) })
        }
        return (attributes, claims)
    }

    /// Decodes `node` as a `"citations"` array.
    mutating func decodeCitations(_ node: JSONNode) -> [Citation]? {
        citations(Fields(node: node, what: "the citations", members: ["citations": node]))
    }

    /// Decodes `node` as an array of strings, such as aliases or claimants.
    mutating func decodeStrings(_ node: JSONNode, _ what: String) -> [String]? {
        strings(Fields(node: node, what: what, members: [what: node]), what)?.map(\.0)
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

    /// The field `key` as `extract` reads it; reported as not `expected` when it cannot.
    private mutating func typed<Value>(_ fields: Fields, _ key: String, _ expected: String, _ extract: (JSONNode.Value) -> Value?) -> (Value, JSONNode)? {
        guard let node = field(fields, key) else { return nil }
        guard let value = extract(node.value) else {
            mistyped(node, key, fields, expected)
            return nil
        }
        return (value, node)
    }

    private mutating func string(_ fields: Fields, _ key: String) -> (String, JSONNode)? {
        typed(fields, key, "a string") { if case .string(let text) = $0 { text } else { nil } }
    }

    private mutating func bool(_ fields: Fields, _ key: String) -> (Bool, JSONNode)? {
        typed(fields, key, "true or false") { if case .bool(let value) = $0 { value } else { nil } }
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

    /// A string that `.ag` writes as a bare word, and not a keyword (nor,
    /// for an entity id, a kind name), which `.ag` reserves.
    private mutating func word(_ fields: Fields, _ key: String, reservedFor referent: Referent? = nil) -> String? {
        guard let (text, node) = string(fields, key) else { return nil }
        guard AGWriter.isWord(text) else {
            report(.invalidJSONName, at: node, "\(StringLiteral.quoted(text)) cannot be \(key == "key" ? "an attribute key" : "an .ag \(key)"); use letters, digits, '_', '-' and '.', starting with a letter, digit or '_'")
            return nil
        }
        if let referent, GraphCompiler.keywords.contains(text) || (referent == .entity && schema.kind(named: text) != nil) {
            report(.invalidJSONName, at: node, "'\(text)' is an .ag keyword or kind name and cannot be \(referent == .entity ? "an id" : "a name"); choose another")
            return nil
        }
        return text
    }

    /// An optional field: `.some(nil)` when absent, `nil` when `read` finds it wrong.
    private mutating func optional<Value>(_ fields: Fields, _ key: String, _ read: (inout JSONGraphDecoder) -> Value?) -> Value?? {
        guard fields.members[key] != nil else { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    /// A string field read by `parse`, described as `expected` when it
    /// fails, which is reported with `id`.
    private mutating func styled<Value>(_ fields: Fields, _ key: String, _ parse: (String) -> Value?, _ expected: String,
                                        id: DiagnosticID = .badJSONField) -> Value? {
        guard let (text, node) = string(fields, key) else { return nil }
        guard let value = parse(text) else {
            report(id, at: node, "\"\(key)\" of \(fields.what) is \(StringLiteral.quoted(text)); it must be \(expected)")
            return nil
        }
        return value
    }

    private mutating func date(_ fields: Fields, _ key: String) -> PartialDate? {
        styled(fields, key, PartialDate.init, "a date that exists, YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2024-01-04\"", id: .badDate)
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
        return known(name, node, referent)
    }

    private mutating func known(_ name: String, _ node: JSONNode, _ referent: Referent) -> Int? {
        if referent == .source, acceptsUndeclaredSources, lookup(name, in: .source) == nil {
            sourceIndex[name] = sources.count
            sources.append(Source(id: name, title: ""))
        }
        guard let index = lookup(name, in: referent) else {
            unknown(referent, name, node)
            return nil
        }
        return index
    }

    private mutating func unknown(_ referent: Referent, _ name: String, _ node: JSONNode) {
        guard brokenIDs[referent]?.contains(name) != true else { return }
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
