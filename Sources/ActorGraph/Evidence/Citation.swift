/// One item's citation of a source: optionally the words that support the
/// item and the Admiralty credibility of the item, 1 (confirmed by other
/// sources) to 6 (truth cannot be judged).
public struct Citation: Hashable, Sendable {
    /// The cited source's index in ``Graph/sources``.
    public var source: Int
    /// The supporting words, quoted from the source.
    public var quote: String?
    /// The credibility grade 1-6, if given.
    public var credibility: Int?
    /// The line of the source's report file (`file:`) where ``quote`` was
    /// found, 1-based; `nil` until the quote is checked against the report.
    public var line: Int?

    /// Creates a citation.
    public init(source: Int, quote: String? = nil, credibility: Int? = nil, line: Int? = nil) {
        self.source = source
        self.quote = quote
        self.credibility = credibility
        self.line = line
    }

    /// `r000:9 "financed by Iran" (B3)`: the source's id, the line of its
    /// report the quote is on and the quote, and the Admiralty grade of
    /// source and item, each where known.
    public func description(in graph: Graph) -> String {
        let source = graph.sources[self.source]
        var text = source.id
        if let line { text += ":\(line)" }
        if let quote { text += " \"\(quote)\"" }
        let grade = (source.reliability?.rawValue ?? "") + (credibility.map(String.init) ?? "")
        if !grade.isEmpty { text += " (\(grade))" }
        return text
    }
}

extension Array where Element == Citation {
    /// The ids of the cited sources, in the order cited, each once: an
    /// item may quote one source several times.
    public func sourceIDs(in graph: Graph) -> [String] {
        // Most items cite one source or none: no set to build.
        guard count > 1 else { return map { graph.sources[$0.source].id } }
        var seen = Set<Int>()
        return compactMap { seen.insert($0.source).inserted ? graph.sources[$0.source].id : nil }
    }
}
