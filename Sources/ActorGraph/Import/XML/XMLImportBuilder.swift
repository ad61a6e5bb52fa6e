import Foundation

/// What the GraphML and GEXF readers share while they read one file into
/// an ``ImportDocument``: the problems found, each at its bytes; the node
/// ids seen, for duplicates and for edges to nodes that do not exist;
/// ActorGraph's evidence, which both formats carry as JSON text in string
/// fields; and the typed values and dates both declare.
struct XMLImportBuilder {
    /// At most this many diagnostics are kept, the earliest in the file:
    /// a file wrong on every line says no more by saying it a million times.
    static let diagnosticLimit = 1000

    let file: SourceFile
    private(set) var document: ImportDocument
    private var problems = DiagnosticCollector(limit: diagnosticLimit)
    /// Each node id, and whether it has been reported as a duplicate.
    private var nodeIDs = Set<String>()
    /// Decodes the JSON fields, and knows the sources they cite.
    private var evidence = JSONGraphDecoder()
    /// The warnings given once per file, by what they are about.
    private var warned = Set<String>()
    /// Whether the file is ActorGraph's own, whose names are taken as
    /// written and whose JSON fields are read as such.
    var isActorGraph = false

    init(file: SourceFile, format: String) {
        self.file = file
        document = ImportDocument(file: file, format: format)
    }

    /// The tree of `file`, or `nil` after reporting why it cannot be
    /// read: bytes that are not UTF-8, or XML that is not well-formed.
    mutating func parse() -> XMLElementTree? {
        let invalid = UTF8Validator.firstInvalidOffsetPerLine(file.bytes)
        for offset in invalid {
            error(.invalidUTF8, at: offset ..< offset + 1, "a byte sequence that is not UTF-8; save the file as UTF-8")
        }
        guard invalid.isEmpty else { return nil }
        switch XMLElementTree.parse(file.bytes) {
        case .success(let tree):
            return tree
        case .failure(let failure):
            error(.malformedXML, at: failure.offset ..< failure.offset + 1, "malformed XML: \(failure.message)")
            return nil
        }
    }

    // MARK: Problems

    mutating func error(_ id: DiagnosticID, at range: Range<Int>, _ message: String) {
        report(.error, id, at: range, message)
    }

    mutating func warning(_ id: DiagnosticID, at range: Range<Int>, _ message: String) {
        report(.warning, id, at: range, message)
    }

    /// A warning about `topic` the first time it comes up in the file.
    mutating func warnOnce(_ id: DiagnosticID, about topic: String, at range: Range<Int>, _ message: String) {
        guard warned.insert(topic).inserted else { return }
        warning(id, at: range, message)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, at range: Range<Int>, _ message: String) {
        guard problems.admits(severity, file: 0, offset: range.lowerBound, stage: .parser) else { return }
        problems.add(PendingDiagnostic(severity: severity, id: id, message: message, file: 0, offset: range.lowerBound, length: range.count),
                     stage: .parser)
    }

    /// The document, or none when an error was found, with every problem at its line and column.
    func reading() -> ImportReading {
        var locator = SourceLocator(file)
        let diagnostics = problems.sorted().map {
            Diagnostic($0.severity, $0.id, $0.message, at: locator.location(at: $0.offset, length: $0.length))
        }
        let failed = problems.omittedErrors > 0 || diagnostics.contains { $0.severity == .error }
        var document = document
        document.sources = evidence.sources
        return ImportReading(document: failed ? nil : document, diagnostics: diagnostics)
    }

    // MARK: Nodes and edges

    /// Records the node whose start tag is `tag`: its id, or `nil` after
    /// reporting a missing or duplicate one.
    mutating func nodeID(of tag: XMLStartTag, in format: String) -> XMLAttribute? {
        guard let id = tag.attribute("id") else {
            error(.missingXMLAttribute, at: tag.span, "a \(format) node without an id; give it id=\"...\", which its edges use")
            return nil
        }
        guard nodeIDs.insert(id.value).inserted else {
            error(.duplicateNode, at: id.valueSpan, "duplicate node id \(StringLiteral.quoted(id.value)); rename one of the two nodes or merge them")
            return nil
        }
        return id
    }

    /// Whether a node declared `id`.
    func isNode(_ id: String) -> Bool { nodeIDs.contains(id) }

    /// The end `role` (`source` or `target`) of the edge whose start tag
    /// is `tag`, or `nil` after reporting it missing or naming no node.
    mutating func endpoint(_ role: String, of tag: XMLStartTag, edge: String) -> XMLAttribute? {
        guard let end = tag.attribute(role) else {
            error(.missingXMLAttribute, at: tag.span, "\(edge) has no \(role); give it \(role)=\"NODE-ID\"")
            return nil
        }
        guard isNode(end.value) else {
            error(.undeclaredNode, at: end.valueSpan, "\(edge)'s \(role) \(StringLiteral.quoted(end.value)) is not a node of this file; declare the node or correct the id")
            return nil
        }
        return end
    }

    mutating func add(_ entity: ImportedEntity) { document.entities.append(entity) }

    /// Adds `relation` unless an end of it was reported missing.
    mutating func add(_ relation: ImportedRelation) {
        guard relation.origin.fields[.subject] != nil, relation.origin.fields[.object] != nil else { return }
        document.relations.append(relation)
    }

    /// How origins name a node: `node "n3"`.
    static func nodeElement(_ id: String) -> String { "node " + StringLiteral.quoted(id) }

    /// How origins name an edge: `edge "e12"`, or `edge "n3"→"n7"` when it has no id.
    static func edgeElement(id: String?, source: String, target: String) -> String {
        id.map { "edge " + StringLiteral.quoted($0) } ?? "edge \(StringLiteral.quoted(source))→\(StringLiteral.quoted(target))"
    }

    // MARK: ActorGraph's evidence as JSON

    /// Sources cited but not carried become sources with only an id (GEXF has none).
    mutating func acceptUndeclaredSources() { evidence.acceptsUndeclaredSources = true }

    /// The sources in `text`, a JSON array.
    mutating func sources(_ text: String, at range: Range<Int>) {
        _ = decode(text, at: range) { decoder, node in decoder.decodeSources(node) }
    }

    /// The attributes in `text`, a JSON array, with their citations, and
    /// the claims on their values.
    mutating func attributes(_ text: String, at range: Range<Int>, reserved: Set<String>) -> (attributes: [Attribute], claims: [ImportedValueClaim])? {
        decode(text, at: range) { $0.decodeAttributes($1, reserved: reserved) } ?? nil
    }

    mutating func citations(_ text: String, at range: Range<Int>) -> [Citation]? {
        decode(text, at: range) { $0.decodeCitations($1) } ?? nil
    }

    /// The strings in `text`, a JSON array: `what` (aliases, claimants) in messages.
    mutating func strings(_ text: String, _ what: String, at range: Range<Int>) -> [String]? {
        decode(text, at: range) { $0.decodeStrings($1, what) } ?? nil
    }

    /// The claimants in `text`, JSON node ids, each checked to be a node of the file.
    mutating func claimants(_ text: String, at range: Range<Int>, of edge: String) -> [ImportReference] {
        let ids = strings(text, "claimants", at: range) ?? []
        for id in ids where !isNode(id) {
            error(.undeclaredNode, at: range, "\(edge)'s claimant \(StringLiteral.quoted(id)) is not a node of this file; declare the node or correct the id")
        }
        return ids.map { .key($0) }
    }

    /// Parses `text` as JSON and decodes it; problems are reported at
    /// `range`, the field in the XML, whose escapes make offsets within
    /// the JSON text differ from the file's.
    private mutating func decode<Value>(_ text: String, at range: Range<Int>,
                                        _ body: (inout JSONGraphDecoder, JSONNode) -> Value) -> Value? {
        switch JSONReader.parse(Array(text.utf8)) {
        case .failure(let failure):
            error(.malformedJSON, at: range, "malformed JSON in this field at character \(failure.offset + 1): \(failure.message)")
            return nil
        case .success(let node):
            let known = evidence.problems.count
            let value = body(&evidence, node)
            for problem in evidence.problems[known...] { error(problem.id, at: range, problem.message) }
            return evidence.problems.count == known ? value : nil
        }
    }

    // MARK: Values

    /// Whether `text` fits the declared `type` (GraphML's `attr.type`,
    /// GEXF's attribute `type`); reported at `range` when not. Types
    /// without a check (`string`, lists, URIs) take any text.
    mutating func check(_ text: String, type: String, at range: Range<Int>, _ what: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let fits: Bool
        switch type.lowercased() {
        case "int", "long", "integer": fits = Int64(trimmed) != nil
        case "float", "double": fits = Double(trimmed) != nil
        case "boolean": fits = ["true", "false", "1", "0"].contains(trimmed.lowercased())
        default: fits = true
        }
        if !fits {
            error(.mistypedValue, at: range, "\(what) is \(StringLiteral.quoted(text)), not a \(type) as its declaration says; correct the value or declare the key as a string")
        }
    }

    /// `text` as a date attribute `key` (`date`, `from`, `to`), or `nil`
    /// after reporting it at `range` when it is no date `.ag` takes.
    mutating func date(_ key: String, _ text: String, at range: Range<Int>) -> Attribute? {
        guard let date = PartialDate(text) else {
            error(.badDate, at: range, "\(key) \(StringLiteral.quoted(text)) is not a date that exists, YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return Attribute(key, date.description)
    }

    /// Attribute keys for fields called `names`, each distinct: the name
    /// made a key as ``ImportedAttributeKey/slug(_:onRelation:)`` does
    /// (`attribute` when nothing is left), and a second `Start Date`
    /// beside `start_date` becomes `start-date-2`.
    static func attributeKeys(_ names: [String], onRelation: Bool) -> [String] {
        var used = Set<String>()
        return names.map { name in
            let key = ImportedAttributeKey.slug(name, onRelation: onRelation) ?? "attribute"
            var candidate = key, number = 1
            while !used.insert(candidate).inserted {
                number += 1
                candidate = key + "-" + String(number)
            }
            return candidate
        }
    }

    /// Whether `leadingBytes` start, after an optional byte order mark,
    /// XML declaration, comments and blanks, with the element `<root`.
    static func startsWithRoot(_ root: String, _ leadingBytes: ArraySlice<UInt8>) -> Bool {
        var rest = leadingBytes
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        while true {
            rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            let closing: [UInt8]
            if rest.starts(with: "<?".utf8) { closing = Array("?>".utf8) } else if rest.starts(with: "<!--".utf8) { closing = Array("-->".utf8) } else { break }
            guard let end = rest.indices.first(where: { rest[$0...].starts(with: closing) }) else { return false }
            rest = rest[(end + closing.count)...]
        }
        guard rest.starts(with: ("<" + root).utf8) else { return false }
        let after = rest.dropFirst(root.utf8.count + 1).first
        return after.map { [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains($0) } ?? true
    }
}
