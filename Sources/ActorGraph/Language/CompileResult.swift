/// What ``GraphCompiler`` made of a set of `.ag` files.
public struct CompileResult: Sendable {
    /// The graph, or `nil` when any file has an error.
    public let graph: Graph?
    /// Every error, warning and note, in file order.
    public let diagnostics: [Diagnostic]

    /// How many errors were found.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings were found.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
