import ActorGraph
import Foundation

/// `actorgraph import` as a library: reads input files in any format that
/// has a ``GraphReader``, matches them against a catalogue, writes the
/// `.ag` text atomically and shows the merge report.
public struct Importing: Sendable {
    /// The formats that can be read, for inputs and catalogue alike.
    public var registry: FormatRegistry
    /// The format every input is read as (`--from`); by default each
    /// file's own, from its extension or its first bytes.
    public var format: String?

    /// An import through the readers of `registry`.
    public init(registry: FormatRegistry = .tool, format: String? = nil) {
        self.registry = registry
        self.format = format
    }

    /// The error that ends an import with errors, saying how many, as
    /// the checker's summary does.
    private static func failure(_ errors: Int) -> ToolError {
        let counted = errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s") generated; " : ""
        return ToolError(.input, id: "input-has-errors", counted + "nothing written")
    }

    /// Reads `inputs` with `settings`, matches them against the graph of
    /// the `catalogue` files with `assembler`'s defaults, and writes the
    /// result to `output`; the report and a summary go to standard error.
    /// Nothing is written when any input has an error.
    public func run(_ inputs: [String], catalogue: [String], settings: ImportSettings, assembler: ImportAssembler,
                    output: String, reporter: DiagnosticReporter) throws(ToolError) -> ImportOutcome {
        let destination = OutputDestination(path: output)
        try destination.refuseOverwriting(inputs + catalogue)
        let named = try format.map { name throws(ToolError) in
            guard let reader = registry.reader(named: name) else {
                throw ToolError(.usage, id: "unknown-format",
                                "--from: '\(name)' cannot be imported; use one of \(registry.readers.map(\.format.name).joined(separator: ", "))")
            }
            return reader
        }
        var assembler = assembler
        if !catalogue.isEmpty {
            // The catalogue's own warnings (actors no relation touches) are
            // about the catalogue, not the import: in text, only its errors show.
            let quiet = reporter.style == .text ? DiagnosticReporter(style: .text, quiet: true) : reporter
            assembler.catalogue = try GraphLoader(registry: registry).load(catalogue, reporter: quiet)
        }
        var documents: [ImportDocument] = []
        var failed = false
        var errors = 0
        // A mapping shared by several CSV files gives its own problems with each; they are shown once.
        var reported = Set<Diagnostic>()
        for path in inputs {
            let file: SourceFile
            do {
                file = try SourceFile.read(path: path)
            } catch {
                reporter.report(ToolError(.input, id: "unreadable-file", "cannot read the file (\(error.localizedDescription)); check the path", path: path))
                failed = true
                continue
            }
            guard let reader = named ?? registry.reader(for: file) else {
                let extensions = registry.readers.flatMap(\.format.extensions).map { "." + $0 }.joined(separator: ", ")
                reporter.report(ToolError(.input, id: "format-unrecognized",
                                          "cannot tell what format this file is in; name it with one of \(extensions), or give --from FORMAT", path: path))
                failed = true
                continue
            }
            let reading = reader.read(file, settings: settings)
            let shown = reading.diagnostics.filter { reported.insert($0).inserted }
            reporter.report(shown)
            errors += shown.filter { $0.severity == .error }.count
            if let document = reading.document { documents.append(document) } else { failed = true }
        }
        if failed { throw Self.failure(errors) }
        let outcome = assembler.assemble(documents)
        reporter.report(outcome.diagnostics)
        guard let text = outcome.text else { throw Self.failure(outcome.diagnostics.filter { $0.severity == .error }.count) }
        try destination.write(Array(text.utf8))
        // After the text, so that on a terminal the report is not lost above
        // it; in JSON, notes of the one diagnostics document.
        if reporter.style == .json {
            for line in outcome.report.lines where line.hasPrefix("  ") { reporter.note(String(line.dropFirst(2)), id: "merge-report") }
        } else {
            for line in outcome.report.lines { DiagnosticReporter.writeError(line) }
        }
        let counts = outcome.counts
        reporter.note("\(destination.isStandardOutput ? "wrote" : "wrote \(output):") \(counts.entities) new entit\(counts.entities == 1 ? "y" : "ies"), "
            + "\(counts.relations) relation\(counts.relations == 1 ? "" : "s"); \(counts.matched) item\(counts.matched == 1 ? "" : "s") found in the catalogue, "
            + "\(outcome.report.candidates.count) possible duplicate\(outcome.report.candidates.count == 1 ? "" : "s") to review", id: "import-summary")
        return outcome
    }
}
