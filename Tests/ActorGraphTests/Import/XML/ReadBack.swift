import Testing
@testable import ActorGraph

/// Checks that a document read from ActorGraph's own GraphML or GEXF says
/// what the exported graph says: every entity with its key, kind, name,
/// aliases, attributes and citations, every relation with its ends, type,
/// claim, claimants, attributes (dates and disputed values included) and
/// citations.
enum ReadBack {
    /// The XML formats ActorGraph writes and reads back.
    enum Format: String, CaseIterable, Sendable {
        case graphml, gexf

        var reader: any GraphReader { self == .graphml ? GraphMLReader() : GEXFReader() }

        /// Whether the format carries the sources, not only their ids.
        var carriesSources: Bool { self == .graphml }

        /// `graph` exported in this format and read back.
        func exported(_ graph: Graph) -> ImportReading {
            let bytes = self == .graphml ? GraphMLExporter.write(graph.view) : GEXFExporter.write(graph.view)
            return reader.read(SourceFile(path: "g." + rawValue, bytes: bytes), settings: ImportSettings())
        }
    }

    /// `text` as XML markup carries it: the exporters drop the characters
    /// XML 1.0 forbids or no reader shows (C0 controls but tab, newline
    /// and carriage return; DEL; C1 controls). JSON fields escape them instead.
    static func asXMLText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return true
            case 0 ..< 0x20, 0x7F ... 0x9F, 0xFFFE, 0xFFFF: return false
            default: return true
            }
        }))
    }

    /// A citation as both sides can say it: the source's id, quote and grade.
    struct CitationText: Hashable {
        var source: String
        var quote: String?
        var credibility: Int?
    }

    static func citations(_ list: [Citation], sources: [Source]) -> [CitationText] {
        list.map { CitationText(source: sources[$0.source].id, quote: $0.quote, credibility: $0.credibility) }
    }

    /// Attributes with their values and citations, sources named by id.
    static func attributes(_ list: [Attribute], sources: [Source]) -> [String] {
        list.map { attribute in
            attribute.key + ": " + attribute.values.map { "\($0.text) \($0.status) \(citations($0.citations, sources: sources))" }.joined(separator: " | ")
        }
    }

    /// The claims on the values of `list`, their claimants by id, as a reader gives them.
    static func valueClaims(_ list: [Attribute], in graph: Graph) -> [ImportedValueClaim] {
        list.flatMap { attribute in
            attribute.values.indices.filter { !attribute.values[$0].claimants.isEmpty }.map { value in
                ImportedValueClaim(key: attribute.key, value: value, claimants: attribute.values[value].claimants.map { .key(graph.entities[$0].id) })
            }
        }
    }

    static func expect(_ reading: ImportReading, matches graph: Graph, carriesSources: Bool,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(reading.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(reading.diagnostics))", sourceLocation: sourceLocation)
        let document = try #require(reading.document, sourceLocation: sourceLocation)
        if carriesSources {
            #expect(document.sources == graph.sources, sourceLocation: sourceLocation)
        }
        try #require(document.entities.count == graph.entities.count, sourceLocation: sourceLocation)
        for (read, entity) in zip(document.entities, graph.entities) {
            #expect(read.key == entity.id, sourceLocation: sourceLocation)
            #expect(read.kind == graph.schema.kinds[entity.kind].name, sourceLocation: sourceLocation)
            #expect(read.name == asXMLText(entity.name), sourceLocation: sourceLocation)
            #expect(read.aliases == entity.aliases, sourceLocation: sourceLocation)
            #expect(attributes(read.attributes, sources: document.sources) == attributes(entity.attributes, sources: graph.sources),
                    sourceLocation: sourceLocation)
            #expect(read.valueClaims == valueClaims(entity.attributes, in: graph), sourceLocation: sourceLocation)
            #expect(citations(read.citations, sources: document.sources) == citations(entity.citations, sources: graph.sources),
                    sourceLocation: sourceLocation)
        }
        try #require(document.relations.count == graph.relations.count, sourceLocation: sourceLocation)
        for (read, relation) in zip(document.relations, graph.relations) {
            #expect(read.subject == .key(graph.entities[relation.subject].id), sourceLocation: sourceLocation)
            #expect(read.object == .key(graph.entities[relation.object].id), sourceLocation: sourceLocation)
            #expect(read.type == graph.schema.relationTypes[relation.type].name, sourceLocation: sourceLocation)
            #expect(read.status == relation.status, sourceLocation: sourceLocation)
            #expect(read.claimants == relation.claimants.map { .key(graph.entities[$0].id) }, sourceLocation: sourceLocation)
            #expect(attributes(read.attributes, sources: document.sources) == attributes(relation.attributes, sources: graph.sources),
                    sourceLocation: sourceLocation)
            #expect(read.valueClaims == valueClaims(relation.attributes, in: graph), sourceLocation: sourceLocation)
            #expect(citations(read.citations, sources: document.sources) == citations(relation.citations, sources: graph.sources),
                    sourceLocation: sourceLocation)
        }
    }

    /// The document of a reading that must have no problems.
    static func document(_ reading: ImportReading, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ImportDocument {
        #expect(reading.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(reading.diagnostics))", sourceLocation: sourceLocation)
        return try #require(reading.document, sourceLocation: sourceLocation)
    }

    /// Each entity as `KEY KIND "NAME" KEY=VALUE ...`, then each relation
    /// as `SUBJECT TYPE OBJECT KEY=VALUE ...`, to compare what a file of
    /// another program gives at a glance; a missing key, kind or type is `-`.
    static func summary(_ document: ImportDocument) -> [String] {
        func attributes(_ list: [Attribute]) -> String { list.map { " \($0.key)=\($0.value)" }.joined() }
        return document.entities.map { "\($0.key ?? "-") \($0.kind.isEmpty ? "-" : $0.kind) \(StringLiteral.quoted($0.name))" + attributes($0.attributes) }
            + document.relations.map { "\($0.subject) \($0.type.isEmpty ? "-" : $0.type) \($0.object)" + attributes($0.attributes) }
    }

    /// Every diagnostic as `LINE:COLUMN: ID`, to compare places at a glance.
    static func places(_ reading: ImportReading) -> [String] {
        reading.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.id)" }
    }
}
