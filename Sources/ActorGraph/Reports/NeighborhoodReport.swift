/// Who sits within some relations of an actor, as `actorgraph neighbors`
/// prints it: nearest first, with each actor's id and kind, and for the
/// nearest how they are linked to the centre (the participants of an event
/// with their roles and claims).
public struct NeighborhoodReport: Sendable {
    /// The neighbours, the centre first at distance 0.
    public let neighbors: [Neighbor]
    /// For each neighbour at distance 1, the hops between the centre and
    /// it that the filter follows, as `path` writes them
    /// (`<-attacker [confirmed by Pat Ryder]-`), in file order.
    public let links: [Int: [String]]
    /// How many denied relations touching the neighbourhood the filter
    /// left out (see ``TraversalFilter/includeDenied``).
    public let deniedLeftOut: Int

    /// The neighbourhood of `center` in `view`.
    public init(view: GraphView, center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) {
        let neighbors = view.neighborhood(of: center, radius: radius, filter: filter)
        self.neighbors = neighbors
        var links: [Int: [String]] = [:]
        for (step, neighbor) in TraversalRules(view: view, filter: filter).steps(from: center) where neighbor != center {
            links[neighbor, default: []].append(Path.hop(step, in: view))
        }
        self.links = links
        let reached = Set(neighbors.map(\.entity))
        let relations = view.graph.relations
        deniedLeftOut = filter.deniedLeftOut(in: view).count { reached.contains(relations[$0].subject) || reached.contains(relations[$0].object) }
    }

    /// The listing as a table of distance, name, id with kind, and for
    /// the nearest the relations that link them to the centre.
    public func text(in graph: Graph) -> String {
        var table = TextTable()
        table.append(["distance", "actor"])
        for neighbor in neighbors {
            let entity = graph.entities[neighbor.entity]
            var row = [String(neighbor.distance), entity.name, "\(entity.id) (\(graph.schema.kinds[entity.kind].name))"]
            if let hops = links[neighbor.entity], neighbor.distance == 1 { row.append(hops.joined(separator: ", ")) }
            table.append(row)
        }
        return table.text + DeniedNote.text(deniedLeftOut)
    }
}
