/// Renders diagnostics for a terminal, compiler style:
///
///     t.ag:2:17: error: unknown entity id 'nujabba'; did you mean 'nujaba'?
///     nujaba attacked nujabba
///                     ^~~~~~~
///
/// followed by the diagnostic's notes, each rendered the same way.
public struct TextDiagnosticFormatter: Sendable {
    /// Columns of the line shown before the caret, at most.
    private static let shownBefore = 100
    /// Columns shown after the underlined text, at most.
    private static let shownAfter = 60

    /// A formatter; it has no options.
    public init() {}

    /// `file:line:column: severity: message`, the source line and a caret
    /// under the place, then the notes; every line ends with a newline.
    /// Control characters in the path and the message (which quote names
    /// from the file) are shown as `U+XXXX` (``TerminalText``), so a file
    /// cannot send escape sequences to the terminal of whoever checks it.
    public func format(_ diagnostic: Diagnostic) -> String {
        var header = ""
        if let location = diagnostic.location {
            header += "\(location.path):\(location.line):\(location.column): "
        }
        header += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        var text = TerminalText.escaped(header) + "\n"
        if let location = diagnostic.location, !location.lineText.isEmpty || location.column == 1 {
            text += Self.excerpt(location)
        }
        for note in diagnostic.notes {
            text += format(note)
        }
        return text
    }

    /// Each diagnostic formatted, one after the other.
    public func format<S: Sequence>(_ diagnostics: S) -> String where S.Element == Diagnostic {
        diagnostics.map(format).joined()
    }

    /// The line and the caret under the place. A long line is shown as a
    /// window around the place, marked with "…" where it is cut, so errors
    /// on a huge line do not each echo all of it.
    private static func excerpt(_ location: SourceLocation) -> String {
        let line = location.lineText
        let scalars = line.unicodeScalars
        let column = max(0, location.column - 1)
        // The place, as a scalar count from the start of the line (short of
        // `column` only when the line is shorter) and as an index.
        var atCount: Int, at: String.Index
        if let offset = location.columnUTF8Offset, offset <= line.utf8.count {
            at = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
            atCount = column
        } else {
            at = scalars.startIndex
            atCount = 0
            while atCount < column, at < scalars.endIndex {
                scalars.formIndex(after: &at)
                atCount += 1
            }
        }
        var from = at
        for _ in 0 ..< min(shownBefore, atCount) { scalars.formIndex(before: &from) }
        var to = at, shownFromAt = 0
        while shownFromAt < max(location.length, 1) + shownAfter, to < scalars.endIndex {
            scalars.formIndex(after: &to)
            shownFromAt += 1
        }
        var shown = String.UnicodeScalarView(), caret = String.UnicodeScalarView()
        if atCount > shownBefore {
            shown.append("…")
            caret.append(" ")
        }
        shown.append(contentsOf: scalars[from ..< to])
        if to < scalars.endIndex { shown.append("…") }
        for scalar in scalars[from ..< at] { caret.append(scalar == "\t" ? "\t" : " ") }
        return String(shown) + "\n" + String(caret) + "^" + String(repeating: "~", count: max(0, min(location.length, shownFromAt) - 1)) + "\n"
    }
}
