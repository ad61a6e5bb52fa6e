/// Both directions of every entity's relations in one flat array, for
/// traversals: entity `e`'s slots are contiguous, outgoing first, each
/// packing the relation index and the entity at its other end into one
/// 64-bit word. A search that expands an entity then reads one range word
/// and one run of slots, instead of separate offset, relation and
/// neighbour arrays for each direction: fewer cache misses per entity on
/// graphs too large for the cache.
struct TraversalLinks: Sendable {
    /// For entity `e`: its first slot in the high 32 bits and its first
    /// incoming slot in the low 32; entry `count` holds the end.
    let ranges: [UInt64]
    /// `relation << 32 | neighbour`.
    let slots: [UInt64]

    init(outgoing: Adjacency, incoming: Adjacency, relations: [Relation]) {
        let count = outgoing.offsets.count - 1
        var ranges = [UInt64](repeating: 0, count: count + 1)
        var slots = [UInt64](repeating: 0, count: outgoing.relationIDs.count + incoming.relationIDs.count)
        var slot = 0
        for entity in 0..<count {
            let start = slot
            for relation in outgoing[entity] {
                slots[slot] = UInt64(UInt32(relation)) << 32 | UInt64(UInt32(relations[Int(relation)].object))
                slot += 1
            }
            ranges[entity] = UInt64(start) << 32 | UInt64(slot)
            for relation in incoming[entity] {
                slots[slot] = UInt64(UInt32(relation)) << 32 | UInt64(UInt32(relations[Int(relation)].subject))
                slot += 1
            }
        }
        ranges[count] = UInt64(slot) << 32 | UInt64(slot)
        self.ranges = ranges
        self.slots = slots
    }
}
