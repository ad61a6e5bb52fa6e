import ActorGraph
import Foundation
import SyntheticGraphs

/// Path queries on a large synthetic graph (default 1,000,000 entities,
/// 5,000,000 relations): shortest paths between random pairs, radius-2
/// neighbourhoods, and betweenness on a 10,000-relation graph, each timed
/// beside NetworkX on the same graph and the same queries, whose answers
/// must agree.
struct QueryBenchmark {
    let options: Options

    /// What one side of the comparison measured and answered.
    struct Results {
        var pathSeconds: [Double] = []
        var pathLengths: [Int?] = []
        var neighborhoodSeconds: [Double] = []
        var neighborhoodSizes: [Int] = []
        var betweennessSeconds = 0.0
        var betweennessTop: [(entity: Int, score: Double)] = []
    }

    func run() throws {
        let entities = options.entities ?? 1_000_000, relations = options.relations ?? 5_000_000
        let baseline = Measure.liveMemoryBytes()
        print("== queries: \(entities) entities, \(relations) relations")
        let (graph, loadSeconds, textBytes) = load(entities: entities, relations: relations)
        let graphMemory = Measure.liveMemoryBytes() - baseline
        print("loaded \(Report.mebibytes(textBytes)) of .ag text in \(Report.seconds(loadSeconds)) (parse + check)")

        var random = SplitMix64(seed: 7)
        let pairs = (0..<options.pairs).map { _ in (Int.random(in: 0..<entities, using: &random), Int.random(in: 0..<entities, using: &random)) }
        let centers = (0..<20).map { _ in Int.random(in: 0..<entities, using: &random) }
        let small = SyntheticGraph(entityCount: 2_000, relationCount: 10_000, seed: 11)
        let smallGraph = GraphCompiler.compile([SourceFile(path: "small.ag", bytes: small.text())]).graph!

        var ours = Results()
        var finder = PathFinder(graph: graph)
        _ = finder.shortestPath(from: pairs[0].0, to: pairs[0].1)  // first use touches the scratch pages
        for (start, end) in pairs {
            let (seconds, path) = Measure.once { finder.shortestPath(from: start, to: end) }
            ours.pathSeconds.append(seconds)
            ours.pathLengths.append(path?.length)
        }
        for center in centers {
            let (seconds, neighbors) = Measure.once { graph.neighborhood(of: center, radius: 2) }
            ours.neighborhoodSeconds.append(seconds)
            ours.neighborhoodSizes.append(neighbors.count)
        }
        let (betweennessSeconds, scores) = Measure.once { Centrality.betweenness(smallGraph.view) }
        ours.betweennessSeconds = betweennessSeconds
        ours.betweennessTop = Centrality.ranking(scores).prefix(10).map { ($0, scores[$0]) }

        var theirs: NetworkXComparison.Answer?
        if options.networkX {
            theirs = try NetworkXComparison.run(graph: graph, small: smallGraph, pairs: pairs, centers: centers)
        }
        report(ours: ours, theirs: theirs, graph: graph, loadSeconds: loadSeconds, graphMemory: graphMemory)
    }

    /// Generates the text and compiles it; the text is freed on return, so
    /// what stays resident afterwards is the graph.
    private func load(entities: Int, relations: Int) -> (Graph, Double, Int) {
        let text = SyntheticGraph(entityCount: entities, relationCount: relations, seed: 2024).text()
        let (seconds, result) = Measure.once { GraphCompiler.compile([SourceFile(path: "synthetic.ag", bytes: text)]) }
        guard let graph = result.graph else { Options.fail("the synthetic graph did not check") }
        return (graph, seconds, text.count)
    }

    private func report(ours: Results, theirs: NetworkXComparison.Answer?, graph: Graph, loadSeconds: Double, graphMemory: Int) {
        func ratio(_ mine: Double, _ other: Double?) -> String {
            guard let other, mine > 0 else { return "" }
            return String(format: "%.0fx", other / mine)
        }
        func percentile(_ values: [Double], _ fraction: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
        }
        let pathMedian = Measure.median(ours.pathSeconds)
        let theirPath = theirs.map { Measure.median($0.shortestPath.seconds) }
        let theirPathP90 = theirs.map { percentile($0.shortestPath.seconds, 0.9) }
        let neighborhoodMedian = Measure.median(ours.neighborhoodSeconds)
        let theirNeighborhood = theirs.map { Measure.median($0.neighborhood.seconds) }
        let theirBetweenness = theirs?.betweenness?.seconds
        let missing = theirs == nil ? "(skipped)" : ""
        print("")
        Report.table(["", "ActorGraph", "NetworkX \(theirs?.networkxVersion ?? "")", "ratio"], [
            ["shortest path, median of \(ours.pathSeconds.count) pairs", Report.seconds(pathMedian), theirPath.map(Report.seconds) ?? missing, ratio(pathMedian, theirPath)],
            ["shortest path, 90th percentile", Report.seconds(percentile(ours.pathSeconds, 0.9)), theirPathP90.map(Report.seconds) ?? missing,
             ratio(percentile(ours.pathSeconds, 0.9), theirPathP90)],
            ["neighbourhood radius 2, median of 20", Report.seconds(neighborhoodMedian), theirNeighborhood.map(Report.seconds) ?? missing,
             ratio(neighborhoodMedian, theirNeighborhood)],
            ["betweenness, 2,000 entities / 10,000 relations", Report.seconds(ours.betweennessSeconds), theirBetweenness.map(Report.seconds) ?? missing,
             ratio(ours.betweennessSeconds, theirBetweenness)],
            ["load the graph", Report.seconds(loadSeconds) + " (.ag)", theirs.map { Report.seconds($0.loadSeconds) + " (edge list)" } ?? missing, ""],
            ["memory of the loaded graph", Report.mebibytes(graphMemory), theirs.map { Report.mebibytes(Int($0.peakMemoryMib * 1_048_576)) + " (peak)" } ?? missing, ""],
        ])
        print("ActorGraph peak resident memory, whole run: \(Report.mebibytes(Measure.peakMemoryBytes()))")
        print("")
        print("Filters and selections as views of the loaded graph (median of \(options.runs); a reload took \(Report.seconds(loadSeconds))):")
        Report.table(["view", "median", "what it keeps"],
                     ViewBenchmark.rows(graph, runs: options.runs)
                         + ViewBenchmark.citedRows(entities: graph.entities.count, relations: graph.relations.count, runs: options.runs))
        if let theirs { agreement(ours: ours, theirs: theirs) }
    }

    /// NetworkX is the oracle here: every answer must be the same.
    private func agreement(ours: Results, theirs: NetworkXComparison.Answer) {
        let lengths = zip(ours.pathLengths, theirs.shortestPath.lengths).filter { $0 == $1 }.count
        let sizes = zip(ours.neighborhoodSizes, theirs.neighborhood.sizes).filter { $0 == $1 }.count
        var betweenness = "skipped"
        if let top = theirs.betweenness?.top {
            let same = top.count == ours.betweennessTop.count && zip(ours.betweennessTop, top).allSatisfy { mine, other in
                mine.entity == other.entity && abs(mine.score - other.score) < 1e-9
            }
            betweenness = same ? "same top 10 and scores" : "DIFFERENT"
        }
        print("answers agree with NetworkX: path lengths \(lengths)/\(ours.pathLengths.count), neighbourhood sizes \(sizes)/\(ours.neighborhoodSizes.count), betweenness \(betweenness)")
        if lengths != ours.pathLengths.count || sizes != ours.neighborhoodSizes.count || betweenness == "DIFFERENT" {
            Options.fail("ActorGraph and NetworkX disagree; the figures above are not comparable")
        }
    }
}
