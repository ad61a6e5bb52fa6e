import Foundation
import Testing
@testable import ActorGraph

struct PathReportTests {
    @Test func describesEveryHopWithItsEvidence() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        var finder = PathFinder(graph: graph)
        let found = finder.shortestPath(from: graph.entity(id: "ryder")!, to: graph.entity(id: "nujaba")!)
        let path = try #require(found)
        let report = PathReport(view: graph.view, from: path.start, to: graph.entity(id: "nujaba")!, paths: [path], complete: true)
        #expect(report.paths[0].length == 2)
        let strike = report.paths[0].hops[1]
        #expect(strike.relation == "attacked" && strike.direction == "forward" && strike.status == "confirmed")
        #expect(strike.by.map(\.id) == ["ryder"])
        #expect(strike.when == "2024-01-04")
        #expect(strike.sources.map(\.id) == ["r000", "r001"])
        #expect(strike.sources[0].quote == "its forces" && strike.sources[0].credibility == 1 && strike.sources[0].reliability == "B")

        let decoded = try JSONDecoder().decode(PathReport.self, from: Data(report.json().utf8))
        #expect(decoded == report)
    }

    @Test func aHopCitingAReportAndItsCopySaysWhichRepeatsWhich() throws {
        let graph = try ActorGraphTests.graph(CorroborationTests.copied)
        let (a, b) = (graph.entity(id: "a")!, graph.entity(id: "b")!)
        var finder = PathFinder(graph: graph)
        let found = finder.shortestPath(from: a, to: b)
        let path = try #require(found)
        #expect(path.evidence(in: graph) == ["A -attacked-> B  r000, r001 — 2 reports, 1 independent (r001 repeats r000)"])
        let hop = PathReport(view: graph.view, from: a, to: b, paths: [path], complete: true).paths[0].hops[0]
        #expect(hop.independent == 1)
        #expect(hop.sources.map(\.repeats) == [nil, "r000"])
    }
}
