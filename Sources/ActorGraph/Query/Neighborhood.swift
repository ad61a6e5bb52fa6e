/// An entity reached from a centre, and in how many relations.
public struct Neighbor: Hashable, Sendable {
    /// The entity's index.
    public var entity: Int
    /// The fewest relations between it and the centre.
    public var distance: Int

    /// Creates a neighbour.
    public init(entity: Int, distance: Int) {
        self.entity = entity
        self.distance = distance
    }
}

extension GraphView {
    /// The entities within `radius` relations of `center` (the centre
    /// included, at distance 0), nearest first and in file order within a
    /// distance: NetworkX's `single_source_shortest_path_length` with a
    /// cutoff. The filter's avoided entities are never entered, and its
    /// intermediate kinds limit which entities a search may go through.
    public func neighborhood(of center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) -> [Neighbor] {
        guard contains(entity: center) else { return [] }
        let rules = TraversalRules(view: self, filter: filter)
        // A dictionary, not an array per entity: a small neighbourhood of a
        // large graph then costs what it visits, not what the graph holds.
        var distance: [Int: Int] = [center: 0]
        var result = [Neighbor(entity: center, distance: 0)]
        var frontier = [center]
        var level = 0
        while !frontier.isEmpty && level < radius {
            level += 1
            var next: [Int] = []
            for entity in frontier where entity == center || rules.canPassThrough(entity) {
                for (_, neighbor) in rules.steps(from: entity) where distance[neighbor] == nil && !filter.avoided.contains(neighbor) {
                    distance[neighbor] = level
                    next.append(neighbor)
                }
            }
            next.sort()
            result += next.map { Neighbor(entity: $0, distance: level) }
            frontier = next
        }
        return result
    }
}

extension Graph {
    /// The neighbourhood of `center` in the whole graph; see ``GraphView/neighborhood(of:radius:filter:)-(Int,_,_)``.
    public func neighborhood(of center: Int, radius: Int, filter: TraversalFilter = TraversalFilter()) -> [Neighbor] {
        view.neighborhood(of: center, radius: radius, filter: filter)
    }
}
