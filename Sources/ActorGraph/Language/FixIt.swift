/// An edit a diagnostic proposes: replace the columns
/// `location.column ..< location.endColumn` of `location.line` with
/// ``replacement``. An empty range (`length` 0) inserts.
public struct FixIt: Hashable, Sendable {
    /// The text to replace; its file is the diagnostic's.
    public var location: SourceLocation
    /// What to put there.
    public var replacement: String

    /// An edit replacing `location` with `replacement`.
    public init(replacing location: SourceLocation, with replacement: String) {
        self.location = location
        self.replacement = replacement
    }
}
