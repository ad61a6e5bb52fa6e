/// An error, warning or note about an `.ag` file, compiler style.
///
/// Text for a terminal comes from ``TextDiagnosticFormatter``, JSON for
/// tools from ``JSONDiagnosticFormatter``.
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
    /// What it means, stable across rewordings of ``message``.
    public var id: DiagnosticID
    /// What is wrong and what to do about it.
    public var message: String
    /// Where, when it is about a place in a file.
    public var location: SourceLocation?
    /// Further notes, such as where a duplicate was first declared.
    public var notes: [Diagnostic]
    /// Edits that make the change the message proposes, in the same file,
    /// meant to be applied together. Where the message offers several near
    /// names, the edit puts in the nearest, the first one named.
    public var fixIts: [FixIt]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ id: DiagnosticID, _ message: String, at location: SourceLocation? = nil,
                notes: [Diagnostic] = [], fixIts: [FixIt] = []) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIts = fixIts
    }
}
