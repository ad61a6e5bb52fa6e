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

        Report.table(["step", "median", "min"], [
            ["parse + check", Report.seconds(Measure.median(compiled.seconds)), Report.seconds(compiled.seconds.min()!)],
            ["DOT export (\(Report.mebibytes(exported.result.count)))", Report.seconds(Measure.median(exported.seconds)), Report.seconds(exported.seconds.min()!)],
        ])
        print("\(options.runs) runs each, release build; peak resident memory of the process: \(Report.mebibytes(Measure.peakMemoryBytes()))")
    }
}
