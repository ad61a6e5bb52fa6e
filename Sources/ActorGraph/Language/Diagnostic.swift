/// An error, warning or note about an `.ag` file, compiler style.
///
/// Text for a terminal comes from ``TextDiagnosticFormatter``.
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
}
