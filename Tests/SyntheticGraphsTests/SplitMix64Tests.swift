import SyntheticGraphs
import Testing

struct SplitMix64Tests {
    @Test func sequenceIsFixedBySeed() {
        var a = SplitMix64(seed: 7), b = SplitMix64(seed: 7), c = SplitMix64(seed: 8)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }

    @Test func valuesSpreadOverTheRange() {
        var random = SplitMix64(seed: 3)
        let buckets = (0..<10_000).reduce(into: [Int](repeating: 0, count: 10)) { counts, _ in
            counts[Int.random(in: 0..<10, using: &random)] += 1
        }
        #expect(buckets.allSatisfy { (800...1_200).contains($0) })
    }
}
