/// A reader of an XML graph format, GraphML or GEXF, which says only what
/// its format is and which walker reads its documents: recognising the
/// file, checking its bytes, its XML and its root element are the same.
protocol XMLGraphReader: GraphReader {
    associatedtype DocumentReader: XMLGraphDocumentReader

    /// The format read.
    static var format: GraphFormat { get }
    /// The name of the root element, `graphml` or `gexf`.
    static var rootElement: String { get }
    /// The format's name as its users write it, `GraphML` or `GEXF`.
    static var title: String { get }
    /// What an XML file with another root element is reported as.
    static var otherRoot: DiagnosticID { get }
}

extension XMLGraphReader {
    /// The format read.
    public var format: GraphFormat { Self.format }

    /// Whether the bytes start with the root element, after an optional
    /// byte order mark, XML declaration and comments.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        XMLImportBuilder.startsWithRoot(Self.rootElement, leadingBytes)
    }

    /// The file's graph, or every problem of its bytes, its XML and its
    /// graph at its line and column.
    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        var builder = XMLImportBuilder(file: file, format: Self.format.name)
        guard let tree = builder.parse() else { return builder.reading() }
        let root = tree.root.tag
        guard root.localName == Self.rootElement else {
            builder.error(Self.otherRoot, at: root.span,
                          "the root element is <\(root.name)>, not <\(Self.rootElement)>; is this \(Self.title)? Name the format with --from")
            return builder.reading()
        }
        var reader = DocumentReader(tree: tree, builder: builder)
        reader.read()
        return reader.builder.reading()
    }
}
