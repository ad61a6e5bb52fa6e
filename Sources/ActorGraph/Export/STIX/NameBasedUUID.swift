/// RFC 4122 name-based UUIDs, version 5: SHA-1 of a namespace UUID and a
/// name, so the same name in the same namespace always gives the same
/// UUID and an export's identifiers do not change from run to run. Keeps
/// one buffer for the bytes it hashes, reused for every name.
struct NameBasedUUID {
    /// The namespace's 16 bytes, then the name being hashed.
    private var message: [UInt8]

    /// UUIDs in the namespace `namespace` (`8-4-4-4-12` hexadecimal
    /// digits); `nil` when it is not a UUID.
    init?(namespace: String) {
        var bytes: [UInt8] = []
        var high: UInt8?
        for character in namespace.utf8 where character != UInt8(ascii: "-") {
            guard let digit = StringLiteral.hexValue(character).map(UInt8.init) else { return nil }
            if let first = high {
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        guard bytes.count == 16, high == nil else { return nil }
        message = bytes
        message.reserveCapacity(256)
    }

    /// The UUID of the name `prefix` followed by `name`, in lower case,
    /// after `leading` (such as STIX's `identity--`).
    mutating func text(_ prefix: StaticString, _ name: some Sequence<UInt8>, leading: StaticString = "") -> String {
        var bytes: [UInt8] = []
        write(prefix, name, leading: leading, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends to `bytes` what ``text(_:_:leading:)`` gives, for a writer
    /// that copies the id into its output and need not make a String of it.
    mutating func write(_ prefix: StaticString, _ name: some Sequence<UInt8>, leading: StaticString = "", into bytes: inout [UInt8]) {
        message.removeSubrange(16...)
        prefix.withUTF8Buffer { message.append(contentsOf: $0) }
        message.append(contentsOf: name)
        let digest = SHA1.digest(message)
        leading.withUTF8Buffer { bytes.append(contentsOf: $0) }
        // The first 16 bytes of the digest in 8-4-4-4-12 hexadecimal digits,
        // with the version (5) in the high nibble of byte 6 and the RFC 4122
        // variant (10) in the top bits of byte 8.
        let (first, second, third, fourth, _) = digest.words
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            var position = 0
            func put(_ value: UInt32, digits: Int, hyphen: Bool = true) {
                for digit in 0..<digits {
                    text[position + digit] = Self.hexDigits.utf8Start[Int(value >> (4 * UInt32(digits - 1 - digit)) & 0xF)]
                }
                position += digits
                if hyphen {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
            }
            put(first, digits: 8)
            put(second >> 16, digits: 4)
            put(second & 0x0FFF | 0x5000, digits: 4)
            put(third >> 16 & 0x3FFF | 0x8000, digits: 4)
            put(third & 0xFFFF, digits: 4, hyphen: false)
            put(fourth, digits: 8, hyphen: false)
            bytes.append(contentsOf: text)
        }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"
}
