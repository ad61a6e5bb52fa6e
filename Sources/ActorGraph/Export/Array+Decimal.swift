extension Array where Element == UInt8 {
    /// Appends `value` in decimal without making a String: exporters write
    /// the `N` of millions of `rel-N` ids, and a String for each is the
    /// larger part of that cost.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        // The digits from the last one back, at the end of room for the largest Int's 19.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 19) { digits in
            var start = digits.count
            var rest = value.magnitude
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
