/// What ``AGFormatter`` made of a file: its text in the canonical layout,
/// or the syntax errors that keep it from being formatted.
public struct FormatResult: Sendable {
    /// The formatted text, or `nil` when the file has syntax errors.
    public let text: String?
    /// The syntax errors, in file order: the first ones up to the limit
    /// given to ``AGFormatter/format(_:diagnosticLimit:)``.
    public let diagnostics: [Diagnostic]
    /// How many errors were found past the limit and left out of ``diagnostics``.
    public let omittedErrorCount: Int
}
