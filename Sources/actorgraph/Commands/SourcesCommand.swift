import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph sources`: what rests on which source.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Tabulate the sources, how many items each supports, and which items rest on a single source.",
        discussion: """
        Items are entities, relations and single attribute values that cite a source with src:. \
        Relations that cite nothing are listed last. With --overlap, reads the reports the sources \
        name with file: and lists the passages a report repeats from an earlier one instead.

        Examples:
          actorgraph sources Graphs/catalogue.ag Graphs/baghdad-2024-01-04.ag
          actorgraph sources Graphs/catalogue.ag --overlap --reports ../shared/articles
        """
    )

    @OptionGroup var input: GraphFiles

    @Flag(help: "List the passages that reports (the sources' file:) share, with a declaration to record each.")
    var overlap = false

    func run() throws {
        let reporter = input.options.reporter
        try perform(reporter) { () throws(ToolError) in
            let view = try input.options.load(input.files, reporter: reporter)
            guard overlap else {
                try StandardOutput.print(SourceReport(view: view).text(in: view.graph))
                return
            }
            let texts = reportTexts(of: view.graph.sources, reporter: reporter)
            try StandardOutput.print(Self.listing(ReportOverlap(reports: texts), reportCount: texts.count))
        }
    }

    /// The texts of the sources that name a readable `file:`, in the order
    /// declared; a file that cannot be read is a warning, since the others
    /// can still be compared.
    private func reportTexts(of sources: [Source], reporter: DiagnosticReporter) -> [(id: String, text: String)] {
        let location = input.options.reportLocation
        return sources.compactMap { source in
            guard let name = source.attributes[key: "file"] else { return nil }
            guard let text = location.text(of: name, for: input.files) else {
                reporter.warning("cannot read the report '\(name)' of source \(source.id) in '\(location.folder(for: input.files))'; give the folder the reports are in with --reports",
                                 id: "report-unreadable")
                return nil
            }
            return (source.id, text)
        }
    }

    private static func listing(_ overlap: ReportOverlap, reportCount: Int) -> String {
        guard !overlap.passages.isEmpty else {
            return "No passage of \(overlap.shingleLength) words or more is shared between the \(reportCount) reports read.\n"
        }
        return overlap.passages.map { "\($0.summary)\n  \($0.suggestion)\n" }.joined()
    }
}
