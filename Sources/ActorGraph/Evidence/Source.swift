/// A report or other source that items cite: `source r000 "title" [outlet:
/// "EFE", date: 2024-01-04, reliability: B]`.
public struct Source: Hashable, Sendable {
    /// The id citations use, e.g. `r000`.
    public var id: String
    /// A title for people.
    public var title: String
    /// The Admiralty reliability grade, if given.
    public var reliability: SourceReliability?
    /// The date of the source, if given.
    public var date: PartialDate?
    /// The other keys (outlet, url, file, author, note, and the sources it
    /// repeats, `copies:` and `derived-from:`, as
    /// ``SourceDependency/value(original:lines:)`` writes them), in the
    /// order written.
    public var attributes: [Attribute]

    /// Creates a source.
    public init(id: String, title: String, reliability: SourceReliability? = nil, date: PartialDate? = nil, attributes: [Attribute] = []) {
        self.id = id
        self.title = title
        self.reliability = reliability
        self.date = date
        self.attributes = attributes
    }

    /// The keys a source declaration may carry.
    public static let keys = ["outlet", "date", "url", "file", "author", "reliability", "note"] + SourceDependency.Kind.allCases.map(\.rawValue)
}
