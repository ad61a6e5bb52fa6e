/// A Cypher script that loads the graph into a graph database (FalkorDB,
/// Neo4j): one statement a line, each ending in `;`, to run in order on
/// an empty graph.
///
/// Entities are `:Entity` nodes that also carry their kind's label
/// (`:Entity:Person`), relations are relationships typed after their
/// relation type (`ATTACKED`, `PART_OF`) with their id `rel-N`, and
/// sources are `:Source` nodes. Citations are flattened into parallel
/// lists (`sources`, `quotes`, `credibility`) and an `evidence` text;
/// attribute values are lists (`attr_killed: ['3','2']`), so disputed
/// values stay side by side; dates are strings as written with their
/// precision beside them. Nodes and relationships are created in
/// `UNWIND [...] AS row` batches, so a large graph loads in few
/// statements. `docs/formats.md` lists every property.
public struct CypherExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "cypher", extensions: ["cypher"], summary: "a Cypher script of UNWIND ... CREATE statements for FalkorDB and Neo4j")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Self.write(view))
    }

    static func write(_ view: GraphView) -> [UInt8] {
        var writer = CypherWriter(view)
        writer.writeScript()
        return writer.out.storage
    }
}
