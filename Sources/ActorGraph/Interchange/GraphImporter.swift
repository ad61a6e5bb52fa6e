/// Reads one file of a format into `.ag` source, which is then checked
/// together with the other input files, so every input format meets the
/// same checker, the same catalogue and the same diagnostics. Register an
/// importer with a ``FormatRegistry`` and every command reads the format.
public protocol GraphImporter: Sendable {
    /// The format read.
    var format: GraphFormat { get }

    /// Whether a file starting with `leadingBytes` is in this format, for
    /// inputs whose extension says nothing.
    func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool

    /// The file as `.ag` source, or the diagnostics that say where and why
    /// it cannot be read.
    func translate(_ file: SourceFile) -> ImportResult
}

/// An importer's answer: `.ag` source to check, or what went wrong.
public struct ImportResult: Sendable {
    /// The translated source, or `nil` when the file cannot be read.
    public var source: SourceFile?
    /// Problems found while reading, with rows and columns where they are.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(source: SourceFile?, diagnostics: [Diagnostic] = []) {
        self.source = source
        self.diagnostics = diagnostics
    }
}
