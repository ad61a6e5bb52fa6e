/// Writes ``LayoutItem``s as `.ag` text in the canonical layout (see
/// "Formatting" in docs/language.md): a statement on one line when it has
/// no comment inside it and fits in ``lineWidth`` columns, broken over
/// several otherwise; runs of one-line statements of one category, with no
/// blank or comment line between them, aligned in columns.
///
/// Items are written as they are appended, a run once it ends, so a writer
/// of a large graph holds one run's cells at a time, never its statements.
struct LayoutWriter {
    /// The width a statement must fit in to stay on one line.
    static let lineWidth = 100
    /// How far the entries of a broken list are indented.
    static let indentWidth = 4
    /// What separates code from the comment after it on its line.
    static let commentGap = "  "

    /// What is written so far.
    var text = ""
    /// The statements waiting to be aligned with the next ones: one-line
    /// ones, and broken ones by the first line.
    private var run: [Row] = []
    private var runCategory = LayoutStatement.Category.other
    /// The attribute keys of the run's first one-line statement, and
    /// whether all its one-line statements have the same ones.
    private var runKeys: [String]?
    private var runKeysAgree = true
    /// The line of a broken statement being written, and the comments to end it.
    var line = ""
    private var lineComment: String?

    /// One statement of a run, its cells not yet padded.
    fileprivate struct Row {
        /// The head's cells: kind, id, name and aliases; subject, type and object; keyword, name.
        var cells: [String]
        /// Each entry of its list on one line; `nil` without a list, or
        /// when the list is broken.
        var entries: [String]?
        /// The comment at the end of its (first) line.
        var comment: String?
        /// The lines after the first of a statement broken over several.
        var rest = ""
    }

    /// A statement laid out as far as it can be without the statements
    /// around it: its row of a run, or its lines when it stands alone.
    /// Making one needs no writer, so a writer of a large graph makes
    /// many at once (``prepare(_:)`` is pure) and appends them in order.
    struct Prepared {
        fileprivate var category: LayoutStatement.Category
        /// Its row, or `nil` when it is broken over lines that line up with nothing.
        fileprivate var row: Row?
        /// The keys of a one-line list (empty without a list); `nil` for a broken one.
        fileprivate var keys: [String]?
        /// Its lines when it has no row.
        fileprivate var lines = ""
    }

    /// Writes `item`, or keeps it to align with the statements that follow.
    mutating func append(_ item: LayoutItem) {
        switch item.content {
        case .comment(let comment):
            let blankLines = text.isEmpty && run.isEmpty ? 0 : min(item.blankLinesBefore, 2)
            endRun()
            text += String(repeating: "\n", count: blankLines) + comment + "\n"
        case .statement(let statement):
            append(Self.prepare(statement), blankLinesBefore: item.blankLinesBefore)
        }
    }

    /// `statement` as a row of a run when it is on one line, or opens its
    /// list on its head line, and as its lines otherwise.
    static func prepare(_ statement: LayoutStatement) -> Prepared {
        let cells = Self.cells(statement)
        let entries = statement.list?.entries.map(\.flat)
        let isFlat = !statement.hasInnerComments && Self.width(cells: cells, entries: entries) <= Self.lineWidth
        if isFlat {
            return Prepared(category: statement.category, row: Row(cells: cells, entries: entries, comment: statement.last.trailing),
                            keys: statement.list?.entries.map(\.key.text) ?? [])
        }
        var writer = LayoutWriter()
        guard Self.opensListOnHeadLine(statement), let list = statement.list else {
            writer.writeBroken(statement)
            return Prepared(category: statement.category, lines: writer.text)
        }
        return Prepared(category: statement.category, row: Row(cells: cells + ["["], comment: list.open.trailing, rest: writer.brokenList(list)))
    }

    /// Writes a prepared statement, or keeps it to align with the statements that follow.
    mutating func append(_ prepared: Prepared, blankLinesBefore: Int) {
        let blankLines = text.isEmpty && run.isEmpty ? 0 : min(blankLinesBefore, 2)
        guard let row = prepared.row else {
            endRun()
            text += String(repeating: "\n", count: blankLines) + prepared.lines
            return
        }
        if run.isEmpty || blankLines > 0 || prepared.category != runCategory || prepared.category == .other {
            endRun()
            text += String(repeating: "\n", count: blankLines)
            runCategory = prepared.category
        }
        if let keys = prepared.keys {
            if let runKeys {
                if runKeysAgree, runKeys != keys { runKeysAgree = false }
            } else {
                runKeys = keys
            }
        }
        run.append(row)
    }

    /// The width of a statement on one line, from its cells and its list's entries.
    private static func width(cells: [String], entries: [String]?) -> Int {
        var width = -1
        for cell in cells where !cell.isEmpty { width += 1 + cell.layoutWidth }
        if let entries { width += 3 + entries.reduce(0) { $0 + $1.layoutWidth } + 2 * max(0, entries.count - 1) }
        return width
    }

    /// Whether a statement too long for one line keeps its head on one line
    /// ending in ` [`, and so lines up with the statements around it.
    private static func opensListOnHeadLine(_ statement: LayoutStatement) -> Bool {
        guard statement.category != .other, let list = statement.list, list.open.leading.isEmpty else { return false }
        guard !statement.head.contains(where: \.hasComments), !statement.aliases.contains(where: \.hasComments) else { return false }
        let words = statement.head.reduce(statement.head.count - 1) { $0 + $1.text.layoutWidth }
        // Aliases wrap rather than the list break, when that lets the list stay on one line.
        if statement.aliases.count > 1, !list.hasInnerComments,
           words + 5 + statement.aliases[statement.aliases.count - 1].text.layoutWidth + 1 + list.flat.layoutWidth <= lineWidth {
            return false
        }
        return words + (statement.aliases.isEmpty ? 0 : 1 + statement.aliasCell.layoutWidth) + 2 <= lineWidth
    }

    /// The text, ending with one newline unless empty.
    mutating func finish() -> String {
        endRun()
        return text
    }

    /// A statement's head as cells, the same number for every statement of
    /// a category, so that the columns of a run line up.
    private static func cells(_ statement: LayoutStatement) -> [String] {
        let head = statement.head.map(\.text)
        switch statement.category {
        case .entity: return [head[0], head[1], head.count > 2 ? head[2] : "", statement.aliasCell]
        case .sourceDeclaration: return [head[0], head[1], head.count > 2 ? head[2] : ""]
        case .relation, .kindDeclaration, .relationDeclaration: return head
        case .other:
            return [head.joined(separator: " ") + (statement.aliases.isEmpty ? "" : " " + statement.aliasCell)]
        }
    }

    /// Writes the run kept so far, aligned: the head's cells, then the list,
    /// whose entries are aligned too when every statement has the same keys.
    private mutating func endRun() {
        guard !run.isEmpty else { return }
        // A run may be all of a large graph's relations: its rows are
        // finished and its lines written on all cores.
        let rows = run
        run = []
        let alignsEntries = runKeysAgree && !(runKeys?.isEmpty ?? true) && rows.count { $0.entries != nil } > 1
        runKeys = nil
        runKeysAgree = true
        var entryLayout = ColumnLayout()
        if alignsEntries {
            for row in rows { entryLayout.measure(Self.entryCells(row.entries ?? [])) }
        }
        let lists = entryLayout
        let cells = rows.concurrentMap { row in
            guard let entries = row.entries else { return row.cells }
            return row.cells + ["[" + (alignsEntries ? lists.line(Self.entryCells(entries)) : entries.joined(separator: ", ")) + "]"]
        }
        var layout = ColumnLayout()
        for row in cells { layout.measure(row) }
        let columns = layout
        let commentColumn = zip(rows, cells).filter { $0.0.comment != nil }.map { columns.line($0.1).layoutWidth }.max() ?? 0
        let parts = (0..<rows.count).concurrentParts { part in
            var text = ""
            for index in part {
                let line = columns.line(cells[index])
                text += line
                if let comment = rows[index].comment {
                    text += String(repeating: " ", count: commentColumn - line.layoutWidth) + Self.commentGap + comment
                }
                text += "\n"
                text += rows[index].rest
            }
            return text
        }
        for part in parts { text += part }
    }

    /// A list's entries as cells: each but the last followed by its comma.
    private static func entryCells(_ entries: [String]) -> [String] {
        entries.enumerated().map { $0.offset < entries.count - 1 ? $0.element + "," : $0.element }
    }

    // MARK: Lines of a broken statement

    /// Ends the line being written, then writes `comments` on lines of
    /// their own and starts a line indented by `indent`.
    mutating func startLine(indent: Int, after comments: [String] = []) {
        endLine()
        let spaces = String(repeating: " ", count: indent)
        for comment in comments { text += spaces + comment + "\n" }
        line = spaces
    }

    /// Adds `comment` to those that end the line being written.
    mutating func endLine(with comment: String?) {
        guard let comment else { return }
        lineComment = lineComment.map { $0 + " " + comment } ?? comment
    }

    /// Writes the line being written, if any, with its comments.
    mutating func endLine() {
        while line.last == " " { line.removeLast() }
        // Appended piece by piece: joining them first would make a string a line.
        if let lineComment {
            text += line
            if !line.isEmpty { text += Self.commentGap }
            text += lineComment
            text += "\n"
        } else if !line.isEmpty {
            text += line
            text += "\n"
        }
        line = ""
        lineComment = nil
    }
}
