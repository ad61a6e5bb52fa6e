/// Lets every command read a format that has only a ``GraphReader``: the
/// file is read, assembled on its own (no catalogue, no defaults) and
/// checked with the other inputs as the `.ag` text that `actorgraph
/// import` would write for it, named `FILE (as .ag)`.
public struct ReaderImporter: GraphImporter {
    /// The reader used.
    public let reader: any GraphReader

    /// An importer reading through `reader`.
    public init(reader: any GraphReader) {
        self.reader = reader
    }

    public var format: GraphFormat { reader.format }

    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        reader.recognizes(leadingBytes)
    }

    public func translate(_ file: SourceFile) -> ImportResult {
        let reading = reader.read(file, settings: ImportSettings())
        guard let document = reading.document else { return ImportResult(source: nil, diagnostics: reading.diagnostics) }
        let outcome = ImportAssembler().assemble([document])
        let diagnostics = reading.diagnostics + outcome.diagnostics
        return ImportResult(source: outcome.text.map { SourceFile(path: file.path + " (as .ag)", text: $0) }, diagnostics: diagnostics)
    }
}
