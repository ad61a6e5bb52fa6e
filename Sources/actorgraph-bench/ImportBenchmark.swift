import ActorGraph
import Foundation
import SyntheticGraphs

/// `actorgraph import` of a spreadsheet pair (default 100,000 entity rows
/// and 500,000 relation rows), read, matched, written, beside pandas'
/// `read_csv` of the same two files, which only parses them.
struct ImportBenchmark {
    let options: Options

    /// Syllables for names that look like transliterated ones, so that the
    /// near-match index sees realistic collisions rather than none.
    private static let syllables = ["ab", "al", "ba", "da", "fa", "ha", "ja", "ka", "kha", "ma", "na", "qa", "ra", "sa", "sha", "ta", "wa", "ya", "za",
                                    "bi", "di", "hi", "mi", "ni", "ri", "si", "ti", "bu", "du", "hu", "mu", "nu", "ru", "su", "tu"]
    private static let kinds = ["group", "group", "group", "person", "person", "state"]
    private static let types = ["allied-with", "attacked", "attacked", "allied-with"]

    func run() throws {
        let entities = options.entities ?? 100_000, relations = options.relations ?? 500_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-import-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (entityPath, relationPath) = (folder.appendingPathComponent("entities.csv").path, folder.appendingPathComponent("relations.csv").path)
        let (entityBytes, relationBytes) = Self.spreadsheets(entities: entities, relations: relations)
        FileManager.default.createFile(atPath: entityPath, contents: Data(entityBytes))
        FileManager.default.createFile(atPath: relationPath, contents: Data(relationBytes))
        print("== import: \(entities) entity rows (\(Report.mebibytes(entityBytes.count))), \(relations) relation rows (\(Report.mebibytes(relationBytes.count))) of CSV")

        guard let reader = FormatRegistry.standard.reader(named: "csv") else { Options.fail("this build has no CSV reader") }
        var phases: [[Double]] = [[], [], [], []]
        var last: ImportOutcome?
        for _ in 0..<options.runs {
            last = nil
            let read = Measure.once { () -> [ImportDocument] in
                [entityPath, relationPath].compactMap { path in
                    guard let file = try? SourceFile.read(path: path) else { return nil }
                    return reader.read(file, settings: ImportSettings()).document
                }
            }
            guard read.result.count == 2 else { Options.fail("the synthetic spreadsheets did not read") }
            let assembled = Measure.once { ImportAssembler().assemble(read.result) }
            guard let text = assembled.result.text else {
                Options.fail("the synthetic spreadsheets did not import: \(TextDiagnosticFormatter().format(assembled.result.diagnostics.prefix(3)))")
            }
            let written = Measure.once { FileManager.default.createFile(atPath: folder.appendingPathComponent("out.ag").path, contents: Data(text.utf8)) }
            for (index, seconds) in [read.seconds, assembled.seconds, written.seconds, read.seconds + assembled.seconds + written.seconds].enumerated() {
                phases[index].append(seconds)
            }
            last = assembled.result
        }
        let pandas = Self.pandas(entityPath, relationPath, runs: options.runs)
        let total = Measure.median(phases[3])
        var rows = zip(["read both CSV files", "match, merge and check", "write the .ag text", "import, end to end"], phases).map { name, seconds in
            [name, Report.seconds(Measure.median(seconds)), Report.seconds(seconds.min() ?? 0), ""]
        }
        if let pandas {
            rows.append(["pandas read_csv of both files", Report.seconds(pandas.median), Report.seconds(pandas.min),
                         String(format: "import is %.2f× pandas", total / pandas.median)])
        }
        Report.table(["step", "median", "min", ""], rows)
        if let last {
            print("wrote \(last.counts.entities) entities and \(last.counts.relations) relations; "
                + "\(last.report.merges.count) merges and \(last.report.candidates.count) possible duplicates reported")
        }
        print("\(options.runs) runs each, release build; peak resident memory of the process: \(Report.mebibytes(Measure.peakMemoryBytes()))")
    }

    /// An entities file (`id,name,kind,aliases`) and a relations file
    /// (`from,to,relation,date,source,quote`), seeded.
    static func spreadsheets(entities: Int, relations: Int) -> ([UInt8], [UInt8]) {
        var random = SplitMix64(seed: 2025)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func word() -> String {
            let letters = (0..<2 + Int(random.next() % 2)).map { _ in pick(Self.syllables) }.joined()
            return letters.prefix(1).uppercased() + letters.dropFirst()
        }
        var names: [String] = []
        var entityText = "id,name,kind,aliases\n"
        for index in 0..<entities {
            let name = "\(word()) \(word()) \(word())"
            names.append(name)
            entityText += "a\(index),\(name),\(pick(kinds)),\"\(word()) \(word())\"\n"
        }
        var relationText = "from,to,relation,date,source,quote\n"
        for _ in 0..<relations {
            let year = 2000 + Int(random.next() % 25), month = 1 + Int(random.next() % 12)
            relationText += "a\(random.next() % UInt64(entities)),a\(random.next() % UInt64(entities)),\(pick(types)),"
                + String(format: "%04d-%02d", year, month) + ",Report \(random.next() % 50),\"\(pick(names)) was seen\"\n"
        }
        return (Array(entityText.utf8), Array(relationText.utf8))
    }

    /// pandas' `read_csv` of both files, run `runs` times in a Python with
    /// pandas (the benchmark's own virtual environment); `nil` without one.
    static func pandas(_ entities: String, _ relations: String, runs: Int) -> (median: Double, min: Double)? {
        let python = ProcessInfo.processInfo.environment["ACTORGRAPH_BENCH_PYTHON"] ?? "python3"
        let script = """
        import sys, time
        import pandas as pd
        times = []
        for _ in range(\(runs)):
            start = time.perf_counter()
            pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
            pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
            times.append(time.perf_counter() - start)
        print(" ".join(str(t) for t in times))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, entities, relations]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let times = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard process.terminationStatus == 0, !times.isEmpty else {
            print("note: pandas could not be run (\(python)); its row is left out")
            return nil
        }
        return (Measure.median(times), times.min() ?? 0)
    }
}
