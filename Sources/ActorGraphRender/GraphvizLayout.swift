import CGraphviz

/// Releasing a layout in a way that is safe for the Graphviz this package links.
enum GraphvizLayout {
    /// Frees the layout `gvLayout` attached to `graph`, as `gvFreeLayout` does.
    ///
    /// Graphviz 2.42/2.43's `dot` teardown frees memory its layout already freed
    /// when the graph has labelled edges between non-adjacent nodes of one rank
    /// (which clusters and `rank=same` produce), so `gvFreeLayout` alone corrupts
    /// the heap and later aborts the process. The `dot` program frees a layout
    /// only before reading its next graph, so it shows the crash only when given
    /// such a graph followed by another.
    static func free(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) {
        repairGrownRankLists(of: graph)
        gvFreeLayout(context, graph)
    }

    /// `dot` keeps each rank of the root graph in two fields: `av`, the node list
    /// it allocated and frees at teardown, and `v`, the list in use, normally the
    /// same block. For each label of such an edge `dot` grows `v` with `realloc`
    /// (`flat_edges` placing label nodes through `flat_node`) but leaves `av` at
    /// the old address, which `realloc` has freed once it moved the block; the
    /// teardown (`dot_cleanup`) then frees that address a second time and never
    /// frees the grown list. Pointing `av` at the grown list lets the teardown
    /// free what is really allocated: no double free and no leaked list.
    ///
    /// A list that was never grown is `av` itself or, while `dot` works, a view
    /// inside it; only a `v` outside the allocated block can be a grown copy, so
    /// only that one is adopted. Clusters' lists are views into the root's and
    /// are freed through their own `av`, so they are left as they are. Layouts
    /// other than `dot` never set the rank table, so this does nothing for them.
    private static func repairGrownRankLists(of graph: UnsafeMutablePointer<Agraph_t>) {
        // The record is looked up by name rather than taken as the graph's first
        // record, so a record moved in front of it cannot be misread.
        let record = "Agraphinfo_t".withCString { name in
            aggetrec(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: name), 0)
        }
        guard let record else { return }
        let info = UnsafeMutableRawPointer(record).assumingMemoryBound(to: Agraphinfo_t.self)
        guard let ranks = info.pointee.rank, info.pointee.minrank <= info.pointee.maxrank else { return }
        // minrank is -1 when dot added a rank above the top one for labels.
        for index in Int(info.pointee.minrank)...Int(info.pointee.maxrank) {
            let rank = ranks + index
            guard let inUse = rank.pointee.v, let allocated = rank.pointee.av else { continue }
            if inUse < allocated || inUse > allocated + Int(rank.pointee.an) {
                rank.pointee.av = inUse
            }
        }
    }
}
