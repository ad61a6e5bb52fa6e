/// GraphML, read into an ``ImportDocument``: ActorGraph's own GraphML
/// (``GraphMLExporter``) back with its kinds, names, aliases, attributes
/// with disputed values, claims, claimants, dates, sources and citations;
/// and GraphML from NetworkX, yEd, Gephi or igraph, whose keys are read by
/// their names: `label`/`name` (or yEd's node label) the name,
/// `kind`/`type`/`category` the kind, an edge's `type`/`relation`/`label`
/// its type, and every other key an attribute. docs/import.md says what
/// is read and what is skipped.
public struct GraphMLReader: GraphReader {
    /// The format: `graphml`, extension `.graphml`.
    public static let format = GraphFormat(name: "graphml", extensions: ["graphml"],
                                           summary: "GraphML from ActorGraph, NetworkX, yEd, Gephi or igraph")

    /// Creates the reader.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// Whether the bytes start with `<graphml`, after an optional XML declaration and comments.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        XMLImportBuilder.startsWithRoot("graphml", leadingBytes)
    }

    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        var builder = XMLImportBuilder(file: file, format: Self.format.name)
        guard let tree = builder.parse() else { return builder.reading() }
        var reader = GraphMLDocumentReader(tree: tree, builder: builder)
        reader.read()
        return reader.builder.reading()
    }
}
