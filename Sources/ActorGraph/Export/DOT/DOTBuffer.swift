/// A growing byte buffer with the few DOT constructs the writer needs.
struct DOTBuffer {
    private(set) var storage: [UInt8] = []

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { storage.append(contentsOf: text.utf8) }

    mutating func bytes(_ bytes: [UInt8]) { storage.append(contentsOf: bytes) }

    mutating func quoted(_ text: String) { DOTString.append(text, to: &storage) }

    /// Indents by `level`, at most eight levels deep: deeper nesting would
    /// make output grow with the square of the depth.
    mutating func indent(_ level: Int) {
        for _ in 0..<min(level, 8) { storage.append(contentsOf: [0x20, 0x20]) }
    }

    /// Writes the generated node id `n<index>`, digit by digit, since a
    /// large graph writes hundreds of thousands of them.
    mutating func nodeID(_ index: Int) {
        storage.append(UInt8(ascii: "n"))
        var divisor = 1
        while divisor <= index / 10 { divisor *= 10 }
        var rest = index
        while divisor > 0 {
            storage.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `graph [a="x", b="y"];` for the `graph`, `node` and `edge` defaults.
    mutating func statement(_ keyword: String, _ attributes: [(String, String)]) {
        raw("  \(keyword) [")
        var first = true
        for (name, value) in attributes {
            if !first { raw(", ") }
            first = false
            quoted(name)
            raw("=")
            quoted(value)
        }
        raw("];\n")
    }

    /// `, name="value"` for each attribute, for appending after a label.
    static func attributeBytes(_ attributes: [(String, String)]) -> [UInt8] {
        var buffer = DOTBuffer()
        for (name, value) in attributes {
            buffer.raw(", ")
            buffer.quoted(name)
            buffer.raw("=")
            buffer.quoted(value)
        }
        return buffer.storage
    }
}
