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

    /// One `key: value, value` entry. Its values are consecutive in
    /// ``values`` (or ``nestedValues`` for an entry inside a value's list).
    struct AttributeEntry: Sendable {
        /// Index of the key's term.
        var key: Int32
        /// Index of the first value.
        var firstValue: Int32
        /// How many values (several where sources disagree, or a list).
        var valueCount: Int32
    }

    /// One value: its terms (`drone`, `person|group`, or a citation's
    /// `r000 "quote" 2`), and the `[...]` list that may annotate it.
    struct Value: Sendable {
        /// Index of the first term; the terms are consecutive.
        var firstTerm: Int32
        /// How many terms.
        var termCount: Int32
        /// Index of the first entry of its list in ``nestedEntries``.
        var firstNested: Int32 = 0
        /// How many entries its list has (0 when it has none).
        var nestedCount: Int32 = 0
    }

    var terms: [Token] = []
    var statements: [Statement] = []
    var attributes: [AttributeEntry] = []
    var values: [Value] = []
    /// Entries of the lists that annotate values, one level deep.
    var nestedEntries: [AttributeEntry] = []
    var nestedValues: [Value] = []
    /// The words and strings of statements that failed to parse, so the
    /// checker does not warn that the actors they name are unused.
    var unparsedTerms: [Token] = []

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

    /// The values of a top-level entry.
    func values(_ entry: AttributeEntry) -> ArraySlice<Value> {
        values[Int(entry.firstValue) ..< Int(entry.firstValue + entry.valueCount)]
    }

    /// The values of an entry in a value's list.
    func nestedValues(_ entry: AttributeEntry) -> ArraySlice<Value> {
        nestedValues[Int(entry.firstValue) ..< Int(entry.firstValue + entry.valueCount)]
    }

    /// The entries of the list annotating `value`.
    func nested(_ value: Value) -> ArraySlice<AttributeEntry> {
        nestedEntries[Int(value.firstNested) ..< Int(value.firstNested + value.nestedCount)]
    }

    func terms(_ value: Value) -> ArraySlice<Token> {
        terms[Int(value.firstTerm) ..< Int(value.firstTerm + value.termCount)]
    }
}
