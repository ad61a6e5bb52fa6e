import ActorGraph
import Foundation

/// Reads the files of a graph, in any registered format, and checks them
/// together, reporting every diagnostic through a ``DiagnosticReporter``.
public struct GraphLoader: Sendable {
    /// The formats that can be read.
    public var registry: FormatRegistry
    /// The format every input is read as (`--from`); by default each
    /// file's own, from its extension or its first bytes.
    public var format: String?
    /// Whether every entity no relation touches is warned about, not only
    /// those of files with relations of their own (`check --warn-unused`).
    public var warnsAboutEveryUnusedEntity: Bool
    /// Where the reports quotes are checked against are found.
    public var reports: ReportLocation

    /// A loader for the formats of `registry`.
    public init(registry: FormatRegistry = .tool, format: String? = nil, warnsAboutEveryUnusedEntity: Bool = false,
                reports: ReportLocation = .besideFirstFile) {
        self.registry = registry
        self.format = format
        self.warnsAboutEveryUnusedEntity = warnsAboutEveryUnusedEntity
        self.reports = reports
    }

    /// Reads and checks `paths` (`-` for standard input) into one graph,
    /// with its quotes checked against the reports (see ``reports`` and
    /// ``QuoteCheck``) and the line of each found noted. Throws an input
    /// error when any file cannot be read or has errors, a quote not in its
    /// report among them; its diagnostics have been reported by then, with
    /// a summary line.
    public func load(_ paths: [String], reporter: DiagnosticReporter) throws(ToolError) -> Graph {
        let importer: (any GraphImporter)?
        if let format {
            guard let named = registry.importer(named: format) else {
                throw ToolError(.usage, id: "unknown-format",
                                "--from: unknown input format '\(format)'; use one of \(registry.importers.map(\.format.name).joined(separator: ", "))")
            }
            importer = named
        } else {
            importer = nil
        }
        var sources: [SourceFile] = []
        var unreadable = false
        for path in paths {
            do throws(ToolError) {
                let file = try Self.read(path)
                let translated = (importer ?? registry.importer(for: file)).translate(file)
                reporter.report(translated.diagnostics)
                if let source = translated.source { sources.append(source) } else { unreadable = true }
            } catch {
                reporter.report(error)
                unreadable = true
            }
        }
        if unreadable { throw ToolError(.input, id: "unreadable-file", "", alreadyReported: true) }
        let result = GraphCompiler.compile(sources, warnsAboutEveryUnusedEntity: warnsAboutEveryUnusedEntity)
        reporter.report(result.diagnostics)
        reporter.countOmitted(of: result)
        guard let graph = result.graph else {
            reporter.reportFailure(of: result)
            throw ToolError(.input, id: "input-has-errors", "", alreadyReported: true)
        }
        return try checkQuotes(of: graph, files: sources, paths: paths, reporter: reporter)
    }

    /// `graph` with the line of each quote found in its report; throws an
    /// input error when a quote is not in its report.
    private func checkQuotes(of graph: Graph, files: [SourceFile], paths: [String], reporter: DiagnosticReporter) throws(ToolError) -> Graph {
        if reports == .unchecked { return graph }
        var found = 0
        let outcome = QuoteCheck(graph: graph, files: files).check { file in
            let text = reports.text(of: file, for: paths)
            if text != nil { found += 1 }
            return text
        }
        // Beside the graph and none there: the reports live elsewhere, not missing.
        if case .besideFirstFile = reports, found == 0 { return graph }
        reporter.report(outcome.diagnostics)
        let errors = outcome.diagnostics.count { $0.severity == .error }
        if errors > 0 {
            throw ToolError(.input, id: "input-has-errors", errors == 1 ? "1 quote is not in its report" : "\(errors) quotes are not in their reports", alreadyReported: false)
        }
        return outcome.graph
    }

    /// Why a file could not be read, in the words `ls` would use.
    /// Reads `path`, or standard input when `path` is `-`; a failure says why, and what to do.
    public static func read(_ path: String) throws(ToolError) -> SourceFile {
        do {
            return try SourceFile.read(path: path)
        } catch {
            throw ToolError(.input, id: "unreadable-file", "cannot read the file (\(reason(error, path: path))); check the path", path: path)
        }
    }

    private static func reason(_ error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory; give the .ag files inside it" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
