/// The heads of ``NearMatchIndex``'s posting chains: hash → the last
/// posting filed under it. The keys are 64-bit hashes already mixed, so
/// this open-addressing table takes a key's low bits as its slot, where a
/// `Dictionary` would hash every key again (on an import of 100,000 rows
/// that rehashing was most of the index's time).
struct PostingHeads {
    private var keys: [UInt64]
    /// The posting in each slot; -1 for an empty slot.
    private var postings: [Int32]
    private var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        postings = Array(repeating: -1, count: 1024)
    }

    /// The last posting filed under `key`, or -1.
    subscript(key: UInt64) -> Int32 {
        postings[slot(of: key)]
    }

    /// Files `posting` as the last under `key`; returns the one it
    /// follows, or -1.
    mutating func replace(_ key: UInt64, with posting: Int32) -> Int32 {
        // At most half full, so probes stay short.
        if 2 * (count + 1) > keys.count { grow() }
        let slot = slot(of: key)
        let previous = postings[slot]
        if previous < 0 { count += 1 }
        keys[slot] = key
        postings[slot] = posting
        return previous
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while postings[slot] >= 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let (oldKeys, oldPostings) = (keys, postings)
        keys = Array(repeating: 0, count: 2 * oldKeys.count)
        postings = Array(repeating: -1, count: 2 * oldKeys.count)
        for (key, posting) in zip(oldKeys, oldPostings) where posting >= 0 {
            let slot = slot(of: key)
            keys[slot] = key
            postings[slot] = posting
        }
    }
}
