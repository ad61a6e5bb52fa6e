/// Parses one `.ag` file into a ``SyntaxTree``: the shape of each
/// statement, not its meaning, which ``GraphCompiler`` checks once every
/// file is read (a kind may be declared in another file).
///
/// On an error the parser reports it, drops the statement and goes on at
/// the next line, so one run reports every error in the file.
struct Parser {
    private var lexer: Lexer
    private let bytes: [UInt8]
    private let file: Int
    private var token: Token
    private var tree = SyntaxTree()
    private var diagnostics: DiagnosticCollector
    /// Set when a value's list was left open, so the enclosing list stops
    /// too instead of skipping the line that follows.
    private var nestedListUnclosed = false

    private init(bytes: [UInt8], file: Int, diagnostics: DiagnosticCollector) {
        self.bytes = bytes
        self.file = file
        self.diagnostics = diagnostics
        lexer = Lexer(bytes: bytes)
        token = Token(kind: .end, start: 0, end: 0)
    }

    /// Parses the whole file `file`, adding what is wrong to `diagnostics`.
    static func parse(_ bytes: [UInt8], file: Int, into diagnostics: inout DiagnosticCollector) -> SyntaxTree {
        var parser = Parser(bytes: bytes, file: file, diagnostics: diagnostics)
        defer { diagnostics = parser.diagnostics }
        for offset in UTF8Validator.firstInvalidOffsetPerLine(bytes) where parser.admits(offset) {
            parser.error(.invalidUTF8, at: offset, length: 1,
                         "invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        // One pass to count lines lets the big arrays be allocated once
        // instead of being copied each time they grow.
        let lines = bytes.reduce(into: 1) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
        parser.tree.statements.reserveCapacity(lines)
        parser.tree.terms.reserveCapacity(lines * 4)
        parser.advance()
        while parser.token.kind != .end {
            if parser.token.kind == .newline {
                parser.advance()
            } else {
                parser.statement()
            }
        }
        return parser.tree
    }

    private mutating func advance() {
        token = lexer.next()
        if token.kind == .string, token.isUnterminated || token.hasEscapes { checkString(token) }
    }

    /// Reports a string left open and its malformed escapes, each with the
    /// edit its message asks for.
    private mutating func checkString(_ token: Token) {
        if token.isUnterminated, diagnostics.admits(.error, file: file, offset: Int(token.start), stage: .strings) {
            // The closing quote goes before a CRLF line's carriage return.
            var end = Int(token.end)
            if end > Int(token.start) + 1, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            diagnostics.add(PendingDiagnostic(severity: .error, id: .unterminatedString,
                                              message: "unterminated string; add a closing '\"' before the end of the line",
                                              file: file, offset: Int(token.start), length: 1,
                                              fixIts: [PendingFixIt(offset: end, length: 0, replacement: "\"")]),
                            stage: .strings)
        }
        guard token.hasEscapes else { return }
        let range = Lexer.contentRange(of: token)
        _ = StringLiteral.decode(bytes, from: range.lowerBound, to: range.upperBound) { problem in
            guard diagnostics.admits(.error, file: file, offset: problem.offset, stage: .strings) else { return }
            // An unknown escape was most likely meant as a backslash.
            let fixIts = problem.kind == .unknown ? [PendingFixIt(offset: problem.offset, length: 0, replacement: "\\")] : []
            diagnostics.add(PendingDiagnostic(severity: .error, id: problem.id, message: problem.message, file: file,
                                              offset: problem.offset, length: problem.length, fixIts: fixIts),
                            stage: .strings)
        }
    }

    private func isKeyword(_ word: String) -> Bool {
        guard token.kind == .word, Int(token.end - token.start) == word.utf8.count else { return false }
        return bytes[Int(token.start) ..< Int(token.end)].elementsEqual(word.utf8)
    }

    private mutating func statement() {
        let termMark = tree.terms.count
        let attributeMark = tree.attributes.count
        let valueMark = tree.values.count, nestedMark = tree.nestedEntries.count, nestedValueMark = tree.nestedValues.count
        var statement = SyntaxTree.Statement(firstTerm: Int32(termMark), firstAttribute: Int32(attributeMark))
        statement.firstAlias = Int32(tree.aliasTerms.count)
        statement.firstAliasList = Int32(tree.aliasLists.count)
        var ok = true

        while token.kind == .word || token.kind == .string, !isKeyword("aka") {
            tree.terms.append(token)
            statement.headCount += 1
            advance()
        }
        if statement.headCount == 0 {
            unexpected(.expectedStatement, "at the start of a statement; a line declares an entity ('person abu-taqwa \"Abu Taqwa\"') or a relation ('a commands b')")
            ok = false
        }
        if ok, isKeyword("aka") {
            statement.akaOffset = token.start
            advance()
            switch aliases(&statement) {
            case .parsed: break
            case .failed: ok = false
            case .unclosed:
                tree.statements.append(statement)
                return
            }
        }
        // A line cannot start with '[', so a list on the next line belongs
        // to this statement: long declarations can put it on its own line.
        if ok, token.kind == .newline, nextNonBlankIsBracket() {
            while token.kind == .newline { advance() }
        }
        if ok, token.kind == .openBracket {
            // A broken list is reported where it breaks, and dropped; the
            // statement itself is kept, so its entity or relation does not
            // reappear as "unknown" or "untouched" errors further on.
            statement.firstAttribute = Int32(tree.attributes.count)
            let result = listOrRollBack(&statement.attributeCount)
            if result == .unclosed {
                tree.statements.append(statement)
                return
            }
            if result == .failed { skipLine() }
        }
        if ok, token.kind != .newline, token.kind != .end {
            unexpected(.expectedEndOfLine, "; a statement ends at the end of its line")
            ok = false
        }
        if ok {
            tree.statements.append(statement)
        } else {
            rollBack(terms: termMark, attributes: attributeMark, values: valueMark, nested: nestedMark, nestedValues: nestedValueMark)
            tree.unparsedTerms += tree.aliasTerms[Int(statement.firstAlias)...]
            tree.aliasTerms.removeSubrange(Int(statement.firstAlias)...)
            tree.aliasLists.removeSubrange(Int(statement.firstAliasList)...)
            skipLine()
        }
    }

    /// Skips the rest of a line that failed to parse, keeping its words.
    private mutating func skipLine() {
        while token.kind != .newline, token.kind != .end { skip() }
    }

    /// Skips one token of a statement or list that failed to parse; a
    /// word or string goes to ``SyntaxTree/unparsedTerms``.
    private mutating func skip() {
        if token.kind == .word || token.kind == .string { tree.unparsedTerms.append(token) }
        advance()
    }

    /// Drops what a failed statement added, so the tree holds only good
    /// ones; its words and strings go to ``SyntaxTree/unparsedTerms``.
    private mutating func rollBack(terms: Int, attributes: Int, values: Int, nested: Int, nestedValues: Int) {
        tree.unparsedTerms += tree.terms[terms...]
        tree.terms.removeSubrange(terms...)
        tree.attributes.removeSubrange(attributes...)
        tree.values.removeSubrange(values...)
        tree.nestedEntries.removeSubrange(nested...)
        tree.nestedValues.removeSubrange(nestedValues...)
    }

    /// Parses the `[...]` list at the current token; a list that failed
    /// is reported where it broke and dropped whole, with `count` reset.
    private mutating func listOrRollBack(_ count: inout Int32) -> AttributeListResult {
        let marks = (terms: tree.terms.count, attributes: tree.attributes.count, values: tree.values.count,
                     nested: tree.nestedEntries.count, nestedValues: tree.nestedValues.count)
        let result = attributeList(&count, nested: false)
        if result != .parsed {
            rollBack(terms: marks.terms, attributes: marks.attributes, values: marks.values, nested: marks.nested, nestedValues: marks.nestedValues)
            count = 0
        }
        return result
    }

    /// Parses the aliases after `aka`, each optionally with its own
    /// `[lang: ..., src: ...]` list. A list right after an alias is the
    /// alias's when another alias or another list follows it, or when it
    /// holds a `lang:` key; otherwise it is the entity's own list, which
    /// the caller reads. A broken alias list is reported and dropped; the
    /// statement is kept, so its entity is not reported missing later.
    private mutating func aliases(_ statement: inout SyntaxTree.Statement) -> AttributeListResult {
        while true {
            guard token.kind == .string || token.kind == .word else {
                unexpected(.expectedAlias, "; 'aka' takes quoted names separated by commas, e.g. aka \"Abu Taqwa\", \"Abu Taqua\" [lang: ar, src: r003]")
                return .failed
            }
            var alias = token
            advance()
            if alias.kind == .word, token.kind == .word {
                // Words side by side (only blanks can part them on a line)
                // are one alias left unquoted: one error, and the alias is
                // kept whole, so references to it raise no further errors.
                while token.kind == .word {
                    alias.end = token.end
                    advance()
                }
                let quoted = StringLiteral.quoted(String(decoding: bytes[Int(alias.start) ..< Int(alias.end)], as: UTF8.self))
                error(.unquotedName, at: Int(alias.start), length: Int(alias.end - alias.start), "put the alias in double quotes: \(quoted)",
                      fixIts: [PendingFixIt(offset: Int(alias.start), length: Int(alias.end - alias.start), replacement: quoted)])
            }
            tree.aliasTerms.append(alias)
            statement.aliasCount += 1
            if token.kind == .openBracket, listBelongsToAlias() {
                var list = SyntaxTree.AliasList(alias: statement.aliasCount - 1, firstAttribute: Int32(tree.attributes.count), attributeCount: 0)
                let result = listOrRollBack(&list.attributeCount)
                if result == .unclosed { return .unclosed }
                if result == .parsed {
                    tree.aliasLists.append(list)
                    statement.aliasListCount += 1
                }
            }
            if token.kind == .string {
                // Two aliases without a comma between: one error, both kept.
                let start = Int(token.start), afterBlank = start > 0 && bytes[start - 1] == UInt8(ascii: " ")
                error(.expectedAlias, at: start, length: 1, "missing ',' before this alias; separate aliases with commas, as in aka \"X\", \"Y\"",
                      fixIts: [PendingFixIt(offset: afterBlank ? start - 1 : start, length: 0, replacement: afterBlank ? "," : ", ")])
                continue
            }
            guard token.kind == .comma else { return .parsed }
            advance()
            while token.kind == .newline { advance() }
        }
    }

    /// Whether the `[...]` list at the current token is an alias's own
    /// (see ``SyntaxTree/AliasList/belongsToAlias(after:in:)``).
    private func listBelongsToAlias() -> Bool {
        var lookahead = lexer
        return SyntaxTree.AliasList.belongsToAlias(after: AnyIterator { lookahead.next() }, in: bytes)
    }

    private enum AttributeListResult { case parsed, failed, unclosed }

    /// Parses `[key: value, ...]`; newlines inside are allowed. A line that
    /// does not start `key:` means the `]` was forgotten: that is reported
    /// at the `[`, and parsing resumes with that line as a new statement.
    /// `nested` lists annotate one value (`3 [src: r000]`) and may not
    /// themselves hold lists.
    private mutating func attributeList(_ count: inout Int32, nested: Bool) -> AttributeListResult {
        let open = token
        advance()
        var failed = false
        var afterNewline = false
        while true {
            switch token.kind {
            case .closeBracket:
                advance()
                return failed ? .failed : .parsed
            case .newline:
                afterNewline = true
                advance()
            case .comma:
                advance()
            case .end:
                error(.unclosedBracket, at: Int(open.start), length: 1, "unclosed '['; add ']' to end the attribute list")
                return .unclosed
            case .word:
                if afterNewline && !startsEntry(lexer) {
                    error(.unclosedBracket, at: Int(open.start), length: 1, "unclosed '['; add ']' to end the attribute list")
                    return .unclosed
                }
                afterNewline = false
                if attributeEntry(nested: nested) {
                    count += 1
                } else if nestedListUnclosed {
                    // The inner list ran into the next line; so did this one.
                    nestedListUnclosed = false
                    error(.unclosedBracket, at: Int(open.start), length: 1, "unclosed '['; add ']' to end the attribute list")
                    return .unclosed
                } else {
                    failed = true
                    while ![.comma, .newline, .closeBracket, .end].contains(token.kind) { skip() }
                }
            default:
                // One complaint per list: a run of stray tokens is one mistake.
                if !failed { unexpected(.unexpectedToken, "in an attribute list; write key: value pairs separated by commas") }
                failed = true
                skip()
            }
        }
    }

    /// Whether the first token after the blank lines ahead is `[`.
    private func nextNonBlankIsBracket() -> Bool {
        var lookahead = lexer
        var next = lookahead.next()
        while next.kind == .newline { next = lookahead.next() }
        return next.kind == .openBracket
    }

    /// Whether the tokens after the current one read `key:` (the current
    /// token being the key): a new entry rather than another value.
    private func startsEntry(_ lexer: Lexer) -> Bool {
        var lookahead = lexer
        return lookahead.next().kind == .colon
    }

    /// Parses `key: value, value ...`. After a comma, a word followed by
    /// `:` starts the next entry; anything else is another value of this key.
    private mutating func attributeEntry(nested: Bool) -> Bool {
        let key = token
        let keyText = String(decoding: bytes[Int(key.start) ..< Int(key.end)], as: UTF8.self)
        advance()
        guard token.kind == .colon else {
            unexpected(.expectedColon, "after attribute '\(keyText)'; write \(keyText): value")
            return false
        }
        advance()
        let firstValue = nested ? tree.nestedValues.count : tree.values.count
        while true {
            guard value(of: keyText, nested: nested) else { return false }
            guard token.kind == .comma, continuesValues() else { break }
            advance()
            while token.kind == .newline { advance() }
        }
        // At the end of the file, the list reports itself unclosed.
        guard [.comma, .newline, .closeBracket, .end].contains(token.kind) else {
            unexpected(.unexpectedToken, "after the value of '\(keyText)'; separate entries with ',' and end the list with ']'")
            return false
        }
        let count = (nested ? tree.nestedValues.count : tree.values.count) - firstValue
        let entry = SyntaxTree.AttributeEntry(key: Int32(tree.terms.count), firstValue: Int32(firstValue), valueCount: Int32(count))
        if nested { tree.nestedEntries.append(entry) } else { tree.attributes.append(entry) }
        tree.terms.append(key)
        return true
    }

    /// At a comma: whether what follows is another value of the same key
    /// (not a new `key:` entry, nor the end of the list).
    private func continuesValues() -> Bool {
        var lookahead = lexer
        var next = lookahead.next()
        while next.kind == .newline { next = lookahead.next() }
        switch next.kind {
        case .string: return true
        case .word: return lookahead.next().kind != .colon
        default: return false
        }
    }

    /// Parses one value: terms (joined by `|` or side by side, as in a
    /// citation's `r000 "quote" 2`), then an optional `[...]` list.
    private mutating func value(of keyText: String, nested: Bool) -> Bool {
        let firstTerm = tree.terms.count
        guard token.kind == .word || token.kind == .string else {
            unexpected(.expectedValue, "; '\(keyText):' needs a value, a bare word like 2024-01-04 or a quoted string")
            return false
        }
        while token.kind == .word || token.kind == .string || token.kind == .pipe {
            if token.kind == .pipe {
                advance()
                guard token.kind == .word || token.kind == .string else {
                    unexpected(.expectedValue, "after '|'; '|' joins alternatives such as person|group")
                    return false
                }
            }
            tree.terms.append(token)
            advance()
        }
        var value = SyntaxTree.Value(firstTerm: Int32(firstTerm), termCount: Int32(tree.terms.count - firstTerm))
        if token.kind == .openBracket {
            guard !nested else {
                error(.nestedList, at: Int(token.start), length: 1, "a value's [...] list cannot hold another list; lists nest one level deep")
                return false
            }
            value.firstNested = Int32(tree.nestedEntries.count)
            var count: Int32 = 0
            let result = attributeList(&count, nested: true)
            if result == .unclosed { nestedListUnclosed = true }
            guard result == .parsed else { return false }
            value.nestedCount = count
        }
        if nested { tree.nestedValues.append(value) } else { tree.values.append(value) }
        return true
    }

    /// "unexpected ..." for the current token, with `context` saying what
    /// was expected. An invalid character is named, whatever the context.
    private mutating func unexpected(_ id: DiagnosticID, _ context: String) {
        guard admits(Int(token.start)) else { return }
        let found: String
        switch token.kind {
        case .newline: found = "end of line"
        case .end: found = "end of file"
        case .invalid:
            let text = String(decoding: bytes[Int(token.start) ..< Int(token.end)], as: UTF8.self)
            // A control character would print as nothing: name it instead.
            let shown = text.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
                ? text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined()
                : "'\(text)'"
            error(.unexpectedCharacter, at: Int(token.start), length: Int(token.end - token.start),
                  "unexpected character \(shown); ids are letters, digits, '-', '_' and '.', and names go in double quotes")
            return
        default: found = "'" + String(decoding: bytes[Int(token.start) ..< Int(token.end)], as: UTF8.self) + "'"
        }
        let separator = context.hasPrefix(";") ? "" : " "
        error(id, at: Int(token.start), length: max(1, Int(token.end - token.start)), "unexpected \(found)\(separator)\(context)")
    }

    /// Whether an error at `offset` would be kept; see ``DiagnosticCollector``.
    private mutating func admits(_ offset: Int) -> Bool {
        diagnostics.admits(.error, file: file, offset: offset, stage: .parser)
    }

    private mutating func error(_ id: DiagnosticID, at offset: Int, length: Int, _ message: String, fixIts: [PendingFixIt] = []) {
        guard admits(offset) else { return }
        diagnostics.add(PendingDiagnostic(severity: .error, id: id, message: message, file: file, offset: offset, length: length,
                                          fixIts: fixIts),
                        stage: .parser)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
