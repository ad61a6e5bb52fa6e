@testable import ActorGraph
import Testing

/// The table keeps the last posting of every key, through growth and
/// through keys whose low bits collide, as a dictionary would.
struct PostingHeadsTests {
    @Test func keepsTheLastPostingOfEveryKeyAsADictionaryDoes() {
        var heads = PostingHeads()
        var expected: [UInt64: Int32] = [:]
        // 3,900 distinct keys, in groups of 13 that share their low bits and so
        // probe past each other, many filed more than once; the table grows several times.
        let keys = (0..<5_000).map { UInt64($0 % 13) << 40 | UInt64($0 % 300) }
        for (posting, key) in keys.enumerated() {
            #expect(heads.replace(key, with: Int32(posting)) == expected[key] ?? -1)
            expected[key] = Int32(posting)
        }
        for key in Set(keys) { #expect(heads[key] == expected[key]) }
        #expect(heads[1 << 63] == -1)
    }
}
