@testable import ActorGraph
import Foundation
import SyntheticGraphs
import Testing

/// `.ag` → JSON → `.ag` gives the same graph, entity for entity and
/// relation for relation in the same order, and JSON written again is the
/// same bytes; bad JSON is reported where it is wrong, never with a
/// crash or ill-formed `.ag`.
struct JSONImporterTests {
    /// The JSON of `graph`, as `export --to json` writes it.
    static func json(_ graph: Graph) -> [UInt8] { JSONExporter.write(graph.view) }

    /// `bytes` read by the importer and compiled.
    static func reimport(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Graph {
        let imported = JSONImporter().translate(SourceFile(path: "g.json", bytes: bytes))
        #expect(imported.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(imported.diagnostics))", sourceLocation: sourceLocation)
        let source = try #require(imported.source, sourceLocation: sourceLocation)
        let result = GraphCompiler.compile([source])
        #expect(result.errorCount == 0, "\(TextDiagnosticFormatter().format(result.diagnostics))\n\(String(decoding: source.bytes, as: UTF8.self))",
                sourceLocation: sourceLocation)
        return try #require(result.graph, sourceLocation: sourceLocation)
    }

    /// Everything a graph holds, in order.
    struct Contents: Equatable {
        var kinds: [EntityKind]
        var relationTypes: [RelationType]
        var sources: [Source]
        var entities: [Entity]
        var relations: [Relation]

        init(_ graph: Graph) {
            (kinds, relationTypes) = (graph.schema.kinds, graph.schema.relationTypes)
            (sources, entities, relations) = (graph.sources, graph.entities, graph.relations)
        }
    }

    /// Compares a graph with its reimport, and checks that JSON written
    /// from the reimport is the same bytes as the first.
    static func expectRoundTrip(_ original: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let first = json(original)
        let back = try reimport(first, sourceLocation: sourceLocation)
        #expect(Contents(back) == Contents(original), sourceLocation: sourceLocation)
        #expect(json(back) == first, sourceLocation: sourceLocation)
    }

    @Test(arguments: 0 ..< 300)
    func randomGraphsComeBackTheSame(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = RandomEvidenceGraphs.text(using: &random, valueClaims: true)
        let result = GraphCompiler.compile([SourceFile(path: "r.ag", text: text)])
        #expect(result.errorCount == 0, "\(TextDiagnosticFormatter().format(result.diagnostics))\n\(text)")
        try Self.expectRoundTrip(try #require(result.graph))
    }

    @Test func theEvidenceFixtureComesBackTheSame() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        try Self.expectRoundTrip(graph)
    }

    @Test func theCatalogueAndEventsComeBackTheSame() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("catalogue.ag"), try fixture("events.ag")]).graph)
        try Self.expectRoundTrip(graph)
    }

    @Test func aJSONFileReadsBesideAGFiles() throws {
        let catalogue = try #require(GraphCompiler.compile([try fixture("catalogue.ag")]).graph)
        let imported = try #require(JSONImporter().translate(SourceFile(path: "c.json", bytes: Self.json(catalogue))).source)
        let result = GraphCompiler.compile([imported, try fixture("events.ag")])
        let direct = try #require(GraphCompiler.compile([try fixture("catalogue.ag"), try fixture("events.ag")]).graph)
        #expect(Contents(try #require(result.graph)) == Contents(direct))
    }

    // MARK: Recognising and registering

    @Test func recognisesActorGraphJSONByItsFirstBytes() {
        let importer = JSONImporter()
        #expect(importer.recognizes(ArraySlice(#"{"format":"actorgraph","version":1"#.utf8)))
        #expect(importer.recognizes(ArraySlice("\n { \"format\" :\t\"actorgraph\"".utf8)))
        #expect(!importer.recognizes(ArraySlice(#"{"nodes":[]}"#.utf8)))
        #expect(!importer.recognizes(ArraySlice("person a".utf8)))
        #expect(FormatRegistry.standard.importer(for: SourceFile(path: "g.json", text: "")).format.name == "json")
        #expect(FormatRegistry.standard.importer(for: SourceFile(path: "-", text: #"{"format": "actorgraph"}"#)).format.name == "json")
    }

    // MARK: Bad input

    /// The diagnostics of `text` read as JSON.
    static func problems(_ text: String) -> [Diagnostic] {
        let result = JSONImporter().translate(SourceFile(path: "bad.json", text: text))
        #expect(result.source == nil)
        return result.diagnostics
    }

    @Test func malformedJSONIsReportedWhereItIsWrong() throws {
        let found = Self.problems("{\"format\": \"actorgraph\",\n  \"version\": 1,\n  \"schema\": {\"kinds\": [}\n}")
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.id == .malformedJSON)
        #expect((diagnostic.location?.line, diagnostic.location?.column) == (3, 24))
        #expect(diagnostic.message.contains("expected a value, found '}'"))
        #expect(Self.problems("{\"a\": \"x").first?.message.contains("never closed") == true)
        #expect(Self.problems(String(repeating: "[", count: 100_000)).first?.message.contains("nested deeper") == true)
    }

    /// Ids whose diagnostics only the `.ag` parser gives: any of them on
    /// the importer's text would mean it wrote something ill-formed.
    static let syntaxIDs: Set<DiagnosticID> = [
        .invalidUTF8, .unexpectedCharacter, .unterminatedString, .invalidEscape, .invalidUnicodeEscape, .expectedStatement,
        .expectedEndOfLine, .expectedAlias, .expectedColon, .expectedValue, .unexpectedToken, .unclosedBracket, .nestedList,
        .malformedDeclaration, .missingID, .quotedID, .unquotedName, .malformedEntity, .malformedRelation, .quotedRelationType,
        .severalWords, .malformedCitation, .malformedSource, .keywordAsName, .reservedID,
    ]

    /// Random bytes, truncations and byte flips of real exports: never a
    /// crash or a hang, always a diagnostic or well-formed `.ag`.
    @Test(arguments: 0 ..< 40)
    func fuzzedInputIsReportedOrWellFormed(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &+ 1_000)
        let valid = Self.json(try #require(GraphCompiler.compile([SourceFile(path: "r.ag", text: RandomEvidenceGraphs.text(using: &random, valueClaims: true))]).graph))
        var inputs: [[UInt8]] = [(0 ..< random.next() % 200).map { _ in UInt8(truncatingIfNeeded: random.next()) }]
        for _ in 0 ..< 20 {
            inputs.append(Array(valid.prefix(Int(random.next() % UInt64(valid.count)))))
            var flipped = valid
            for _ in 0 ... random.next() % 3 {
                let alphabet = Array(#"{}[]":,\ "a-1.é"#.utf8) + [0, 0x0A, 0xFF]
                flipped[Int(random.next() % UInt64(flipped.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            inputs.append(flipped)
        }
        for input in inputs {
            let result = JSONImporter().translate(SourceFile(path: "f.json", bytes: input))
            if let source = result.source {
                let ids = Set(DiagnosticIDTests.all(GraphCompiler.compile([source]).diagnostics).map(\.id))
                #expect(ids.isDisjoint(with: Self.syntaxIDs), "\(ids)\n\(String(decoding: source.bytes, as: UTF8.self))")
            } else {
                #expect(!result.diagnostics.isEmpty && result.diagnostics.allSatisfy { $0.location != nil })
            }
        }
    }

    // MARK: Claims on values

    @Test func aValuesClaimIsWrittenOnlyWhenItIsOne() throws {
        let graph = try ActorGraphTests.graph(EvidenceChecksTests.valueClaims)
        let text = String(decoding: Self.json(graph), as: UTF8.self)
        #expect(text.contains(#"{"text":"iran","citations":[{"source":"r0"}],"status":"assessed","claimants":["us-military"]}"#))
        #expect(text.contains(#"{"text":"3","citations":[{"source":"r0"}]}"#))
        try Self.expectRoundTrip(graph)
    }

    @Test func aValuesClaimantMayBeAnEntityListedAfterIt() throws {
        let json = #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":[]},"sources":[],"entities":["#
            + #"{"id":"a","kind":"group","name":"A","attributes":[{"key":"made-in","values":[{"text":"iran","status":"assessed","claimants":["b"]}]}]},"#
            + #"{"id":"b","kind":"state","name":"B"}],"relations":[{"subject":"b","type":"attacked","object":"a"}]}"#
        let graph = try Self.reimport(Array(json.utf8))
        let value = graph.entities[0].attributes[0].values[0]
        #expect(value.status == .assessed && value.claimants == [1])
    }

    @Test func aValuesUnknownClaimantOrStatusIsReported() {
        let json = #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":[]},"sources":[],"entities":["#
            + #"{"id":"a","kind":"group","name":"A","attributes":[{"key":"k","values":[{"text":"x","status":"asessed"}]}]},"#
            + #"{"id":"b","kind":"group","name":"B","attributes":[{"key":"k","values":[{"text":"y","claimants":["zz"]}]}]}],"#
            + #""relations":[]}"#
        let found = Self.problems(json)
        #expect(found.map(\.id) == [.unknownStatus, .unknownEntity])
    }
}

