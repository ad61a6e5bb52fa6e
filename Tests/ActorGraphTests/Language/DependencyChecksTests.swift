import Testing
@testable import ActorGraph

/// `copies:` and `derived-from:` on sources: read, kept as written, and checked.
struct DependencyChecksTests {
    static let declared = """
    source r000 "EFE" [reliability: B]
    source reuters "Reuters wire copy, not at hand" [outlet: "Reuters", date: 2024-01-04]
    source r001 "AA" [copies: r000 "3-8", derived-from: reuters "1-2, 9-10", r000 "12"]
    source r004 "Rewrite" [derived-from: reuters]
    person a
    a attacked a [src: r000, r001, r004]
    """

    @Test func dependenciesResolveToTheOriginalsWithTheirLines() throws {
        let graph = try ActorGraphTests.graph(Self.declared)
        let (r000, reuters, r001, r004) = (0, 1, 2, 3)
        #expect(graph.sourceDependencies[r001] == [
            SourceDependency(kind: .copies, original: r000, lines: [3...8]),
            SourceDependency(kind: .derivedFrom, original: reuters, lines: [1...2, 9...10]),
            SourceDependency(kind: .derivedFrom, original: r000, lines: [12...12]),
        ])
        #expect(graph.sourceDependencies[r004] == [SourceDependency(kind: .derivedFrom, original: reuters)])
        #expect(graph.sourceDependencies[r000].isEmpty)
        #expect(graph.declaresDependencies)
        // The attributes keep the declarations as written, for every writer and exporter.
        #expect(graph.sources[r001].attributes.map(\.key) == ["copies", "derived-from"])
        #expect(graph.sources[r001].attributes[1].values.map(\.text) == [#"reuters "1-2, 9-10""#, #"r000 "12""#])
    }

    @Test func theWriterAndTheJSONRoundTripKeepThem() throws {
        let graph = try ActorGraphTests.graph(Self.declared)
        let written = AGWriter.write(graph)
        #expect(written.contains(#"[copies: r000 "3-8", derived-from: reuters "1-2, 9-10", r000 "12"]"#))
        #expect(try ActorGraphTests.graph(written).sourceDependencies == graph.sourceDependencies)
        let reimported = try JSONImporterTests.reimport(JSONImporterTests.json(graph))
        #expect(reimported.sources.map(\.attributes) == graph.sources.map(\.attributes))
        #expect(reimported.sourceDependencies == graph.sourceDependencies)
    }

    @Test func anUnknownOriginalSuggestsTheNearestSource() {
        expectDiagnostic("source r000\nsource r001 [copies: r0000]", .error, line: 2, column: 22, "'copies: r0000' names no declared source; did you mean 'r000'")
        expectDiagnostic("source r001 [derived-from: reuters]", .error, line: 1, column: 28, "declare it, even unseen, with 'source reuters \"title\"'")
    }

    @Test func aSourceCannotRepeatItself() {
        expectDiagnostic("source r001 [copies: r001 \"2\"]", .error, line: 1, column: 22, "source 'r001' cannot repeat itself")
    }

    @Test func aCycleIsSpelledOutAtTheFirstDeclaration() {
        let text = "source r1 [copies: r2]\nsource r2 [derived-from: r3 \"4\"]\nsource r3 [copies: r1 \"1-2\"]\nsource r4 [copies: r1]"
        expectDiagnostic(text, .error, line: 1, column: 20, "sources repeat each other in a circle: r1 copies r2, r2 derived-from r3, r3 copies r1;")
    }

    @Test(arguments: ["3-", "8-3", "0", "x", "", "1,,2", "2-3-4"])
    func aMalformedLineRangeIsReportedAtTheString(_ ranges: String) {
        expectDiagnostic("source r0\nsource r1 [copies: r0 \"\(ranges)\"]", .error, line: 2, column: 23, "is not a list of line ranges; write the lines")
    }

    @Test func aValueOfAnotherFormSaysWhatIsExpected() {
        expectDiagnostic("source r0\nsource r1 [copies: r0 3-8]", .error, line: 2, column: 23, "takes one quoted string of line ranges")
        expectDiagnostic("source r0\nsource r1 [copies: \"r0\"]", .error, line: 2, column: 20, "names the source repeated by its id")
    }
}
