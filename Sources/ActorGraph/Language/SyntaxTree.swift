/// The statements of one file, stored flat: terms (words and strings) in
/// one array, statements and attributes as index ranges into it, so parsing
/// a large file allocates a few big arrays rather than one per statement.
struct SyntaxTree: Sendable {
    /// One line's statement: head terms, then alias terms, then attributes.
    struct Statement: Sendable {
        /// Index of the first head term in ``SyntaxTree/terms``.
        var firstTerm: Int32
        /// How many words and strings precede `aka` or `[`.
        var headCount: Int32 = 0
        /// How many aliases follow `aka` (they follow the head terms).
        var aliasCount: Int32 = 0
        /// Byte offset of the `aka` keyword, or -1.
        var akaOffset: Int32 = -1
        /// Index of the first attribute in ``SyntaxTree/attributes``.
        var firstAttribute: Int32
        /// How many `key: value` entries the `[...]` list holds.
        var attributeCount: Int32 = 0
    }

    /// One `key: value | value` entry.
    struct AttributeEntry: Sendable {
        /// Index of the key's term.
        var key: Int32
        /// Index of the first value term; values are consecutive.
        var firstValue: Int32
        /// How many values (more than one only with `|`).
        var valueCount: Int32
    }

    var terms: [Token] = []
    var statements: [Statement] = []
    var attributes: [AttributeEntry] = []

    func head(_ statement: Statement) -> ArraySlice<Token> {
        let start = Int(statement.firstTerm)
        return terms[start ..< start + Int(statement.headCount)]
    }

    func aliases(_ statement: Statement) -> ArraySlice<Token> {
        let start = Int(statement.firstTerm + statement.headCount)
        return terms[start ..< start + Int(statement.aliasCount)]
    }

    func attributes(_ statement: Statement) -> ArraySlice<AttributeEntry> {
        let start = Int(statement.firstAttribute)
        return attributes[start ..< start + Int(statement.attributeCount)]
    }

    func values(_ entry: AttributeEntry) -> ArraySlice<Token> {
        terms[Int(entry.firstValue) ..< Int(entry.firstValue + entry.valueCount)]
    }
}
