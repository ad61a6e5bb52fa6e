/// Reads a file the parser accepted into ``LayoutItem``s: its statements as
/// pieces of text, each with the comments around it, and the comments and
/// blank lines between statements.
///
/// The lexer skips comments, and stays as fast as it is for the parser; a
/// comment can only sit in the blanks between two tokens, so this reader
/// finds each in the gap before the token that follows it.
struct LayoutReader {
    private let bytes: [UInt8]
    private var tokens: [Token] = []
    /// The comment in the blanks before each token, if any: after a
    /// word, string or punctuation it ends that token's line; after a
    /// newline it is on its own line.
    private var commentsBefore: [String?] = []
    private var position = 0

    /// Reads `bytes`, which must hold no syntax error (``Parser`` decides).
    static func read(_ bytes: [UInt8]) -> [LayoutItem] {
        var reader = LayoutReader(bytes: bytes)
        return reader.items()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        var lexer = Lexer(bytes: bytes)
        var gapStart = 0
        while true {
            let token = lexer.next()
            tokens.append(token)
            commentsBefore.append(Self.comment(in: bytes[gapStart ..< Int(token.start)]))
            gapStart = Int(token.end)
            if token.kind == .end { break }
        }
    }

    /// The comment in `gap`, the blanks between two tokens, without the blanks after it.
    private static func comment(in gap: ArraySlice<UInt8>) -> String? {
        guard let hash = gap.firstIndex(of: UInt8(ascii: "#")) else { return nil }
        var end = gap.endIndex
        while end > hash, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(gap[end - 1]) { end -= 1 }
        return String(decoding: gap[hash ..< end], as: UTF8.self)
    }

    private var token: Token { tokens[position] }

    private func text(_ token: Token) -> String {
        String(decoding: bytes[Int(token.start) ..< Int(token.end)], as: UTF8.self)
    }

    /// Whether the token before `index` ends a line (or there is none), so
    /// a comment in the gap before `index` is on its own line.
    private func startsLine(_ index: Int) -> Bool {
        index == 0 || tokens[index - 1].kind == .newline
    }

    private mutating func items() -> [LayoutItem] {
        var items: [LayoutItem] = []
        var blankLines = 0
        while true {
            if startsLine(position), let comment = commentsBefore[position] {
                items.append(LayoutItem(content: .comment(comment), blankLinesBefore: blankLines))
                blankLines = 0
            } else if token.kind == .newline, startsLine(position) {
                blankLines += 1
            }
            switch token.kind {
            case .end:
                return Self.categorized(items)
            case .newline:
                position += 1
            default:
                let statement = self.statement()
                items.append(LayoutItem(content: .statement(statement), blankLinesBefore: blankLines))
                blankLines = 0
            }
        }
    }

    /// The token at `index` as a piece, with `leading` comments and the comment after it.
    private func piece(_ index: Int, leading: [String] = []) -> LayoutStatement.Piece {
        LayoutStatement.Piece(text: text(tokens[index]), leading: leading,
                              trailing: index + 1 < commentsBefore.count ? commentsBefore[index + 1] : nil)
    }

    /// Skips newlines, returning the comments on lines of their own among them.
    private mutating func skipNewlines() -> [String] {
        var comments: [String] = []
        while token.kind == .newline {
            position += 1
            if startsLine(position), let comment = commentsBefore[position] { comments.append(comment) }
        }
        return comments
    }

    /// The comment after the comma at the current position, which belongs
    /// to what the comma follows; moves past the comma.
    private mutating func commaComment() -> String? {
        position += 1
        return commentsBefore[position]
    }

    private func isAka(_ token: Token) -> Bool {
        token.kind == .word && bytes[Int(token.start) ..< Int(token.end)].elementsEqual("aka".utf8)
    }

    private mutating func statement() -> LayoutStatement {
        var statement = LayoutStatement(category: .other, head: [])
        while token.kind == .word || token.kind == .string, !isAka(token) {
            statement.head.append(piece(position))
            position += 1
        }
        if isAka(token) {
            position += 1
            var leading: [String] = []
            while token.kind == .word || token.kind == .string {
                var alias = piece(position, leading: leading)
                position += 1
                leading = []
                if token.kind == .openBracket, SyntaxTree.AliasList.belongsToAlias(after: tokens[(position + 1)...].makeIterator(), in: bytes) {
                    // An alias's own list stays with it, on one line; the
                    // comments inside it move to the end of that line.
                    let list = self.list(leading: [])
                    alias.text += " " + list.flat
                    alias.trailing = list.comments.reduce(alias.trailing) { Self.joined($0, $1) }
                }
                if token.kind == .comma {
                    alias.trailing = Self.joined(alias.trailing, commaComment())
                    leading = skipNewlines()
                }
                statement.aliases.append(alias)
            }
        }
        var ahead = position
        while tokens[ahead].kind == .newline { ahead += 1 }
        if tokens[ahead].kind == .openBracket {
            let leading = skipNewlines()
            var list = self.list(leading: leading)
            // A comment ending the line before a `[` on the next line ends
            // the line of that `[` once the two are joined.
            if leading.isEmpty, statement.last.trailing != nil {
                list.open.trailing = Self.joined(statement.last.trailing, list.open.trailing)
                statement.last.trailing = nil
            }
            statement.list = list
        }
        return statement
    }

    /// The list at the `[` at the current position, up to its `]`.
    private mutating func list(leading: [String]) -> LayoutStatement.List {
        var list = LayoutStatement.List(open: piece(position, leading: leading), entries: [])
        position += 1
        var pending: [String] = []
        while true {
            switch token.kind {
            case .newline:
                pending += skipNewlines()
            case .comma:
                let comment = commaComment()
                if let entry = list.entries.indices.last, let value = list.entries[entry].values.indices.last {
                    list.entries[entry].values[value].last.trailing = Self.joined(list.entries[entry].values[value].last.trailing, comment)
                } else {
                    list.open.trailing = Self.joined(list.open.trailing, comment)
                }
            case .word:
                list.entries.append(entry(leading: pending))
                pending = []
            default:
                // The `]`; the parser accepted the file, so nothing else comes here.
                list.close = piece(position, leading: pending)
                position += 1
                return list
            }
        }
    }

    /// The `key: value, ...` entry at the current position.
    private mutating func entry(leading: [String]) -> LayoutStatement.Entry {
        var entry = LayoutStatement.Entry(key: piece(position, leading: leading), values: [])
        position += 2
        var pending: [String] = []
        while true {
            var value = self.value(leading: pending)
            pending = []
            guard token.kind == .comma, continuesValues() else {
                entry.values.append(value)
                return entry
            }
            value.last.trailing = Self.joined(value.last.trailing, commaComment())
            entry.values.append(value)
            pending = skipNewlines()
        }
    }

    /// At a comma: whether another value of the same key follows, as the parser decides.
    private func continuesValues() -> Bool {
        var ahead = position + 1
        while tokens[ahead].kind == .newline { ahead += 1 }
        switch tokens[ahead].kind {
        case .string: return true
        case .word: return tokens[ahead + 1].kind != .colon
        default: return false
        }
    }

    /// The value at the current position: its terms, joined by `|` or a
    /// space, and the list annotating it.
    private mutating func value(leading: [String]) -> LayoutStatement.Value {
        var terms = ""
        var joined = true
        while token.kind == .word || token.kind == .string || token.kind == .pipe {
            if token.kind == .pipe {
                terms += "|"
                joined = true
            } else {
                if !joined { terms += " " }
                terms += text(token)
                joined = false
            }
            position += 1
        }
        var value = LayoutStatement.Value(terms: LayoutStatement.Piece(text: terms, leading: leading, trailing: commentsBefore[position]))
        if token.kind == .openBracket { value.list = list(leading: []) }
        return value
    }

    /// Two comments that end up after the same piece, as one.
    private static func joined(_ first: String?, _ second: String?) -> String? {
        guard let first else { return second }
        guard let second else { return first }
        return first + " " + second
    }

    /// Sets each statement's category from its first words: kinds and
    /// relation types are those built in and those this file declares
    /// (one declared in another file is guessed from the statement's shape).
    private static func categorized(_ items: [LayoutItem]) -> [LayoutItem] {
        var kinds = Set(Schema.standard.kinds.map(\.name)), types = Set(Schema.standard.relationTypes.map(\.name))
        for item in items {
            guard case .statement(let statement) = item.content, statement.head.count == 2 else { continue }
            if statement.head[0].text == "kind" { kinds.insert(statement.head[1].text) }
            if statement.head[0].text == "relation" { types.insert(statement.head[1].text) }
        }
        return items.map { item in
            guard case .statement(var statement) = item.content else { return item }
            statement.category = category(of: statement, kinds: kinds, types: types)
            return LayoutItem(content: .statement(statement), blankLinesBefore: item.blankLinesBefore)
        }
    }

    private static func category(of statement: LayoutStatement, kinds: Set<String>, types: Set<String>) -> LayoutStatement.Category {
        let head = statement.head.map(\.text)
        let quoted = head.map { $0.hasPrefix("\"") }
        switch (head.first, head.count) {
        case ("kind", 2) where statement.aliases.isEmpty: return .kindDeclaration
        case ("relation", 2) where statement.aliases.isEmpty: return .relationDeclaration
        case ("source", 2...3) where statement.aliases.isEmpty && !quoted[1]: return .sourceDeclaration
        case (_, 2) where !quoted[0] && !quoted[1]: return .entity
        case (_, 3) where !quoted[1]:
            if !quoted[0], kinds.contains(head[0]) || !statement.aliases.isEmpty { return .entity }
            if types.contains(head[1]) || quoted[0] || !quoted[2] { return statement.aliases.isEmpty ? .relation : .other }
            return .entity
        default: return .other
        }
    }
}
