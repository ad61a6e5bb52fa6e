import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// How every command reads its input and reports diagnostics, and the
/// evidence filters every command takes.
struct InputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Option(help: ArgumentHelp("How to write diagnostics: text, or one JSON document for editors and scripts.", valueName: "style"))
    var diagnostics: DiagnosticReporter.Style = .text

    @Option(help: ArgumentHelp("Read every input as this format (\(FormatRegistry.tool.importers.map(\.format.name).joined(separator: ", "))); by default each file's extension or first bytes decide.", valueName: "format"))
    var from: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the graph as it stood on this day (YYYY, YYYY-MM or YYYY-MM-DD): events that had happened, spans that held; undated relations always count, entities dated after the day do not.", valueName: "date"),
            transform: parseDate)
    var asOf: PartialDate?

    @Option(name: .customLong("min-status"), help: ArgumentHelp("Keep claims (relations and values with a status or a by:) at least this firm: denied < alleged < claimed < assessed < reported < confirmed; what claims nothing stays.", valueName: "status"))
    var minStatus: ClaimStatus?

    @Flag(name: .customLong("cited-only"), help: "Keep only relations that cite a source.")
    var citedOnly = false

    @Option(name: .customLong("source"), help: ArgumentHelp("Keep only what this source (by id) reports.", valueName: "id"))
    var source: String?

    @Option(name: .customLong("reports"), help: ArgumentHelp("The folder the sources' report files (file:) are in, for the quote check and the report lines evidence shows; by default the first file's folder, used only when reports are there.", valueName: "dir"))
    var reports: String?

    @Flag(name: .customLong("no-quote-check"), help: "Do not check quotes against the sources' report files.")
    var noQuoteCheck = false

    @Option(name: .customLong("known-by"), help: ArgumentHelp("Keep only what sources published by this day (YYYY, YYYY-MM or YYYY-MM-DD) support: a source counts when its date: shows it was out by then (an undated source, or one dated to a month that reaches past the day, does not); what cites no source stays.", valueName: "date"),
            transform: parseDate)
    var knownBy: PartialDate?

    /// The reporter for this run's diagnostics.
    var reporter: DiagnosticReporter { DiagnosticReporter(style: diagnostics, quiet: quiet) }

    /// The evidence filters as a selection.
    var selection: Selection { Selection(asOf: asOf, minimumStatus: minStatus, citedOnly: citedOnly, source: source, knownBy: knownBy) }

    /// Where the reports are, for the quote check and `sources --overlap`.
    var reportLocation: ReportLocation { ReportLocation(folder: reports, checksQuotes: !noQuoteCheck) }

    /// The loader these options describe; see
    /// ``GraphLoader/warnsAboutEveryUnusedEntity`` for the parameter.
    func loader(warnsAboutEveryUnusedEntity: Bool = false) -> GraphLoader {
        GraphLoader(format: from, warnsAboutEveryUnusedEntity: warnsAboutEveryUnusedEntity, reports: reportLocation)
    }

    /// Loads `files` and applies the evidence filters; see
    /// ``GraphLoader/warnsAboutEveryUnusedEntity`` for the last parameter.
    func load(_ files: [String], reporter: DiagnosticReporter, warnsAboutEveryUnusedEntity: Bool = false) throws(ToolError) -> GraphView {
        try selection.evidenceView(of: loadGraph(files, reporter: reporter, warnsAboutEveryUnusedEntity: warnsAboutEveryUnusedEntity))
    }

    /// Loads `files` as a whole graph, for a command that applies the
    /// filters itself; with `--known-by`, notes the sources left out for
    /// an uncertain date.
    func loadGraph(_ files: [String], reporter: DiagnosticReporter, warnsAboutEveryUnusedEntity: Bool = false) throws(ToolError) -> Graph {
        let graph = try loader(warnsAboutEveryUnusedEntity: warnsAboutEveryUnusedEntity).load(files, reporter: reporter)
        if let note = selection.uncertainDateNote(in: graph) { reporter.note(note, id: "known-by-uncertain") }
        return graph
    }

    static func validate(_ files: [String]) throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once")
        }
    }
}

/// The files that together form the graph.
struct GraphFiles: ParsableArguments {
    @Argument(help: ArgumentHelp("The files that together form the graph ('-' for standard input).", valueName: "file"))
    var files: [String]

    @OptionGroup var options: InputOptions

    func validate() throws {
        try InputOptions.validate(files)
    }
}

/// The operands of a query command: the files, then the actors the query
/// is about (ArgumentParser allows no positional after a list, so the
/// trailing operands are split off here).
struct QueryOperands: ParsableArguments {
    @Argument(help: ArgumentHelp("The files that together form the graph ('-' for standard input), then the actor(s) the query is about.",
                                 valueName: "file"))
    var operands: [String]

    @OptionGroup var options: InputOptions

    /// The files and the `count` trailing actor names.
    func split(actors count: Int, named names: String) throws -> (files: [String], actors: [String]) {
        guard operands.count > count else {
            throw ValidationError("give one or more .ag files, then \(names)")
        }
        let files = Array(operands.dropLast(count))
        try InputOptions.validate(files)
        return (files, Array(operands.suffix(count)))
    }
}
