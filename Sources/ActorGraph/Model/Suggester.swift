/// Finds the nearest spellings for "did you mean ...?" messages.
///
/// One lookup among a few candidates is cheap; checks that look up many
/// names among the same candidates keep a `SuggestionIndex`, which folds
/// each candidate once.
public enum Suggester {
    /// Up to `limit` candidates closest to `text`, nearest first. Candidates
    /// are compared by their folded ``NameKey``; only those within an edit
    /// distance of about a third of the text's length are returned.
    public static func nearest<C: Sequence>(to text: String, among candidates: C, limit: Int = 3) -> [String]
    where C.Element == String {
        var index = SuggestionIndex(candidates)
        return index.nearest(to: text, limit: limit)
    }

    /// `did you mean 'a' or 'b'?` for `suggestions`, or `nil` when there are
    /// none: one wording for every message that offers near names.
    public static func didYouMean(_ suggestions: [String]) -> String? {
        suggestions.isEmpty ? nil : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// The Levenshtein distance between `a` and `b`, or `nil` if it exceeds `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        let a = a.map(\.value), b = b.map(\.value)
        var previous = [Int](repeating: 0, count: b.count + 2), current = previous
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in SuggestionIndex.distance(a, b, bound: bound, &previous, &current) }
        }
    }
}
