/// Reads one file of a format into an ``ImportDocument``: the entities and
/// relations it holds, with their provenance, ready to be matched against
/// a catalogue and written as `.ag` by ``ImportAssembler``. Register a
/// reader with a ``FormatRegistry`` and `actorgraph import` reads the
/// format, and so does every other command (through ``ReaderImporter``).
public protocol GraphReader: Sendable {
    /// The format read.
    var format: GraphFormat { get }

    /// Whether a file starting with `leadingBytes` is in this format, for
    /// inputs whose extension says nothing.
    func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool

    /// The file's contents, or the diagnostics that say where and why it
    /// cannot be read. `settings` carries what the user said about the
    /// file, such as a CSV mapping.
    func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading
}

/// What the user says about the files being imported.
public struct ImportSettings: Sendable {
    /// The mapping file that says which CSV column is what (see
    /// docs/import.md), read as given; `nil` to go by header names.
    public var mapping: SourceFile?

    /// Creates settings.
    public init(mapping: SourceFile? = nil) {
        self.mapping = mapping
    }
}
