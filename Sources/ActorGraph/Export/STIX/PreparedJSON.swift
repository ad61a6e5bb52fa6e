/// JSON strings written once and copied wherever they recur (the id of an
/// entity that many relationships refer to, a relation type's name), so
/// that each use costs one copy of bytes, not a String checked for escapes.
struct PreparedJSON {
    private var buffer = JSONBuffer()
    /// Where each value ends in the buffer; it starts where the one before ends.
    private var ends: [Int] = []

    /// The values of `texts`, in order.
    init(strings texts: some Sequence<String>) {
        for text in texts { append(string: text) }
    }

    /// No values yet.
    init() {}

    /// Adds `text` as a JSON string.
    mutating func append(string text: String) {
        buffer.string(text)
        ends.append(buffer.storage.count)
    }

    /// Adds a JSON string of bytes that need no escape, such as a UUID.
    mutating func append(plain bytes: [UInt8]) {
        buffer.raw("\"")
        buffer.raw(bytes)
        buffer.raw("\"")
        ends.append(buffer.storage.count)
    }

    /// Value `index`, quoted and escaped.
    subscript(index: Int) -> ArraySlice<UInt8> {
        buffer.storage[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
}
