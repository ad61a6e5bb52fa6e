/// An error, warning or note about an `.ag` file, compiler style.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The input is wrong; no output is written.
        case error
        /// Suspicious but usable.
        case warning
        /// More about the diagnostic it belongs to.
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong and what to do about it.
    public var message: String
    /// Where, when it is about a place in a file.
    public var location: SourceLocation?
    /// Further notes, such as where a duplicate was first declared.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// The diagnostic as `file:line:column: severity: message`, the source
    /// line and a caret under the place, followed by its notes.
    public var formatted: String {
        var text = ""
        if let location {
            text += "\(location.path):\(location.line):\(location.column): "
        }
        text += "\(severity.rawValue): \(message)\n"
        if let location, !location.lineText.isEmpty || location.column == 1 {
            // A very long line is shown as a window around the place, so
            // errors on a huge line do not each echo all of it.
            let scalars = Array(location.lineText.unicodeScalars)
            let at = min(max(0, location.column - 1), scalars.count)
            let from = max(0, at - 100), to = min(scalars.count, at + max(location.length, 1) + 60)
            var shown = String.UnicodeScalarView(), caret = String.UnicodeScalarView()
            if from > 0 {
                shown.append("…")
                caret.append(" ")
            }
            shown.append(contentsOf: scalars[from..<to])
            if to < scalars.count { shown.append("…") }
            for scalar in scalars[from..<at] { caret.append(scalar == "\t" ? "\t" : " ") }
            text += String(shown) + "\n"
            text += String(caret) + "^" + String(repeating: "~", count: max(0, min(location.length, to - at) - 1)) + "\n"
        }
        for note in notes {
            text += note.formatted
        }
        return text
    }
}
