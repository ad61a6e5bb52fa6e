/// What the byte buffers of the text formats with list literals share
/// (JSON's `["a","b"]`, Cypher's `['a','b']`): structural text appended as
/// it is, strings quoted by the format's own rule, and lists written
/// element by element in place.
protocol LiteralBuffer {
    /// Structural text the writer itself chose.
    mutating func raw(_ text: StaticString)
    /// `text` as the format's string literal.
    mutating func string(_ text: String)
}

extension LiteralBuffer {
    /// `[a,b,...]`, each element written by `element`.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout Self, S.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            element(&self, item)
        }
        raw("]")
    }

    /// A list of string literals.
    mutating func strings<S: Sequence>(_ items: S) where S.Element == String {
        array(items) { $0.string($1) }
    }
}
