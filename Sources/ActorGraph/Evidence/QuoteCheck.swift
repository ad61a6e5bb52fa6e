/// Checks every quoted citation against the report file its source names
/// (`file:`), so a typo or a paraphrase between quotes does not pass for
/// the report's words. Case, white space (line breaks too), straight and
/// curly quotes and dashes are ignored. Reading files is left to the
/// caller, through a closure, so the check itself stays pure and testable.
public struct QuoteCheck {
    /// The graph whose citations are checked.
    public let graph: Graph
    /// The `.ag` files the graph was compiled from: a failing citation is
    /// reported where its quote is written in them.
    public let files: [SourceFile]

    /// Creates a check of `graph`, compiled from `files`.
    public init(graph: Graph, files: [SourceFile]) {
        self.graph = graph
        self.files = files
    }

    /// The `file:` of every source that names one, by source index.
    public var reportFiles: [Int: String] {
        var files: [Int: String] = [:]
        for (index, source) in graph.sources.enumerated() {
            if let file = source.attributes[key: "file"] { files[index] = file }
        }
        return files
    }

    /// What checking the quotes found.
    public struct Outcome: Sendable {
        /// A `quote-not-in-report` error for each written quote its report
        /// does not contain, with the closest passage, at every citation of
        /// it, in the files' order; a `report-not-found` warning first for
        /// each cited report that could not be read.
        public var diagnostics: [Diagnostic]
        /// The graph, with ``Citation/line`` set on every citation whose
        /// quote was found in its report.
        public var graph: Graph
    }

    /// Checks every quote whose source names a report file, and notes the
    /// line each is found on. `read` takes a source's `file:` value as
    /// written and gives the report's text, or `nil` when it cannot be
    /// read; each report is read once, and only when a quote cites it.
    public func check(reading read: (String) -> String?) -> Outcome {
        let files = reportFiles
        guard !files.isEmpty else { return Outcome(diagnostics: [], graph: graph) }
        struct Key: Hashable { var source: Int, quote: String }
        var reports: [Int: ReportText?] = [:]
        var lines: [Key: Int?] = [:]
        var unread: [Int: Set<String>] = [:]
        var missing: [Key] = []
        var checked = graph
        checked.updateCitations { citation in
            guard let quote = citation.quote, let file = files[citation.source] else { return }
            let key = Key(source: citation.source, quote: quote)
            if let line = lines[key] {
                citation.line = line
                return
            }
            if reports[citation.source] == nil { reports[citation.source] = read(file).map(ReportText.init) }
            guard let report = reports[citation.source] ?? nil else {
                unread[citation.source, default: []].insert(quote)
                return
            }
            let line = report.line(of: quote)
            if line == nil && !report.contains(quote) { missing.append(key) }
            lines[key] = line
            citation.line = line
        }
        var diagnostics: [Diagnostic] = []
        for (source, quotes) in unread.sorted(by: { $0.key < $1.key }) {
            let id = graph.sources[source].id, file = files[source] ?? ""
            diagnostics.append(Diagnostic(.warning, .reportNotFound,
                "the report '\(file)' of source \(id) cannot be read, so its \(quotes.count) quote\(quotes.count == 1 ? "" : "s") went unchecked; give its folder with --reports DIR, or --no-quote-check"))
        }
        var errors: [Diagnostic] = []
        for key in missing {
            let id = graph.sources[key.source].id, file = files[key.source] ?? ""
            let message = "the quote \"\(key.quote)\" is not in \(id)'s report '\(file)'; copy the report's words"
            let notes = (reports[key.source] ?? nil)?.closestPassage(to: key.quote).map {
                [Diagnostic(.note, .quoteNotInReport, "the closest passage of '\(file)' is \"\($0)\"")]
            } ?? []
            let places = locations(of: key.quote, citing: id)
            for place in places.isEmpty ? [nil] : places.map(Optional.some) {
                errors.append(Diagnostic(.error, .quoteNotInReport, message, at: place, notes: notes))
            }
        }
        let order = Dictionary(self.files.enumerated().map { ($0.element.path, $0.offset) }, uniquingKeysWith: { first, _ in first })
        errors.sort { first, second in
            func rank(_ diagnostic: Diagnostic) -> (Int, Int, Int) {
                guard let location = diagnostic.location else { return (Int.max, 0, 0) }
                return (order[location.path] ?? Int.max, location.line, location.column)
            }
            return rank(first) < rank(second)
        }
        return Outcome(diagnostics: diagnostics + errors, graph: checked)
    }

    /// Where `quote` is written as a quoted string right after `sourceID`
    /// in the files: each citation of it. The compiled graph keeps no
    /// positions for citations, so they are found again in the text.
    private func locations(of quote: String, citing sourceID: String) -> [SourceLocation] {
        let literal = Array(StringLiteral.quoted(quote).utf8)
        let id = Array(sourceID.utf8)
        var found: [SourceLocation] = []
        for file in files {
            let bytes = file.bytes
            var start = 0
            while start + literal.count <= bytes.count,
                  let match = bytes[start...].firstRange(of: literal) {
                start = match.upperBound
                var before = match.lowerBound
                while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") { before -= 1 }
                guard before >= id.count, Array(bytes[(before - id.count)..<before]) == id else { continue }
                found.append(file.location(at: match.lowerBound, length: literal.count))
            }
        }
        return found
    }
}
