import ActorGraph
import Foundation
import SyntheticGraphs

/// What an evidence filter or a selection costs on the loaded graph, now
/// that each is a view (masks over the same arrays) rather than a rebuild:
/// the figures to set beside the load time, which a rebuild used to repeat.
enum ViewBenchmark {
    static func rows(_ graph: Graph, runs: Int) -> [[String]] {
        let center = graph.entities.count / 2
        let asOf = PartialDate("2024-01-10")!
        return measure(runs: runs, [
            ("--as-of 2024-01-10", { graph.filtered(by: EvidenceFilter(asOf: asOf)) }),
            ("--min-status confirmed", { graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed)) }),
            ("--focus ACTOR --radius 1", { graph.view.egoView(center: center, radius: 1) }),
            ("--as-of, then --focus --radius 2", { graph.filtered(by: EvidenceFilter(asOf: asOf)).egoView(center: center, radius: 2) }),
        ])
    }

    /// The filters that read citations, on a graph of the same size whose
    /// every relation cites one of 100 sources dated across January 2024
    /// (a quarter only to the month): the benchmark's own graph cites none.
    static func citedRows(entities: Int, relations: Int, runs: Int) -> [[String]] {
        let text = SyntheticGraph(entityCount: entities, relationCount: relations, seed: 2024, sourceCount: 100).text()
        guard let graph = GraphCompiler.compile([SourceFile(path: "cited.ag", bytes: text)]).graph else {
            Options.fail("the cited synthetic graph did not check")
        }
        let knownBy = PartialDate("2024-01-10")!
        return measure(runs: runs, [
            ("--known-by 2024-01-10 (every relation cited)", { graph.filtered(by: EvidenceFilter(knownBy: knownBy)) }),
            ("--source s1 (every relation cited)", { graph.filtered(by: EvidenceFilter(source: 1)) }),
        ])
    }

    private static func measure(runs: Int, _ cases: [(String, () -> GraphView)]) -> [[String]] {
        cases.map { name, make in
            let measured = Measure.time(runs: runs, make)
            return [name, Report.seconds(Measure.median(measured.seconds)),
                    "\(measured.result.entityCount) entities, \(measured.result.relationCount) relations"]
        }
    }
}
