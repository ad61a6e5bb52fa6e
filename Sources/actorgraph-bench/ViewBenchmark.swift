import ActorGraph
import Foundation

/// What an evidence filter or a selection costs on the loaded graph, now
/// that each is a view (masks over the same arrays) rather than a rebuild:
/// the figures to set beside the load time, which a rebuild used to repeat.
enum ViewBenchmark {
    static func rows(_ graph: Graph, runs: Int) -> [[String]] {
        let center = graph.entities.count / 2
        let asOf = PartialDate("2024-01-10")!
        let cases: [(String, () -> GraphView)] = [
            ("--as-of 2024-01-10", { graph.filtered(by: EvidenceFilter(asOf: asOf)) }),
            ("--min-status confirmed", { graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed)) }),
            ("--focus ACTOR --radius 1", { graph.view.egoView(center: center, radius: 1) }),
            ("--as-of, then --focus --radius 2", { graph.filtered(by: EvidenceFilter(asOf: asOf)).egoView(center: center, radius: 2) }),
        ]
        return cases.map { name, make in
            let measured = Measure.time(runs: runs, make)
            return [name, Report.seconds(Measure.median(measured.seconds)),
                    "\(measured.result.entityCount) entities, \(measured.result.relationCount) relations"]
        }
    }
}
