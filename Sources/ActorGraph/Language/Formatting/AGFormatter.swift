/// Lays out an `.ag` file in the canonical layout, keeping every comment
/// where it belongs (see "Formatting" in docs/language.md).
///
/// The formatter never reorders statements, since comments and section
/// headers belong to the statements around them and the author's order
/// means something; it only respaces and rewraps them, so formatting twice
/// gives what formatting once gave, and the file compiles to the same graph.
/// Words and strings are written exactly as in the file.
///
/// Only syntax errors stop it: a statement it cannot parse cannot be laid
/// out. What the checker finds (an unknown id or kind, which may be
/// declared in another file) does not matter here.
public enum AGFormatter {
    /// `file` in the canonical layout, or its syntax errors (the first
    /// `diagnosticLimit` of them, in file order).
    public static func format(_ file: SourceFile, diagnosticLimit: Int = 1_000) -> FormatResult {
        var diagnostics = DiagnosticCollector(limit: diagnosticLimit)
        _ = Parser.parse(file.bytes, file: 0, into: &diagnostics)
        let errors = diagnostics.located(in: [file])
        guard errors.isEmpty, diagnostics.omittedErrors == 0 else {
            return FormatResult(text: nil, diagnostics: errors, omittedErrorCount: diagnostics.omittedErrors)
        }
        var writer = LayoutWriter()
        for item in LayoutReader.read(file.bytes) { writer.append(item) }
        return FormatResult(text: writer.finish(), diagnostics: [], omittedErrorCount: 0)
    }
}
