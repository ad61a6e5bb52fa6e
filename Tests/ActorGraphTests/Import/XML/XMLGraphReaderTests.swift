import Testing
@testable import ActorGraph
import SyntheticGraphs

/// What GraphML and GEXF readers do alike: read back what ActorGraph
/// wrote, and recognise their files.
struct XMLGraphReaderTests {
    @Test(arguments: ReadBack.Format.allCases, 0 ..< 150)
    func randomGraphsReadBack(format: ReadBack.Format, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = RandomEvidenceGraphs.text(using: &random, valueClaims: true)
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "r.ag", text: text)]).graph, "\(text)")
        try ReadBack.expect(format.exported(graph), matches: graph, carriesSources: format.carriesSources)
    }

    @Test(arguments: ReadBack.Format.allCases)
    func theEvidenceFixtureReadsBack(format: ReadBack.Format) throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        try ReadBack.expect(format.exported(graph), matches: graph, carriesSources: format.carriesSources)
    }

    @Test(arguments: ReadBack.Format.allCases)
    func aSyntheticGraphReadsBack(format: ReadBack.Format) throws {
        let text = SyntheticGraph(entityCount: 400, relationCount: 1_200, seed: 11).text()
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "s.ag", bytes: text)]).graph)
        try ReadBack.expect(format.exported(graph), matches: graph, carriesSources: format.carriesSources)
    }

    @Test(arguments: [
        (ReadBack.Format.graphml, "x.GraphML", "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- yEd -->\n<graphml xmlns=\"x\">", ["<graphmlx>", "<?xml version=\"1.0\"?><gexf>"]),
        (ReadBack.Format.gexf, "x.gexf", "<?xml version=\"1.0\"?><gexf xmlns=\"http://gexf.net/1.3\">", ["<graphml>", "<gexfs>"]),
    ])
    func theRegistryFindsTheReaderByExtensionAndByFirstBytes(format: ReadBack.Format, path: String, start: String, others: [String]) {
        let registry = FormatRegistry.standard
        #expect(registry.reader(named: format.rawValue)?.format.name == format.rawValue)
        #expect(registry.reader(for: SourceFile(path: path, text: ""))?.format.name == format.rawValue)
        #expect(registry.reader(for: SourceFile(path: "-", text: start))?.format.name == format.rawValue)
        for other in others { #expect(!format.reader.recognizes(ArraySlice(other.utf8)), "\(other)") }
    }
}
