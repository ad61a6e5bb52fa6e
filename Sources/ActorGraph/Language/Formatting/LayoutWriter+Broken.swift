/// The layout of a statement too long for one line, or with comments
/// inside: the head (its aliases filled to the line width, continuation
/// lines lined up after `aka `) ending in ` [`, one entry a line with the
/// keys padded so the values line up, long value lists wrapped at the
/// value column, and `]` alone on the last line.
extension LayoutWriter {
    /// Writes `statement` over several lines.
    mutating func writeBroken(_ statement: LayoutStatement) {
        startLine(indent: 0, after: statement.head[0].leading)
        for (index, piece) in statement.head.enumerated() {
            line += (index > 0 ? " " : "") + piece.text
            endLine(with: piece.trailing)
        }
        // A list with no comment inside stays on one line after the head
        // when it fits there; the last alias moves to a line of its own
        // to make room for it if that is enough.
        let flatList = statement.list.flatMap { $0.hasInnerComments ? nil : $0.flat }
        let opensOnHeadLine = statement.list.map { $0.open.leading.isEmpty } ?? false
        if !statement.aliases.isEmpty {
            line += " aka "
            let column = line.layoutWidth
            var breaks = false
            for (index, alias) in statement.aliases.enumerated() {
                let isLast = index == statement.aliases.count - 1
                let text = alias.text + (isLast ? "" : ",")
                var tail = isLast && opensOnHeadLine ? 2 : 0
                if isLast, let flatList, column + text.layoutWidth + 1 + flatList.layoutWidth <= Self.lineWidth { tail = 1 + flatList.layoutWidth }
                if index > 0 {
                    if breaks || !alias.leading.isEmpty || line.layoutWidth + 1 + text.layoutWidth + tail > Self.lineWidth {
                        startLine(indent: column, after: alias.leading)
                    } else {
                        line += " "
                    }
                }
                line += text
                endLine(with: alias.trailing)
                breaks = alias.trailing != nil
            }
        }
        if let list = statement.list {
            if let flatList, line.layoutWidth + 1 + flatList.layoutWidth <= Self.lineWidth {
                line += " " + flatList
                endLine(with: list.close.trailing)
            } else if opensOnHeadLine {
                line += " ["
                endLine(with: list.open.trailing)
                endLine()
                text += brokenList(list)
            } else {
                startLine(indent: 0, after: list.open.leading)
                line += "["
                endLine(with: list.open.trailing)
                endLine()
                text += brokenList(list)
            }
        }
        endLine()
    }

    /// The lines of a broken list after its `[`: its entries, then its `]`.
    mutating func brokenList(_ list: LayoutStatement.List) -> String {
        let before = text
        text = ""
        defer { text = before }
        writeEntries(list.entries, indent: Self.indentWidth)
        startLine(indent: 0, after: list.close.leading)
        line += "]"
        endLine(with: list.close.trailing)
        endLine()
        return text
    }

    /// One entry a line at `indent`, keys padded so that the values line up.
    private mutating func writeEntries(_ entries: [LayoutStatement.Entry], indent: Int) {
        let keyWidth = entries.reduce(0) { max($0, $1.key.text.layoutWidth) }
        for (index, entry) in entries.enumerated() {
            startLine(indent: indent, after: entry.key.leading)
            line += entry.key.text
            line += ":"
            line += String(repeating: " ", count: keyWidth - entry.key.text.layoutWidth + 1)
            endLine(with: entry.key.trailing)
            writeValues(entry.values, column: indent + keyWidth + 2, comma: index < entries.count - 1)
        }
    }

    /// The values of an entry, the first on the line being written: filled
    /// up to the line width, continuation lines at `column`. Values with
    /// their own lists (disputed values, each with its sources) go one a
    /// line when they do not all fit on one, their lists lined up.
    private mutating func writeValues(_ values: [LayoutStatement.Value], column: Int, comma: Bool) {
        let hasComments = values.contains { $0.terms.hasComments || $0.list.map { $0.hasInnerComments || $0.close.hasComments } ?? false }
        let allFit = line.layoutWidth + values.reduce(2 * (values.count - 1)) { $0 + $1.flat.layoutWidth } + (comma ? 1 : 0) <= Self.lineWidth
        let oneALine = values.count > 1 && values.contains { $0.list != nil } && (hasComments || !allFit)
        let termWidth = oneALine ? values.filter { $0.list != nil }.map(\.terms.text.layoutWidth).max() ?? 0 : 0
        var breaks = false
        for (index, value) in values.enumerated() {
            let suffix = index < values.count - 1 || comma ? "," : ""
            var terms = value.terms.text
            if value.list != nil, terms.layoutWidth < termWidth { terms += String(repeating: " ", count: termWidth - terms.layoutWidth) }
            let flat = value.list.map { terms + " " + $0.flat } ?? terms
            if index > 0 {
                if oneALine || breaks || !value.terms.leading.isEmpty || line.layoutWidth + 1 + flat.layoutWidth + suffix.count > Self.lineWidth {
                    startLine(indent: column, after: value.terms.leading)
                } else {
                    line += " "
                }
            }
            if let list = value.list, list.hasInnerComments || line.layoutWidth + flat.layoutWidth + suffix.count > Self.lineWidth {
                line += terms + " ["
                endLine(with: value.terms.trailing)
                endLine(with: list.open.trailing)
                writeEntries(list.entries, indent: column + Self.indentWidth)
                startLine(indent: column, after: list.close.leading)
                line += "]" + suffix
                endLine(with: list.close.trailing)
                breaks = true
            } else {
                line += flat + suffix
                endLine(with: value.terms.trailing)
                endLine(with: value.list?.close.trailing)
                breaks = value.terms.trailing != nil || value.list?.close.trailing != nil
            }
        }
    }
}
