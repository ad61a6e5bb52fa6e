import SyntheticGraphs
import Testing
@testable import ActorGraph

/// The suggestion index gives what comparing the text with every candidate
/// would: the same names, in the same order.
struct SuggestionIndexTests {
    /// Levenshtein distance over the whole table, the textbook way.
    static func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1 ..< a.count + 1 {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1 ..< b.count + 1 {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// What the index promises, computed by comparing with every candidate.
    static func bruteForce(_ text: String, _ candidates: [String], limit: Int) -> [String] {
        let key = Array(NameKey.fold(text).unicodeScalars)
        let bound = max(1, min(4, key.count / 3 + 1))
        var seen = Set<String>()
        var scored: [(Int, Int, String)] = []
        for (order, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            let distance = fullDistance(key, Array(NameKey.fold(candidate).unicodeScalars))
            if distance <= bound { scored.append((distance, order, candidate)) }
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }

    static func randomWord(_ random: inout SplitMix64) -> String {
        let letters = Array("aabbcdeinoru-12 ÉéاN")
        return String((0 ..< Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! })
    }

    @Test func agreesWithComparingEveryCandidate() {
        var random = SplitMix64(seed: 3)
        for _ in 0 ..< 60 {
            let candidates = (0 ..< Int.random(in: 0...80, using: &random)).map { _ in Self.randomWord(&random) }
            var index = SuggestionIndex(candidates)
            for _ in 0 ..< 20 {
                let text = Self.randomWord(&random)
                let limit = Int.random(in: 0...5, using: &random)
                #expect(index.nearest(to: text, limit: limit) == Self.bruteForce(text, candidates, limit: limit),
                        "\(text) among \(candidates)")
            }
        }
    }

    @Test func repeatedLookupsGiveTheSameAnswer() {
        var index = SuggestionIndex(["commands", "command-of", "attacked"])
        #expect(index.nearest(to: "comands") == ["commands", "command-of"])
        #expect(index.nearest(to: "Comands!") == ["commands", "command-of"])
        #expect(index.nearest(to: "comands", limit: 1) == ["commands"])
    }

    @Test func bandedDistanceIsTheDistanceWithinTheBound() {
        var random = SplitMix64(seed: 9)
        for _ in 0 ..< 500 {
            let a = Array(Self.randomWord(&random).unicodeScalars), b = Array(Self.randomWord(&random).unicodeScalars)
            let bound = Int.random(in: 0...5, using: &random)
            let exact = Self.fullDistance(a, b)
            #expect(Suggester.editDistance(a, b, bound: bound) == (exact <= bound ? exact : nil), "\(a) \(b) \(bound)")
        }
    }
}
