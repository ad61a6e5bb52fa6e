/// Who sits within some relations of an actor, as `actorgraph neighbors`
/// prints it: nearest first, with each actor's id and kind.
public struct NeighborhoodReport: Sendable {
    /// The neighbours, the centre first at distance 0.
    public let neighbors: [Neighbor]
    /// How many denied relations touching the neighbourhood the filter
    /// left out (see ``TraversalFilter/includeDenied``).
    public let deniedLeftOut: Int

    /// The neighbourhood of `center` in `view`.
    public init(view: GraphView, center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) {
        let neighbors = view.neighborhood(of: center, radius: radius, filter: filter)
        self.neighbors = neighbors
        let reached = Set(neighbors.map(\.entity))
        let relations = view.graph.relations
        deniedLeftOut = filter.deniedLeftOut(in: view).count { reached.contains(relations[$0].subject) || reached.contains(relations[$0].object) }
    }

    /// The listing as a table of distance, name, and id with kind.
    public func text(in graph: Graph) -> String {
        var table = TextTable()
        table.append(["distance", "actor"])
        for neighbor in neighbors {
            let entity = graph.entities[neighbor.entity]
            table.append([String(neighbor.distance), entity.name, "\(entity.id) (\(graph.schema.kinds[entity.kind].name))"])
        }
        return table.text + DeniedNote.text(deniedLeftOut)
    }
}
