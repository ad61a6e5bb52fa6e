/// ActorGraph's own JSON (``JSONExporter``, version 1), read back with
/// nothing lost: the schema, the sources, every entity and relation with
/// their evidence, entities in their order. The document is translated
/// into canonical `.ag` text by ``AGWriter`` and checked with the other
/// inputs, so a `.json` file can stand beside `.ag` files in any command.
///
/// Problems in the JSON are reported at its own lines and columns: where
/// it is malformed, a field that is missing or of the wrong type, a name
/// `.ag` cannot write, a reference to nothing. What only the checker
/// finds (an endpoint rule broken, a name shared by two entities) is
/// reported on the translated text, named `FILE (as .ag)`.
///
/// As a ``GraphReader`` for `actorgraph import` it gives the same items,
/// each with its place in the file, to be matched against a catalogue.
public struct JSONImporter: GraphImporter, GraphReader {
    /// The format: `json`, extension `.json`.
    public static let format = GraphFormat(name: "json", extensions: ["json"], summary: "ActorGraph's own JSON, read back losslessly")

    /// Creates the importer.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// Whether the bytes start with `{` and, before any other key, `"format": "actorgraph"`,
    /// as ``JSONExporter`` writes them (blanks allowed around each token).
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        var rest = leadingBytes
        for token in ["{", "\"format\"", ":", "\"actorgraph\""] {
            rest = rest.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
            guard rest.starts(with: token.utf8) else { return false }
            rest = rest.dropFirst(token.utf8.count)
        }
        return true
    }

    public func translate(_ file: SourceFile) -> ImportResult {
        switch decode(file) {
        case .failure(let failure):
            return ImportResult(source: nil, diagnostics: failure.diagnostics)
        case .success(let decoder):
            let text = AGWriter.write(schema: decoder.schema, sources: decoder.sources, entities: decoder.entities, relations: decoder.relations,
                                      entityOrder: .given)
            return ImportResult(source: SourceFile(path: file.path + " (as .ag)", text: text))
        }
    }

    /// The document's items, each cited as `entity ID` or `relation N`
    /// (its place in `"relations"`, from 1), kinds and types by name,
    /// ends and claimants by id.
    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        switch decode(file) {
        case .failure(let failure):
            return ImportReading(document: nil, diagnostics: failure.diagnostics)
        case .success(let decoder):
            let ids = decoder.entities.map(\.id)
            let entities = zip(decoder.entities, decoder.entitySpans).map { entity, span in
                let (attributes, claims) = Self.valueClaims(entity.attributes, ids: ids)
                var imported = ImportedEntity(key: entity.id, kind: decoder.schema.kinds[entity.kind].name, name: entity.name, aliases: entity.aliases,
                                              attributes: attributes, valueClaims: claims, citations: entity.citations,
                                              origin: ImportOrigin(element: "entity \(entity.id)", span: span))
                imported.aliasNotes = entity.aliasNotes
                return imported
            }
            let relations = zip(decoder.relations, decoder.relationSpans).enumerated().map { number, pair in
                let (relation, span) = pair
                let (attributes, claims) = Self.valueClaims(relation.attributes, ids: ids)
                return ImportedRelation(subject: .key(ids[relation.subject]), type: decoder.schema.relationTypes[relation.type].name,
                                        object: .key(ids[relation.object]), status: relation.status,
                                        claimants: relation.claimants.map { .key(ids[$0]) }, attributes: attributes, valueClaims: claims,
                                        citations: relation.citations, origin: ImportOrigin(element: "relation \(number + 1)", span: span))
            }
            return ImportReading(document: ImportDocument(file: file, format: format.name, schema: decoder.schema, sources: decoder.sources,
                                                          entities: entities, relations: relations))
        }
    }

    /// `attributes` without their values' claimants, and those claimants
    /// named by the document's keys, for the assembler to resolve.
    private static func valueClaims(_ attributes: [Attribute], ids: [String]) -> ([Attribute], [ImportedValueClaim]) {
        var attributes = attributes, claims: [ImportedValueClaim] = []
        for attribute in attributes.indices {
            for value in attributes[attribute].values.indices where !attributes[attribute].values[value].claimants.isEmpty {
                let claimants = attributes[attribute].values[value].claimants
                claims.append(ImportedValueClaim(key: attributes[attribute].key, value: value, claimants: claimants.map { .key(ids[$0]) }))
                attributes[attribute].values[value].claimants = []
            }
        }
        return (attributes, claims)
    }

    /// The decoded document, or its problems at the JSON's own lines and columns.
    private func decode(_ file: SourceFile) -> Result<JSONGraphDecoder, DecodeFailure> {
        // Lines are found only when there is something to report.
        var locator: SourceLocator
        switch JSONReader.parse(file.bytes) {
        case .failure(let failure):
            locator = SourceLocator(file)
            let location = locator.location(at: failure.offset, length: 1)
            return .failure(DecodeFailure([Diagnostic(.error, .malformedJSON, "malformed JSON: \(failure.message)", at: location)]))
        case .success(let root):
            var decoder = JSONGraphDecoder()
            decoder.decode(root)
            guard decoder.problems.isEmpty else {
                locator = SourceLocator(file)
                return .failure(DecodeFailure(decoder.problems.sorted { $0.offset < $1.offset }.map {
                    Diagnostic(.error, $0.id, $0.message, at: locator.location(at: $0.offset, length: $0.length))
                }))
            }
            return .success(decoder)
        }
    }
}

/// The diagnostics of a JSON document that cannot be read.
private struct DecodeFailure: Error {
    var diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
