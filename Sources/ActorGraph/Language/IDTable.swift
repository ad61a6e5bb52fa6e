/// Finds entity ids by their bytes in the source, so resolving the two
/// ends of each relation neither builds a `String` nor hashes one with
/// SipHash: an open-addressing table with an FNV-1a hash over the bytes.
struct IDTable {
    private var slots: [Int32]
    private var keyBytes: [UInt8] = []
    private var keyOffsets: [Int32] = [0]
    private var values: [Int32] = []
    private let mask: Int

    /// A table sized for about `capacity` ids, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Records `value` for `key` unless the key is already present.
    mutating func insert(_ key: ArraySlice<UInt8>, value: Int32) {
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            if matches(Int(slots[slot]), key) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(values.count)
        keyBytes.append(contentsOf: key)
        keyOffsets.append(Int32(keyBytes.count))
        values.append(value)
    }

    /// The value recorded for `key`.
    func find(_ key: ArraySlice<UInt8>) -> Int32? {
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if matches(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func matches(_ entry: Int, _ key: ArraySlice<UInt8>) -> Bool {
        let start = Int(keyOffsets[entry]), end = Int(keyOffsets[entry + 1])
        return end - start == key.count && keyBytes[start ..< end].elementsEqual(key)
    }

    private static func hash(_ key: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
