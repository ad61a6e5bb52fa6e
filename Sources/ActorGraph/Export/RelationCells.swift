/// A relation's label and evidence as one text each (lines joined by a
/// line break), for the table formats (CSV, Neo4j). Most relations of a
/// large graph are plain (``Presentation/isPlain(relation:)``): their label
/// is their type's name and they have no evidence, so they are answered
/// without building the presentation.
struct RelationCells {
    let presentation: Presentation

    init(_ presentation: Presentation) {
        self.presentation = presentation
    }

    /// The label and the evidence of relation `index`.
    func text(of index: Int) -> (label: String, evidence: String) {
        let graph = presentation.graph
        if presentation.isPlain(relation: index) { return (graph.schema.relationTypes[graph.relations[index].type].name, "") }
        let shown = presentation.relation(index)
        return (shown.label.joined(separator: "\n"), shown.evidence.joined(separator: "\n"))
    }
}
