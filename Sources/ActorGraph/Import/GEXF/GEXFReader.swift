/// GEXF 1.2 and 1.3, read into an ``ImportDocument``: ActorGraph's own
/// GEXF (``GEXFExporter``) back with its kinds, names, aliases,
/// attributes with disputed values, claims, claimants, dates and
/// citations (GEXF carries no sources: each cited source becomes one with
/// only its id); and GEXF from Gephi or NetworkX, whose nodes are named by
/// their `label`, whose kind is a column called `kind`/`type`/`category`,
/// and whose relation type is an edge column `type`/`relation`/`label`,
/// else the edge's `kind`, else its `label`. Times (`start`, `end`, a
/// spell) become `date` or `from`/`to`. docs/import.md says what is read
/// and what is skipped.
public struct GEXFReader: GraphReader {
    /// The format: `gexf`, extension `.gexf`.
    public static let format = GraphFormat(name: "gexf", extensions: ["gexf"], summary: "GEXF 1.2 or 1.3 from ActorGraph, Gephi or NetworkX")

    /// Creates the reader.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// Whether the bytes start with `<gexf`, after an optional XML declaration and comments.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        XMLImportBuilder.startsWithRoot("gexf", leadingBytes)
    }

    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        var builder = XMLImportBuilder(file: file, format: Self.format.name)
        guard let tree = builder.parse() else { return builder.reading() }
        var reader = GEXFDocumentReader(tree: tree, builder: builder)
        reader.read()
        return reader.builder.reading()
    }
}
