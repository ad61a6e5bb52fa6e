/// The candidates of many "did you mean" lookups, prepared once: each
/// folded by ``NameKey`` a single time and filed by the length of its key,
/// so a lookup compares the text only with candidates of a length within
/// its bound, skips most of those on a one-word test of the letters they
/// use, and runs a banded, bounded edit distance on the rest. Answers are
/// remembered, as files often repeat one unknown name.
///
/// Gives exactly what ``Suggester/nearest(to:among:limit:)`` describes.
struct SuggestionIndex: Sendable {
    /// The distinct candidates, in the order first given.
    private var candidates: [String] = []
    /// Every candidate's folded key, one after another.
    private var keyScalars: [UInt32] = []
    /// Where each key starts in `keyScalars`; one more entry than keys.
    private var keyStarts: [Int32] = [0]
    /// Which letters each key uses, one bit per letter or digit (see `letterBit`).
    private var letterSets: [UInt64] = []
    /// Candidate positions by key length, each list in candidate order.
    private var byLength: [[Int32]] = []
    private var answers: [AnswerKey: [String]] = [:]

    private struct AnswerKey: Hashable {
        var key: [UInt32]
        var limit: Int
    }

    /// Files `candidates`; a repeated one counts at its first place.
    init<C: Sequence>(_ candidates: C) where C.Element == String {
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let key = Self.key(candidate)
            let position = Int32(self.candidates.count)
            self.candidates.append(candidate)
            keyScalars += key
            keyStarts.append(Int32(keyScalars.count))
            letterSets.append(Self.letterSet(key))
            while byLength.count <= key.count { byLength.append([]) }
            byLength[key.count].append(position)
        }
    }

    /// Up to `limit` candidates nearest to `text`, nearest first, ties in
    /// candidate order; only those within an edit distance of about a
    /// third of the text's folded length (1 to 4) count.
    mutating func nearest(to text: String, limit: Int = 3) -> [String] {
        let key = Self.key(text)
        let answerKey = AnswerKey(key: key, limit: limit)
        if let known = answers[answerKey] { return known }
        let found = search(key, limit: limit)
        answers[answerKey] = found
        return found
    }

    private func search(_ key: [UInt32], limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        let bound = max(1, min(4, key.count / 3 + 1))
        let letters = Self.letterSet(key)
        // The best so far as (distance, position), sorted; once there are
        // `limit`, a candidate must beat the last, which tightens the bound.
        var best: [(distance: Int, position: Int32)] = []
        var previous = [Int](repeating: 0, count: key.count + bound + 2)
        var current = previous
        keyScalars.withUnsafeBufferPointer { scalars in
            key.withUnsafeBufferPointer { query in
                // Lengths nearest the text's first: their close matches,
                // found early, tighten the bound for all the others.
                for length in Self.lengths(around: key.count, within: bound) where length < byLength.count {
                    for position in byLength[length] {
                        var allowed = bound
                        if best.count == limit, let last = best.last {
                            allowed = position < last.position ? last.distance : last.distance - 1
                            if allowed < abs(length - key.count) { continue }
                        }
                        let other = letterSets[Int(position)]
                        if (letters & ~other).nonzeroBitCount > allowed || (other & ~letters).nonzeroBitCount > allowed { continue }
                        let start = Int(keyStarts[Int(position)])
                        let candidate = UnsafeBufferPointer(rebasing: scalars[start ..< start + length])
                        guard let distance = Self.distance(query, candidate, bound: allowed, &previous, &current) else { continue }
                        let place = best.firstIndex { ($0.distance, $0.position) > (distance, position) } ?? best.endIndex
                        best.insert((distance, position), at: place)
                        if best.count > limit { best.removeLast() }
                    }
                }
            }
        }
        return best.map { candidates[Int($0.position)] }
    }

    /// `center`, then the lengths one away, two away, ... up to `bound`.
    private static func lengths(around center: Int, within bound: Int) -> [Int] {
        [center] + (1 ... bound).flatMap { [center - $0, center + $0] }.filter { $0 >= 0 }
    }

    /// The folded key as scalar values.
    private static func key(_ text: String) -> [UInt32] {
        NameKey.fold(text).unicodeScalars.map(\.value)
    }

    /// One bit per ASCII letter and digit, the rest sharing 28 bits. Every
    /// edit adds at most one letter to a key's set and takes at most one
    /// away, so two keys whose sets differ in more than `bound` letters
    /// either way are more than `bound` edits apart (shared bits only hide
    /// differences, never invent them).
    private static func letterSet(_ key: [UInt32]) -> UInt64 {
        var set: UInt64 = 0
        for scalar in key {
            let bit: UInt32
            switch scalar {
            case 0x61...0x7A: bit = scalar - 0x61
            case 0x30...0x39: bit = scalar - 0x30 + 26
            default: bit = 36 + scalar % 28
            }
            set |= 1 << UInt64(bit)
        }
        return set
    }

    /// The Levenshtein distance between `a` and `b`, or `nil` if it exceeds
    /// `bound`. Only cells within `bound` of the diagonal can lie on a path
    /// that short, so only they are computed, and a row whose every cell
    /// exceeds the bound ends the search. `previous` and `current` are
    /// scratch rows of at least `b.count + 2` cells.
    static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int,
                         _ previous: inout [Int], _ current: inout [Int]) -> Int? {
        guard bound >= 0, abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = bound + 1
        let width = b.count
        for j in 0 ... min(width, bound + 1) { previous[j] = j <= bound ? j : outside }
        for i in 1 ... a.count {
            let low = max(1, i - bound), high = min(width, i + bound)
            current[low - 1] = low == 1 ? i : outside
            var rowMinimum = current[low - 1]
            let scalar = a[i - 1]
            for j in low ... high {
                let substitution = previous[j - 1] + (scalar == b[j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if high < width { current[high + 1] = outside }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[width] <= bound ? previous[width] : nil
    }
}
