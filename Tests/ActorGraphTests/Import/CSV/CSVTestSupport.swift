import Testing
@testable import ActorGraph

/// Reading inline CSV text, as file `t.csv`, with an optional inline mapping `m.json`.
enum CSVTest {
    static func read(_ text: String, mapping: String? = nil, format: GraphFormat = CSVReader.csv) -> ImportReading {
        read(bytes: Array(text.utf8), mapping: mapping, format: format)
    }

    static func read(bytes: [UInt8], mapping: String? = nil, format: GraphFormat = CSVReader.csv) -> ImportReading {
        let settings = ImportSettings(mapping: mapping.map { SourceFile(path: "m.json", text: $0) })
        return CSVReader(format: format).read(SourceFile(path: format == CSVReader.tsv ? "t.tsv" : "t.csv", bytes: bytes), settings: settings)
    }

    /// The document of text that must read without problems.
    static func document(_ text: String, mapping: String? = nil, format: GraphFormat = CSVReader.csv,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ImportDocument {
        let reading = read(text, mapping: mapping, format: format)
        #expect(reading.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(reading.diagnostics))", sourceLocation: sourceLocation)
        return try #require(reading.document, sourceLocation: sourceLocation)
    }

    /// Each diagnostic as `path:line:column: id: message`.
    static func problems(_ text: String, mapping: String? = nil) -> [String] {
        problems(read(text, mapping: mapping))
    }

    static func problems(_ reading: ImportReading) -> [String] {
        #expect(reading.document == nil)
        return reading.diagnostics.map { diagnostic in
            let place = diagnostic.location.map { "\($0.path):\($0.line):\($0.column): " } ?? ""
            return "\(place)\(diagnostic.id): \(diagnostic.message)"
        }
    }
}
