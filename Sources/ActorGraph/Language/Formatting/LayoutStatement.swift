/// One `.ag` statement as it is laid out: its words and strings as
/// written, and the comments around them. ``LayoutReader`` makes it from a
/// file, ``AGWriter`` from a graph; ``LayoutWriter`` writes it.
struct LayoutStatement {
    /// Which statements line up with which: only a run of statements of one
    /// category is aligned in columns.
    enum Category: Equatable {
        case entity, relation, kindDeclaration, relationDeclaration, sourceDeclaration
        /// A statement of no known shape; never aligned.
        case other
    }

    /// A word or string (or a value's terms, or a bracket) with the
    /// comments on their own lines before it and the comment after it on
    /// its line.
    struct Piece {
        var text: String
        var leading: [String] = []
        var trailing: String?

        var hasComments: Bool { !leading.isEmpty || trailing != nil }
    }

    /// One value: its terms as one piece, and the `[...]` list annotating it.
    struct Value {
        var terms: Piece
        var list: List?

        /// The piece that ends the value, which holds the comment after it.
        var last: Piece {
            get { list?.close ?? terms }
            set { if list != nil { list?.close = newValue } else { terms = newValue } }
        }

        /// The value on one line.
        var flat: String {
            guard let list else { return terms.text }
            return terms.text + " " + list.flat
        }
    }

    /// `key: value, value`.
    struct Entry {
        var key: Piece
        var values: [Value]

        /// The entry on one line.
        var flat: String {
            var text = key.text + ": "
            for (index, value) in values.enumerated() {
                if index > 0 { text += ", " }
                text += value.flat
            }
            return text
        }
    }

    /// `[entry, entry]`.
    struct List {
        var open = Piece(text: "[")
        var entries: [Entry]
        var close = Piece(text: "]")

        /// The list on one line.
        var flat: String { "[" + entries.map(\.flat).joined(separator: ", ") + "]" }

        /// Every comment in and around the list, in the order written.
        var comments: [String] {
            var found = open.leading + [open.trailing].compactMap { $0 }
            for entry in entries {
                found += entry.key.leading + [entry.key.trailing].compactMap { $0 }
                for value in entry.values {
                    found += value.terms.leading + [value.terms.trailing].compactMap { $0 } + (value.list?.comments ?? [])
                }
            }
            return found + close.leading + [close.trailing].compactMap { $0 }
        }

        /// Whether a comment sits inside the list, which then cannot be on one line.
        var hasInnerComments: Bool {
            open.trailing != nil || !open.leading.isEmpty || !close.leading.isEmpty || entries.contains { entry in
                entry.key.hasComments || entry.values.contains { $0.terms.hasComments || $0.list.map { $0.hasInnerComments || $0.close.hasComments } ?? false }
            }
        }
    }

    var category: Category
    var head: [Piece]
    var aliases: [Piece] = []
    var list: List?

    /// The piece that ends the statement, whose comment is the statement's trailing comment.
    var last: Piece {
        get { list?.close ?? aliases.last ?? head[head.count - 1] }
        set {
            if list != nil { list?.close = newValue } else if !aliases.isEmpty { aliases[aliases.count - 1] = newValue } else { head[head.count - 1] = newValue }
        }
    }

    /// Whether a comment sits inside the statement: before any of its
    /// pieces but the first, or after any but the last.
    var hasInnerComments: Bool {
        if head.dropFirst().contains(where: { !$0.leading.isEmpty }) || aliases.contains(where: { !$0.leading.isEmpty }) { return true }
        // The last piece's comment is the statement's own.
        let endsHead = list == nil && aliases.isEmpty, endsAliases = list == nil
        if head.dropLast(endsHead ? 1 : 0).contains(where: { $0.trailing != nil }) { return true }
        if aliases.dropLast(endsAliases ? 1 : 0).contains(where: { $0.trailing != nil }) { return true }
        return list?.hasInnerComments ?? false
    }

    /// The `aka` list on one line, or nothing.
    var aliasCell: String {
        aliases.isEmpty ? "" : "aka " + aliases.map(\.text).joined(separator: ", ")
    }
}
