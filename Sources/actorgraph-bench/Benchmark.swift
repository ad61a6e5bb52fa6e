import ActorGraph
import Foundation
import SyntheticGraphs

/// `actorgraph-bench`: measures the parser, checker and DOT writer on a
/// synthetic graph. Build and run in release mode:
///
///     swift run -c release actorgraph-bench [--entities N] [--relations M] [--runs R] [--save FILE]
@main
enum Benchmark {
    static func main() throws {
        var entities = 100_000, relations = 500_000, runs = 5
        var savePath: String?
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            func value() -> String {
                guard let next = arguments.next() else { fail("\(argument) needs a value") }
                return next
            }
            switch argument {
            case "--entities": entities = number(value(), for: argument)
            case "--relations": relations = number(value(), for: argument)
            case "--runs": runs = max(1, number(value(), for: argument))
            case "--save": savePath = value()
            default: fail("unknown argument \(argument); use --entities N --relations M --runs R --save FILE")
            }
        }

        #if DEBUG
        print("warning: this is a debug build; run with 'swift run -c release actorgraph-bench' for real figures")
        #endif
        let generation = Measure.time(runs: 1) { SyntheticGraph(entityCount: entities, relationCount: relations, seed: 2024).text() }
        let text = generation.result
        if let savePath { try Data(text).write(to: URL(fileURLWithPath: savePath)) }
        print("synthetic graph: \(entities) entities, \(relations) relations, \(String(format: "%.1f", Double(text.count) / 1_048_576)) MiB of .ag text")

        let source = SourceFile(path: "synthetic.ag", bytes: text)
        let compiled = Measure.time(runs: runs) { GraphCompiler.compile([source]) }
        guard let graph = compiled.result.graph else {
            fail("the synthetic graph did not check: \(compiled.result.diagnostics.prefix(3).map(\.formatted).joined())")
        }
        let exported = Measure.time(runs: runs) { DOTWriter().bytes(graph) }

        print("")
        print("step                      median      min   (\(runs) runs, release build)")
        report("parse + check", compiled.seconds)
        report("DOT export", exported.seconds)
        print("")
        print("DOT output: \(String(format: "%.1f", Double(exported.result.count) / 1_048_576)) MiB")
        print("resident memory now: \(String(format: "%.0f", Measure.currentMemoryMiB())) MiB")
        print("peak resident memory: \(String(format: "%.0f", Measure.peakMemoryMiB())) MiB (whole process: text, graph, DOT output)")
    }

    private static func report(_ name: String, _ seconds: [Double]) {
        let median = String(format: "%8.3f s", Measure.median(seconds))
        let minimum = String(format: "%8.3f s", seconds.min()!)
        print(name.padding(toLength: 22, withPad: " ", startingAt: 0) + median + minimum)
    }

    private static func number(_ text: String, for option: String) -> Int {
        guard let value = Int(text), value >= 0 else { fail("\(option) takes a whole number, not '\(text)'") }
        return value
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("actorgraph-bench: \(message)\n".utf8))
        exit(2)
    }
}
