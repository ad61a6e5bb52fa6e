import ActorGraph
import Foundation
import SyntheticGraphs

/// Parse + check and DOT export of a synthetic `.ag` file (default
/// 100,000 entities, 500,000 relations).
struct LanguageBenchmark {
    let options: Options

    func run() {
        let entities = options.entities ?? 100_000, relations = options.relations ?? 500_000
        let text = SyntheticGraph(entityCount: entities, relationCount: relations, seed: 2024).text()
        if let path = options.savePath, !FileManager.default.createFile(atPath: path, contents: Data(text)) {
            Options.fail("cannot write the synthetic graph to '\(path)'; check that the folder exists and is writable")
        }
        print("== language: \(entities) entities, \(relations) relations, \(Report.mebibytes(text.count)) of .ag text")

        let source = SourceFile(path: "synthetic.ag", bytes: text)
        let compiled = Measure.time(runs: options.runs) { GraphCompiler.compile([source]) }
        guard let graph = compiled.result.graph else {
            Options.fail("the synthetic graph did not check: \(TextDiagnosticFormatter().format(compiled.result.diagnostics.prefix(3)))")
        }
        let exported = Measure.time(runs: options.runs) { DOTWriter().bytes(graph) }
        let dotMedian = Measure.median(exported.seconds)
        // Every other exporter of the registry, beside DOT: the bar
        // is under a second each and within twice DOT's time. A format that
        // refuses a graph this large (Mermaid, for GitHub's limits) says so.
        var refusals: [String] = []
        let others = FormatRegistry.standard.exporters.filter { exporter in
            let name = exporter.format.name
            return name != "dot" && name != "timeline-svg" && (options.formats?.contains(name) ?? true)
        }.compactMap { exporter -> [String]? in
            let measured = Measure.time(runs: options.runs) { () -> Result<Int, ExportError> in
                Result { () throws(ExportError) in try exporter.export(graph.view, options: ExportOptions()).byteCount }
            }
            guard case .success(let size) = measured.result else {
                if case .failure(let error) = measured.result { refusals.append("\(exporter.format.name): refused (\(error.message))") }
                return nil
            }
            let median = Measure.median(measured.seconds)
            return ["\(exporter.format.name) export (\(Report.mebibytes(size)), \(Int(Double(size) / 1_048_576 / median)) MiB/s)",
                    Report.seconds(median), Report.seconds(measured.seconds.min()!), String(format: "%.2f× DOT", median / dotMedian)]
        }

        Report.table(["step", "median", "min", ""], [
            ["parse + check", Report.seconds(Measure.median(compiled.seconds)), Report.seconds(compiled.seconds.min()!), ""],
            ["DOT export (\(Report.mebibytes(exported.result.count)), \(Int(Double(exported.result.count) / 1_048_576 / dotMedian)) MiB/s)",
             Report.seconds(dotMedian), Report.seconds(exported.seconds.min()!), ""],
        ] + others)
        for refusal in refusals { print(refusal) }
        print("\(options.runs) runs each, release build; peak resident memory of the process: \(Report.mebibytes(Measure.peakMemoryBytes()))")
    }
}
