// How the XML graph formats (GraphML, GEXF) name an edge and its ends.

extension XMLBuffer {
    /// `id="rel-N" source="SUBJECT" target="OBJECT"`: relation `index` of
    /// `graph` and its ends as GraphML and GEXF name them, the ends' ids
    /// read from `ids`.
    mutating func edgeAttributes(_ index: Int, of graph: Graph, ids: XMLTextTable) {
        raw("id=\"rel-")
        decimal(index)
        raw("\" source=\"")
        ids.write(graph.relations[index].subject, to: &self)
        raw("\" target=\"")
        ids.write(graph.relations[index].object, to: &self)
        raw("\"")
    }
}
