/// Walks one parsed GraphML or GEXF document, whose root element is the
/// format's, into the ``ImportDocument`` its ``XMLImportBuilder`` holds.
protocol XMLGraphDocumentReader {
    init(tree: XMLElementTree, builder: XMLImportBuilder)
    var builder: XMLImportBuilder { get }
    /// Reads the whole document, reporting its problems to the builder.
    mutating func read()
}
