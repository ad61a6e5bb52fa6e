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
public struct GEXFReader: XMLGraphReader {
    /// The format: `gexf`, extension `.gexf`.
    public static let format = GraphFormat(name: "gexf", extensions: ["gexf"], summary: "GEXF 1.2 or 1.3 from ActorGraph, Gephi or NetworkX")

    typealias DocumentReader = GEXFDocumentReader
    static let rootElement = "gexf", title = "GEXF", otherRoot = DiagnosticID.notGEXF

    /// Creates the reader.
    public init() {}
}
