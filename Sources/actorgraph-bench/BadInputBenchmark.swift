import ActorGraph
import Foundation

/// Checking input that is wrong everywhere, which must cost about as much
/// as checking a good file of the same size: one line of repeated invalid
/// escapes (every diagnostic on one long line), and an events file checked
/// without the catalogue it refers to (every reference unknown, each
/// looking for near names among the file's entities).
///
/// Peak memory only grows within a process, so each case runs in a child
/// process of its own (`bad-input --case NAME`) and reports its own peak.
struct BadInputBenchmark {
    let options: Options

    /// A case's name, the text it checks and the compiler's diagnostic limit.
    struct Case: Sendable {
        var name: String
        var limit = 1_000
        var text: @Sendable () -> [UInt8]
    }

    static let cases: [Case] = [25_000, 50_000, 100_000].map { bytes in
        Case(name: "escapes-\(bytes / 1_000)k") { invalidEscapeLine(bytes: bytes) }
    } + [2_000, 4_000, 8_000, 16_000].map { count in
        Case(name: "events-\(count / 1_000)k") { eventsWithoutCatalogue(count: count) }
    } + [
        // Without the limit every reference looks for near names: the
        // index alone has to keep this in hand.
        Case(name: "events-16k-all", limit: .max) { eventsWithoutCatalogue(count: 16_000) },
        // Misspelt ids, each near many others: the letters test passes
        // them all, so each lookup runs the edit distance on its length.
        Case(name: "typos-16k") { misspeltReferences(count: 16_000) },
        Case(name: "typos-16k-all", limit: .max) { misspeltReferences(count: 16_000) },
    ]

    func run() throws {
        if let name = options.caseName {
            guard let found = Self.cases.first(where: { $0.name == name }) else {
                Options.fail("unknown case '\(name)'; the cases are " + Self.cases.map(\.name).joined(separator: ", "))
            }
            measure(found)
            return
        }
        print("== bad input: each case checked and its diagnostics formatted as 'actorgraph check' would, in a process of its own")
        var rows: [[String]] = []
        for item in Self.cases {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["bad-input", "--case", item.name]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map { $0.split(separator: "\t").map(String.init) } ?? []
            guard process.terminationStatus == 0, fields.count == 5 else { Options.fail("case \(item.name) failed") }
            rows.append(fields)
        }
        Report.table(["case", "input", "diagnostics", "check + format", "peak memory"], rows)
    }

    /// Checks one case and prints one tab-separated row for the parent.
    private func measure(_ item: Case) {
        let text = item.text()
        let source = SourceFile(path: "\(item.name).ag", bytes: text)
        let (seconds, counts) = Measure.once { () -> (shown: Int, total: Int) in
            // The compiler reports the first 1,000 and counts the rest.
            let result = GraphCompiler.compile([source], diagnosticLimit: item.limit)
            var bytes = 0
            for diagnostic in result.diagnostics { bytes += TextDiagnosticFormatter().format(diagnostic).utf8.count }
            precondition(bytes > 0)
            return (result.diagnostics.count, result.diagnostics.count + result.omittedCount)
        }
        let input = text.count < 1_048_576 ? "\(text.count / 1_000) kB" : Report.mebibytes(text.count)
        print([item.name, input, "\(counts.shown) of \(counts.total)", Report.seconds(seconds), Report.mebibytes(Measure.peakMemoryBytes())]
            .joined(separator: "\t"))
    }

    /// One line of `"\q" "\q" ...`, `bytes` long: an unknown escape every
    /// five bytes.
    static func invalidEscapeLine(bytes: Int) -> [UInt8] {
        let piece = Array("\"\\q\" ".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 1)
        while text.count + piece.count <= bytes { text += piece }
        return text + [UInt8(ascii: "\n")]
    }

    /// An events file whose `count` events each involve an actor declared
    /// in a catalogue that is not given: every reference is unknown, half
    /// by id and half by quoted name, and none is near an event's id or name.
    static func eventsWithoutCatalogue(count: Int) -> [UInt8] {
        var text = "# events of \(count) days; the actors are in a catalogue not given here\n"
        for index in 0..<count {
            text += "group event-\(index) \"Event of day \(index)\" [date: 2024-01-\(index % 28 + 1 < 10 ? "0" : "")\(index % 28 + 1)]\n"
            text += index.isMultiple(of: 2) ? "actor-\(index) attacked event-\(index)\n" : "\"Actor number \(index)\" attacked event-\(index)\n"
        }
        return Array(text.utf8)
    }

    /// `count` events, each referred to once with a letter left out of its
    /// id (`evnt-12` for `event-12`): every reference unknown, every one
    /// with near names to suggest.
    static func misspeltReferences(count: Int) -> [UInt8] {
        var text = "# events whose ids are misspelt where they are used\n"
        for index in 0..<count {
            text += "group event-\(index) \"Event of day \(index)\"\n"
            text += "group place-\(index)\n"
            text += "evnt-\(index) attacked place-\(index)\n"
        }
        return Array(text.utf8)
    }
}
