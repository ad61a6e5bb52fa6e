import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph check`: diagnostics only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check .ag files and report every error and warning.",
        discussion: """
        Diagnostics go to standard error as file:line:column: severity: message, with the line and a caret. \
        Exit status 1 if there is any error. An entity no relation touches is warned about only in a file \
        with relations of its own, so a catalogue checked with one event file is not; --warn-unused warns \
        about every one.

        Quotes are checked against the report files sources name (file:): a quote the report does not \
        contain (case, white space, quotes and dashes aside) is an error, with the closest passage. Reports are \
        looked up in --reports DIR; without it, beside the first file, and only when some are there, so a \
        graph whose reports live elsewhere checks quietly. --no-quote-check skips the check.

        Examples:
          actorgraph check Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          cat draft.ag | actorgraph check -
          actorgraph check --warn-unused Graphs/*.ag
          actorgraph check --reports ../shared/articles Graphs/*.ag
        """
    )

    @OptionGroup var input: GraphFiles

    @Flag(name: .customLong("warn-unused"), help: "Warn about every entity no relation touches, in catalogues (files without relations) too.")
    var warnUnused = false

    @Option(name: .customLong("reports"), help: ArgumentHelp("The folder the sources' report files (file:) are in; by default the first file's folder, checked only when reports are there.", valueName: "dir"))
    var reports: String?

    @Flag(name: .customLong("no-quote-check"), help: "Do not check quotes against the sources' report files.")
    var noQuoteCheck = false

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter, warnsAboutEveryUnusedEntity: warnUnused)
            if !noQuoteCheck { try checkQuotes(of: view.graph, reporter: reporter) }
            let entities = view.entityCount, relations = view.relationCount
            try StandardOutput.print("ok: \(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s")\n")
        }
    }

    /// Checks the quotes against the reports (see ``QuoteCheck``); throws
    /// an input error when a quote is not in its report. Without
    /// `--reports`, a graph none of whose reports lie beside it is not
    /// checked: its reports are elsewhere, not missing.
    private func checkQuotes(of graph: Graph, reporter: DiagnosticReporter) throws(ToolError) {
        let paths = input.files.filter { $0 != "-" }
        let folder = reports ?? paths.first.map { path in
            path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        } ?? "."
        var files: [SourceFile] = []
        for path in paths { files.append(try GraphLoader.read(path)) }
        let check = QuoteCheck(graph: graph, files: files)
        var texts: [String: String] = [:]
        for file in Set(check.reportFiles.values) {
            let path = file.hasPrefix("/") ? file : folder + "/" + file
            if let report = try? GraphLoader.read(path) { texts[file] = String(decoding: report.bytes, as: UTF8.self) }
        }
        guard reports != nil || !texts.isEmpty else { return }
        let diagnostics = check.diagnostics { texts[$0] }
        reporter.report(diagnostics)
        let errors = diagnostics.count { $0.severity == .error }
        if errors > 0 {
            throw ToolError(.input, id: "input-has-errors", errors == 1 ? "1 quote is not in its report" : "\(errors) quotes are not in their reports", alreadyReported: false)
        }
    }
}
