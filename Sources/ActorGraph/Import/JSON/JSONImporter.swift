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
public struct JSONImporter: GraphImporter {
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
        // Lines are found only when there is something to report.
        var locator: SourceLocator
        switch JSONReader.parse(file.bytes) {
        case .failure(let failure):
            locator = SourceLocator(file)
            let location = locator.location(at: failure.offset, length: 1)
            return ImportResult(source: nil, diagnostics: [Diagnostic(.error, .malformedJSON, "malformed JSON: \(failure.message)", at: location)])
        case .success(let root):
            var decoder = JSONGraphDecoder()
            decoder.decode(root)
            guard decoder.problems.isEmpty else {
                locator = SourceLocator(file)
                let diagnostics = decoder.problems.sorted { $0.offset < $1.offset }.map {
                    Diagnostic(.error, $0.id, $0.message, at: locator.location(at: $0.offset, length: $0.length))
                }
                return ImportResult(source: nil, diagnostics: diagnostics)
            }
            let text = AGWriter.write(schema: decoder.schema, sources: decoder.sources, entities: decoder.entities, relations: decoder.relations,
                                      entityOrder: .given)
            return ImportResult(source: SourceFile(path: file.path + " (as .ag)", text: text))
        }
    }
}
