/// Texts escaped once and written many times, packed in one array: the
/// entity ids that every edge of GraphML and GEXF names. Reading an
/// edge's two ids from this small table, rather than from two entities
/// scattered over a large graph, spares two cache misses per edge.
struct XMLTextTable {
    private let bytes: [UInt8]
    /// Where text `n` ends in `bytes`; it starts where text `n - 1` ends.
    private let ends: [Int]

    init(_ texts: some Sequence<String>) {
        var buffer = XMLBuffer(), ends: [Int] = []
        for text in texts {
            buffer.text(text)
            ends.append(buffer.storage.count)
        }
        bytes = buffer.storage
        self.ends = ends
    }

    /// Writes text `index`, escaped, to `out`.
    func write(_ index: Int, to out: inout XMLBuffer) {
        let start = index == 0 ? 0 : ends[index - 1]
        bytes.withUnsafeBufferPointer { out.raw(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }
}
