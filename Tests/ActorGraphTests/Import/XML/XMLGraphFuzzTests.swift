import Testing
@testable import ActorGraph
import SyntheticGraphs

/// Damaged GraphML and GEXF, cut short or with bytes changed: each reading
/// gives a document, or diagnostics that all have a place; none crashes
/// or hangs.
struct XMLGraphFuzzTests {
    static let readers: [any GraphReader] = [GraphMLReader(), GEXFReader()]

    @Test(arguments: 0 ..< 30)
    func damagedFilesAreReportedOrRead(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &+ 5_000)
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "r.ag", text: RandomEvidenceGraphs.text(using: &random))]).graph)
        for (reader, valid) in zip(Self.readers, [GraphMLExporter.write(graph.view), GEXFExporter.write(graph.view)]) {
            var inputs: [[UInt8]] = []
            for _ in 0 ..< 15 {
                inputs.append(Array(valid.prefix(Int(random.next() % UInt64(valid.count)))))
                var flipped = valid
                for _ in 0 ... random.next() % 3 {
                    let alphabet = Array("<>/&;\"'=![]-?x é#".utf8) + [0, 0x0A, 0xFF]
                    flipped[Int(random.next() % UInt64(flipped.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                }
                inputs.append(flipped)
            }
            for input in inputs {
                let reading = reader.read(SourceFile(path: "f", bytes: input), settings: ImportSettings())
                if reading.document == nil {
                    #expect(reading.diagnostics.contains { $0.severity == .error })
                }
                #expect(reading.diagnostics.allSatisfy { $0.location != nil })
            }
        }
    }
}
