import ActorGraph
import Testing

/// Whole outputs of small fixtures, compared byte for byte with files
/// under `Golden/Expected/`: the DOT and timeline SVG writers, path
/// reports and diagnostics. A change in any output shows as a diff there.
struct GoldenTests {
    /// A fixture under a stable, relative path, as diagnostics print it.
    private func source(_ name: String) throws -> SourceFile {
        SourceFile(path: name, bytes: try fixture(name).bytes)
    }

    private func evidence() throws -> Graph {
        try #require(GraphCompiler.compile([try source("evidence.ag")]).graph)
    }

    private func strike() throws -> Graph {
        try #require(GraphCompiler.compile([try source("catalogue.ag"), try source("events.ag")]).graph)
    }

    @Test func dot() throws {
        try Golden.check(DOTWriter().write(try evidence()), "evidence.dot")
    }

    @Test func dotWithLegendClustersAndDirection() throws {
        let options = DrawingOptions(direction: .LR, legend: true, clusters: true, title: "Strike")
        try Golden.check(DOTWriter(options: options).write(try strike()), "strike-legend-clusters.dot")
    }

    @Test func dotOfAFocusedView() throws {
        let graph = try strike()
        let center = try graph.entity(named: "nujaba")
        let view = graph.view.egoView(center: center, radius: 1)
        try Golden.check(DOTWriter(options: DrawingOptions(highlight: .center(center))).write(view), "strike-focus.dot")
    }

    @Test func dotOfAPathOverTheFadedGraph() throws {
        let graph = try evidence()
        var finder = PathFinder(graph: graph)
        let paths = try finder.shortestSimplePaths(from: "ryder", to: "coal", k: 2)
        try Golden.check(DOTWriter(options: DrawingOptions(highlight: .paths(paths, in: graph))).write(graph), "evidence-path.dot")
    }

    @Test func json() throws {
        let bytes = try JSONExporter().export(try evidence().view, options: ExportOptions()).bytes
        try Golden.check(String(decoding: bytes, as: UTF8.self), "evidence.json")
    }

    @Test func timelineSVG() throws {
        try Golden.check(TimelineSVGWriter().write(try evidence().view, title: "Evidence"), "evidence-timeline.svg")
    }

    @Test func pathReportJSON() throws {
        let graph = try evidence()
        var finder = PathFinder(graph: graph)
        let (start, end) = (try graph.entity(named: "ryder"), try graph.entity(named: "coal"))
        let paths = finder.shortestSimplePaths(from: start, to: end, k: 3)
        try Golden.check(PathReport(view: graph.view, from: start, to: end, paths: paths, complete: true).json(), "evidence-paths.json")
    }

    @Test func diagnostics() throws {
        let result = GraphCompiler.compile([try source("errors.ag")])
        try Golden.check(TextDiagnosticFormatter().format(result.diagnostics), "errors.txt")
        try Golden.check(JSONDiagnosticFormatter().format(result), "errors.json")
    }
}
