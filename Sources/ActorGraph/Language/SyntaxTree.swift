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
        /// Index of the first alias in ``SyntaxTree/aliasTerms``.
        var firstAlias: Int32 = 0
        /// How many aliases follow `aka`.
        var aliasCount: Int32 = 0
        /// Byte offset of the `aka` keyword, or -1.
        var akaOffset: Int32 = -1
        /// Index of the first attribute in ``SyntaxTree/attributes``.
        var firstAttribute: Int32
        /// How many `key: value` entries the `[...]` list holds.
        var attributeCount: Int32 = 0
        /// Index of the first of its aliases' lists in ``SyntaxTree/aliasLists``.
        var firstAliasList: Int32 = 0
        /// How many of its aliases carry a list (`aka "X" [lang: ar, src: r003]`).
        var aliasListCount: Int32 = 0
    }

    /// The `[lang: ..., src: ...]` list of one alias; its entries are
    /// consecutive in ``SyntaxTree/attributes``.
    struct AliasList: Sendable {
        /// The alias's position among the statement's aliases.
        var alias: Int32
        /// Index of the first entry in ``SyntaxTree/attributes``.
        var firstAttribute: Int32
        /// How many entries.
        var attributeCount: Int32

        /// Whether the list whose `[` precedes `tokens` is an alias's own:
        /// it holds a `lang:` key, or another alias (`,` or a string) or
        /// another list follows it. Otherwise it is the entity's. The
        /// parser and the formatter both ask.
        static func belongsToAlias(after tokens: some IteratorProtocol<Token>, in bytes: [UInt8]) -> Bool {
            var tokens = tokens
            var depth = 1
            var previous: Token?, holdsLanguage = false
            while depth > 0, let next = tokens.next() {
                switch next.kind {
                case .openBracket: depth += 1
                case .closeBracket: depth -= 1
                case .end: return false
                case .colon:
                    if depth == 1, let previous, previous.kind == .word, bytes[Int(previous.start) ..< Int(previous.end)].elementsEqual("lang".utf8) {
                        holdsLanguage = true
                    }
                default: break
                }
                previous = next
            }
            if holdsLanguage { return true }
            // On the same line a comma, another alias or a list; else the
            // entity's list, which may start the next line.
            var after = tokens.next()
            if after?.kind != .newline { return [.comma, .string, .openBracket].contains(after?.kind) }
            while after?.kind == .newline { after = tokens.next() }
            return after?.kind == .openBracket
        }
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
    /// The aliases after `aka`, apart from ``terms`` because their own
    /// lists' keys and values go there between one alias and the next.
    var aliasTerms: [Token] = []
    var statements: [Statement] = []
    var attributes: [AttributeEntry] = []
    var values: [Value] = []
    var aliasLists: [AliasList] = []
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
        aliasTerms[Int(statement.firstAlias) ..< Int(statement.firstAlias + statement.aliasCount)]
    }

    func aliasLists(_ statement: Statement) -> ArraySlice<AliasList> {
        aliasLists[Int(statement.firstAliasList) ..< Int(statement.firstAliasList + statement.aliasListCount)]
    }

    func attributes(_ list: AliasList) -> ArraySlice<AttributeEntry> {
        attributes[Int(list.firstAttribute) ..< Int(list.firstAttribute + list.attributeCount)]
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
