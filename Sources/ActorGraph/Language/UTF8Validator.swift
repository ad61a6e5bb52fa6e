/// Finds bytes that are not valid UTF-8 (stray continuation bytes,
/// truncated or overlong sequences, surrogates, values past U+10FFFF).
enum UTF8Validator {
    /// The offset of the first invalid byte on each line that has one.
    static func firstInvalidOffsetPerLine(_ bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var index = 0
        var lineHasError = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\n") { lineHasError = false }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if !lineHasError { found.append(index) }
                lineHasError = true
                index += 1
            } else {
                index += length
            }
        }
        return found
    }

    /// The length of the valid multi-byte sequence at `index`, or 0.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return 0 }
        return length
    }
}
