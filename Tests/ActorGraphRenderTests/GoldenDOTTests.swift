import ActorGraphRender
import Foundation
import Testing

/// The golden DOT files of the core's tests, as Graphviz itself reads and
/// draws them: each must parse without a warning and render to SVG that
/// is well-formed XML.
struct GoldenDOTTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ActorGraphTests/Golden/Expected").standardizedFileURL

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".dot") }.sorted()
    }

    @Test func thereAreGoldenDOTFiles() {
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func graphvizReadsAndDrawsIt(_ name: String) throws {
        let dot = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        var warnings: [String] = []
        let svg = try Graphviz.render(dot: dot, format: .svg, engine: .dot, warnings: &warnings)
        #expect(warnings.isEmpty, "\(warnings)")
        _ = try SVGTree(svg)
    }
}
