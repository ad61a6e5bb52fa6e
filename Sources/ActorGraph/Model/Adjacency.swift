/// One direction of the graph's adjacency in compressed sparse row form:
/// the relations leaving (or entering) entity `e` are
/// `relationIDs[offsets[e] ..< offsets[e + 1]]`, in file order, and the
/// entities at their other ends are `neighbors` over the same range.
///
/// Built once, in linear time, by a counting sort; flat arrays, so a
/// traversal touches contiguous memory and allocates nothing.
public struct Adjacency: Sendable {
    /// `entityCount + 1` offsets into ``relationIDs`` and ``neighbors``.
    public let offsets: [Int32]
    /// Relation indices grouped by entity.
    public let relationIDs: [Int32]
    /// For each slot of ``relationIDs``, the entity at the relation's other end.
    public let neighbors: [Int32]

    /// Groups `relationCount` relations by the entity `endpoint(r)` returns;
    /// `other(r)` is the entity at the relation's other end.
    init(entityCount: Int, relationCount: Int, endpoint: (Int) -> Int, other: (Int) -> Int) {
        var offsets = [Int32](repeating: 0, count: entityCount + 1)
        for relation in 0..<relationCount {
            offsets[endpoint(relation) + 1] += 1
        }
        for entity in 0..<entityCount {
            offsets[entity + 1] += offsets[entity]
        }
        var next = Array(offsets.dropLast())
        var relationIDs = [Int32](repeating: 0, count: relationCount)
        var neighbors = [Int32](repeating: 0, count: relationCount)
        for relation in 0..<relationCount {
            let entity = endpoint(relation)
            let slot = Int(next[entity])
            relationIDs[slot] = Int32(relation)
            neighbors[slot] = Int32(other(relation))
            next[entity] += 1
        }
        self.offsets = offsets
        self.relationIDs = relationIDs
        self.neighbors = neighbors
    }

    /// The relation indices at `entity`.
    public subscript(entity: Int) -> ArraySlice<Int32> {
        relationIDs[Int(offsets[entity]) ..< Int(offsets[entity + 1])]
    }

    /// How many relations are at `entity`.
    public func count(_ entity: Int) -> Int {
        Int(offsets[entity + 1] - offsets[entity])
    }
}
