/// One direction of the graph's adjacency in compressed sparse row form:
/// the relations leaving (or entering) entity `e` are
/// `relationIDs[offsets[e] ..< offsets[e + 1]]`, in file order.
///
/// Built once, in linear time, by a counting sort; flat arrays, so a
/// traversal touches contiguous memory and allocates nothing. The arrays
/// are the library's own (a stored graph format may lay them out
/// differently); read them through the subscript and ``count(_:)``.
public struct Adjacency: Sendable {
    /// `entityCount + 1` offsets into ``relationIDs``.
    let offsets: [Int32]
    /// Relation indices grouped by entity.
    let relationIDs: [Int32]

    /// Groups `relationCount` relations by the entity `endpoint(r)` returns.
    init(entityCount: Int, relationCount: Int, endpoint: (Int) -> Int) {
        var offsets = [Int32](repeating: 0, count: entityCount + 1)
        for relation in 0..<relationCount {
            offsets[endpoint(relation) + 1] += 1
        }
        for entity in 0..<entityCount {
            offsets[entity + 1] += offsets[entity]
        }
        var next = Array(offsets.dropLast())
        var relationIDs = [Int32](repeating: 0, count: relationCount)
        for relation in 0..<relationCount {
            let entity = endpoint(relation)
            relationIDs[Int(next[entity])] = Int32(relation)
            next[entity] += 1
        }
        self.offsets = offsets
        self.relationIDs = relationIDs
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
