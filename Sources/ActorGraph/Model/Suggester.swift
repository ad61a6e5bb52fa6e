/// Finds the nearest spellings for "did you mean ...?" messages.
///
/// Only error paths call this, so a pass over the candidates is acceptable;
/// a bounded edit distance keeps each comparison cheap.
public enum Suggester {
    /// Up to `limit` candidates closest to `text`, nearest first. Candidates
    /// are compared by their folded ``NameKey``; only those within an edit
    /// distance of about a third of the text's length are returned.
    public static func nearest<C: Sequence>(to text: String, among candidates: C, limit: Int = 3) -> [String]
    where C.Element == String {
        let key = Array(NameKey.fold(text).unicodeScalars)
        let bound = max(1, min(4, key.count / 3 + 1))
        var scored: [(distance: Int, order: Int, candidate: String)] = []
        var seen = Set<String>()
        for (order, candidate) in candidates.enumerated() where !seen.contains(candidate) {
            let other = Array(NameKey.fold(candidate).unicodeScalars)
            if abs(other.count - key.count) > bound { continue }
            if let distance = editDistance(key, other, bound: bound) {
                seen.insert(candidate)
                scored.append((distance, order, candidate))
            }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// `did you mean 'a' or 'b'?` for `suggestions`, or `nil` when there are
    /// none: one wording for every message that offers near names.
    public static func didYouMean(_ suggestions: [String]) -> String? {
        suggestions.isEmpty ? nil : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// The Levenshtein distance between `a` and `b`, or `nil` if it exceeds `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        if a.isEmpty || b.isEmpty {
            let distance = max(a.count, b.count)
            return distance <= bound ? distance : nil
        }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
