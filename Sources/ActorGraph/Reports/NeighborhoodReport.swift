/// Who sits within some relations of an actor, as `actorgraph neighbors`
/// prints it: nearest first, with each actor's id and kind.
public struct NeighborhoodReport: Sendable {
    /// The neighbours, the centre first at distance 0.
    public let neighbors: [Neighbor]

    /// The neighbourhood of `center` in `view`.
    public init(view: GraphView, center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) {
        neighbors = view.neighborhood(of: center, radius: radius, filter: filter)
    }

    /// The listing as a table of distance, name, and id with kind.
    public func text(in graph: Graph) -> String {
        var table = TextTable()
        table.append(["distance", "actor"])
        for neighbor in neighbors {
            let entity = graph.entities[neighbor.entity]
            table.append([String(neighbor.distance), entity.name, "\(entity.id) (\(graph.schema.kinds[entity.kind].name))"])
        }
        return table.text
    }
}
