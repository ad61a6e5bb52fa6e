/// Which entity sits inside which, by the relations of the containment
/// role (`part-of` and types declared so): what `--clusters` draws as
/// nested boxes. An entity that is part of several sits in the first in
/// file order, and a containment cycle is cut where it closes, so the
/// result is always a forest.
public struct ContainmentTree: Sendable {
    /// For each entity, the one it is drawn inside, or -1.
    public let parent: [Int]
    /// For each entity, those drawn inside it, in file order.
    public let children: [[Int]]

    /// The containment of the entities in `view`.
    public init(_ view: GraphView) {
        let graph = view.graph
        let count = graph.entities.count
        let containment = graph.schema.relationTypes.map { $0.role == .containment }
        var parent = [Int](repeating: -1, count: count)
        for (index, relation) in graph.relations.enumerated()
        where containment[relation.type] && view.contains(relation: index) && relation.subject != relation.object && parent[relation.subject] < 0 {
            parent[relation.subject] = relation.object
        }
        // Walk up from each entity; meeting the walk's own trail closes a cycle.
        var state = [UInt8](repeating: 0, count: count)
        for start in 0..<count where state[start] == 0 {
            var path: [Int] = []
            var node = start
            while node >= 0, state[node] == 0 {
                state[node] = 1
                path.append(node)
                node = parent[node]
            }
            if node >= 0, state[node] == 1, let last = path.last { parent[last] = -1 }
            for visited in path { state[visited] = 2 }
        }
        var children = [[Int]](repeating: [], count: count)
        for index in 0..<count where parent[index] >= 0 {
            children[parent[index]].append(index)
        }
        self.parent = parent
        self.children = children
    }
}
