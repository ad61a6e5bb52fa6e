/// GraphML, read into an ``ImportDocument``: ActorGraph's own GraphML
/// (``GraphMLExporter``) back with its kinds, names, aliases, attributes
/// with disputed values, claims, claimants, dates, sources and citations;
/// and GraphML from NetworkX, yEd, Gephi or igraph, whose keys are read by
/// their names: `label`/`name` (or yEd's node label) the name,
/// `kind`/`type`/`category` the kind, an edge's `type`/`relation`/`label`
/// its type, and every other key an attribute. docs/import.md says what
/// is read and what is skipped.
public struct GraphMLReader: XMLGraphReader {
    /// The format: `graphml`, extension `.graphml`.
    public static let format = GraphFormat(name: "graphml", extensions: ["graphml"],
                                           summary: "GraphML from ActorGraph, NetworkX, yEd, Gephi or igraph")

    typealias DocumentReader = GraphMLDocumentReader
    static let rootElement = "graphml", title = "GraphML", otherRoot = DiagnosticID.notGraphML

    /// Creates the reader.
    public init() {}
}
