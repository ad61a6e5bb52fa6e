/// SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 4122, version 5). SHA-1
/// is broken for signatures; here it only turns names into identifiers,
/// as RFC 4122 defines them. Hashes in place, without allocating, since
/// an export hashes one name for every entity and every relation. Any
/// format that needs deterministic UUIDs can use it through ``NameBasedUUID``.
enum SHA1 {
    /// A digest: five big-endian 32-bit words.
    struct Digest {
        var words: (UInt32, UInt32, UInt32, UInt32, UInt32)

        /// Byte `index` (0-19), most significant first.
        func byte(_ index: Int) -> UInt8 {
            let word: UInt32
            switch index / 4 {
            case 0: word = words.0
            case 1: word = words.1
            case 2: word = words.2
            case 3: word = words.3
            default: word = words.4
            }
            return UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32(index % 4)))
        }

        /// Lower-case hexadecimal, as test vectors are written.
        var hex: String {
            (0..<20).map { String(String(0x100 | Int(byte($0)), radix: 16).dropFirst()) }.joined()
        }
    }

    /// The digest of `message`.
    static func digest(_ message: [UInt8]) -> Digest {
        message.withUnsafeBytes { digest($0) }
    }

    /// The digest of the bytes at `message`.
    static func digest(_ message: UnsafeRawBufferPointer) -> Digest {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
            let whole = message.count / 64 * 64
            var offset = 0
            while offset < whole {
                compress(UnsafeRawBufferPointer(rebasing: message[offset..<offset + 64]), into: &state, schedule: schedule)
                offset += 64
            }
            // The tail, the 0x80 marker and the length in bits fill one
            // block, or two when fewer than 9 bytes are left after the tail.
            return withUnsafeTemporaryAllocation(byteCount: 128, alignment: 1) { padding in
                let tail = message.count - whole
                let blocks = tail + 9 <= 64 ? 1 : 2
                let padded = UnsafeMutableRawBufferPointer(rebasing: padding[0..<blocks * 64])
                padded.initializeMemory(as: UInt8.self, repeating: 0)
                if tail > 0 { padded.copyMemory(from: UnsafeRawBufferPointer(rebasing: message[whole...])) }
                padded[tail] = 0x80
                let bits = UInt64(message.count) &* 8
                for position in 0..<8 {
                    padded[blocks * 64 - 1 - position] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(position)))
                }
                for block in 0..<blocks {
                    compress(UnsafeRawBufferPointer(rebasing: padded[block * 64..<block * 64 + 64]), into: &state, schedule: schedule)
                }
                return Digest(words: state)
            }
        }
    }

    /// One 64-byte block folded into `state`. `schedule` is room for 16
    /// words: each word of the message schedule replaces the one 16 steps
    /// back once that is used, and the four rounds are four loops, so no
    /// step decides its round's function.
    private static func compress(_ block: UnsafeRawBufferPointer, into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32),
                                 schedule: UnsafeMutableBufferPointer<UInt32>) {
        for index in 0..<16 {
            schedule[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
        }
        var (a, b, c, d, e) = state
        @inline(__always) func word(_ index: Int) -> UInt32 {
            if index < 16 { return schedule[index] }
            let next = rotate(schedule[(index - 3) & 15] ^ schedule[(index - 8) & 15] ^ schedule[(index - 14) & 15] ^ schedule[index & 15], by: 1)
            schedule[index & 15] = next
            return next
        }
        @inline(__always) func step(_ index: Int, _ mixed: UInt32, _ constant: UInt32) {
            let next = rotate(a, by: 5) &+ mixed &+ e &+ constant &+ word(index)
            (e, d, c, b, a) = (d, c, rotate(b, by: 30), a, next)
        }
        // FIPS 180-4's Ch and Maj, in forms with one operation fewer.
        for index in 0..<20 { step(index, d ^ (b & (c ^ d)), 0x5A82_7999) }
        for index in 20..<40 { step(index, b ^ c ^ d, 0x6ED9_EBA1) }
        for index in 40..<60 { step(index, (b & c) | (d & (b | c)), 0x8F1B_BCDC) }
        for index in 60..<80 { step(index, b ^ c ^ d, 0xCA62_C1D6) }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }

    private static func rotate(_ word: UInt32, by count: UInt32) -> UInt32 {
        word << count | word >> (32 - count)
    }
}
