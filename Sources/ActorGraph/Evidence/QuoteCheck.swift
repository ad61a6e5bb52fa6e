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

    /// A `quote-not-in-report` error for each written quote its report does
    /// not contain, with the closest passage, and a `report-not-found`
    /// warning for each cited report `read` returns no text for. `read`
    /// takes a source's `file:` value as written.
    public func diagnostics(reading read: (String) -> String?) -> [Diagnostic] {
        var quotes: [Int: [String]] = [:]
        func collect(_ citations: [Citation]) {
            for citation in citations {
                if let quote = citation.quote, !(quotes[citation.source]?.contains(quote) ?? false) {
                    quotes[citation.source, default: []].append(quote)
                }
            }
        }
        for entity in graph.entities {
            collect(entity.citations)
            for note in entity.aliasNotes.values { collect(note.citations) }
            for attribute in entity.attributes { for value in attribute.values { collect(value.citations) } }
        }
        for relation in graph.relations {
            collect(relation.citations)
            for attribute in relation.attributes { for value in attribute.values { collect(value.citations) } }
        }
        var diagnostics: [Diagnostic] = []
        for (source, file) in reportFiles.sorted(by: { $0.key < $1.key }) {
            guard let cited = quotes[source] else { continue }
            let id = graph.sources[source].id
            guard let text = read(file) else {
                diagnostics.append(Diagnostic(.warning, .reportNotFound,
                    "the report '\(file)' of source \(id) cannot be read, so its \(cited.count) quote\(cited.count == 1 ? "" : "s") went unchecked; give its folder with --reports DIR, or --no-quote-check"))
                continue
            }
            let report = ReportText(text)
            for quote in cited where !report.contains(quote) {
                let message = "the quote \"\(quote)\" is not in \(id)'s report '\(file)'; copy the report's words"
                let notes = report.closestPassage(to: quote).map {
                    [Diagnostic(.note, .quoteNotInReport, "the closest passage of '\(file)' is \"\($0)\"")]
                } ?? []
                let places = locations(of: quote, citing: id)
                for place in places.isEmpty ? [nil] : places.map(Optional.some) {
                    diagnostics.append(Diagnostic(.error, .quoteNotInReport, message, at: place, notes: notes))
                }
            }
        }
        return diagnostics
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
