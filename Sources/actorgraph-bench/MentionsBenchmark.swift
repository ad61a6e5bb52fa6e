import ActorGraph
import Foundation

/// `actorgraph mentions` on the reports the graph's sources name
/// (`file:`): recall and precision per report against what the graph
/// cites each source for, the misses and false hits by id, and the time
/// to find the mentions in every report, and in the reports repeated to
/// some 100,000 words.
struct MentionsBenchmark {
    let options: Options

    func run() throws {
        let graphFolder = options.graphs ?? "Graphs"
        let reportFolder = options.reports ?? "../shared/articles"
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: graphFolder)) ?? [])
            .filter { $0.hasSuffix(".ag") }.sorted().map { (graphFolder as NSString).appendingPathComponent($0) }
        let files = try paths.map { try SourceFile.read(path: $0) }
        guard !files.isEmpty else { Options.fail("no .ag file in \(graphFolder); give the graph's folder with --graphs") }
        guard let graph = GraphCompiler.compile(files).graph else { Options.fail("the graph in \(graphFolder) has errors; run actorgraph check") }
        var reports: [(source: Int, text: String)] = []
        for (index, source) in graph.sources.enumerated() {
            guard let file = source.attributes[key: "file"] else { continue }
            let path = (reportFolder as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else { Options.fail("cannot read \(path); give the reports' folder with --reports") }
            reports.append((index, String(decoding: data, as: UTF8.self)))
        }
        let words = reports.map { $0.text.split(whereSeparator: \.isWhitespace).count }.reduce(0, +)
        print("== mentions: \(reports.count) reports of \(reportFolder) (\(words) words), against the \(graph.entities.count) entities of \(graphFolder)")
        let finder = MentionFinder(graph: graph)
        let timed = Measure.time(runs: options.runs) { reports.map { finder.mentions(in: $0.text) } }
        let scores = zip(reports, timed.result).map { MentionScore(graph: graph, source: $0.0.source, mentions: $0.1) }
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        var rows = scores.map { score in
            [graph.sources[score.source].id, "\(score.cited.count)", "\(score.found.count)", "\(score.hits.count)", percent(score.recall), percent(score.precision)]
        }
        let cited = scores.map(\.cited.count).reduce(0, +), found = scores.map(\.found.count).reduce(0, +), hits = scores.map(\.hits.count).reduce(0, +)
        rows.append(["all", "\(cited)", "\(found)", "\(hits)", percent(Double(hits) / Double(max(cited, 1))), percent(Double(hits) / Double(max(found, 1)))])
        Report.table(["report", "cited", "found", "hits", "recall", "precision"], rows)
        func ids(_ set: Set<Int>) -> String { set.sorted().map { graph.entities[$0].id }.joined(separator: ", ") }
        for score in scores {
            let id = graph.sources[score.source].id
            if !score.misses.isEmpty { print("\(id) misses: \(ids(score.misses))") }
            if !score.falseHits.isEmpty { print("\(id) false hits: \(ids(score.falseHits))") }
        }
        print("finding the mentions in all \(reports.count) reports: median \(Report.seconds(Measure.median(timed.seconds)))")
        // The reports over and over, for the cost of a long text.
        let all = reports.map(\.text).joined(separator: "\n\n")
        let long = String(repeating: all + "\n\n", count: max(1, 100_000 / max(words, 1)))
        let longWords = long.split(whereSeparator: \.isWhitespace).count
        let longTimed = Measure.time(runs: options.runs) { finder.mentions(in: long).mentions.count }
        print("finding the \(longTimed.result) mentions in the reports repeated to \(longWords) words: median \(Report.seconds(Measure.median(longTimed.seconds)))")
    }
}
