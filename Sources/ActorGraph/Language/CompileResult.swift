/// What ``GraphCompiler`` made of a set of `.ag` files.
public struct CompileResult: Sendable {
    /// The graph, or `nil` when any file has an error.
    public let graph: Graph?
    /// The errors and warnings, with their notes, in file order: the first
    /// ones up to the limit given to ``GraphCompiler/compile(_:schema:diagnosticLimit:warnsAboutEveryUnusedEntity:)``.
    public let diagnostics: [Diagnostic]
    /// How many errors were found past the limit and left out of ``diagnostics``.
    public let omittedErrorCount: Int
    /// How many warnings were found past the limit and left out of ``diagnostics``.
    public let omittedWarningCount: Int

    /// How many errors were found, reported or omitted.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } + omittedErrorCount }
    /// How many warnings were found, reported or omitted.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } + omittedWarningCount }
    /// How many errors and warnings were found past the limit and left out
    /// of ``diagnostics``.
    public var omittedCount: Int { omittedErrorCount + omittedWarningCount }
}
