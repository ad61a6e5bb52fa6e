/// Pieces of JSON written once and copied wherever they recur (the id of
/// an entity that many relationships refer to, what a relation type's
/// relationships share), so that each use costs one copy of bytes, not
/// Strings checked for escapes again.
struct PreparedJSON {
    private var buffer = JSONBuffer()
    /// Where each piece ends in the buffer; it starts where the one before ends.
    private var ends: [Int] = []

    /// `count` pieces, piece `index` written by `write(&buffer, index)`.
    init(count: Int, _ write: (inout JSONBuffer, Int) -> Void) {
        ends.reserveCapacity(count)
        for index in 0..<count {
            write(&buffer, index)
            ends.append(buffer.storage.count)
        }
    }

    /// Copies piece `index` to the end of `out`.
    func write(_ index: Int, to out: inout JSONBuffer) {
        let start = index == 0 ? 0 : ends[index - 1], end = ends[index]
        buffer.storage.withUnsafeBufferPointer { out.raw(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Piece `index`, for keeping.
    subscript(index: Int) -> ArraySlice<UInt8> {
        buffer.storage[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
}
