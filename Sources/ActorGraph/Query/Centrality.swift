import Dispatch
import Foundation

/// Measures of how central each actor is, with NetworkX's definitions and
/// normalisations, so results can be compared with it directly.
public enum Centrality {
    /// Which measure `actorgraph rank` uses.
    public enum Measure: String, CaseIterable, Sendable {
        /// Relations touching the actor, both ways, parallel relations counted.
        case degree
        /// Brandes' betweenness: the share of shortest paths between other
        /// actors that pass through the actor.
        case betweenness
        /// PageRank with damping 0.85.
        case pagerank
    }

    /// Scores for every entity of the graph by `measure`, computed within
    /// `view`: entities outside it score 0 and are left out of the
    /// normalisation, as if the view were the whole graph.
    public static func scores(_ measure: Measure, of view: GraphView, filter: TraversalFilter = TraversalFilter()) -> [Double] {
        switch measure {
        case .degree: return degree(view, filter: filter)
        case .betweenness: return betweenness(view, filter: filter)
        case .pagerank: return pageRank(view, filter: filter)
        }
    }

    /// Scores for every entity of the whole `graph` by `measure`.
    public static func scores(_ measure: Measure, of graph: Graph, filter: TraversalFilter = TraversalFilter()) -> [Double] {
        scores(measure, of: graph.view, filter: filter)
    }

    /// Entity indices ordered by `scores`, highest first, ties in file
    /// order, only those in `view` when one is given. Scores within a
    /// relative 10⁻¹² count as tied: sums computed in different orders
    /// differ in their last bits.
    public static func ranking(_ scores: [Double], in view: GraphView? = nil) -> [Int] {
        func tied(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1e-300) }
        let candidates = view?.entityIndices ?? Array(scores.indices)
        return candidates.sorted { tied(scores[$0], scores[$1]) ? $0 < $1 : scores[$0] > scores[$1] }
    }

    /// How many relations the filter lets each entity follow: both ways,
    /// with a relation to itself counting twice as in NetworkX, or with
    /// `directed` its out-degree (symmetric relations counting both ways).
    public static func degree(_ view: GraphView, filter: TraversalFilter = TraversalFilter()) -> [Double] {
        let rules = TraversalRules(view: view, filter: filter.measured)
        return view.graph.entities.indices.map { entity in Double(rules.steps(from: entity).reduce(0) { count, _ in count + 1 }) }
    }

    // MARK: Betweenness

    /// Exact betweenness by Brandes' algorithm, normalised by
    /// 1/((n-1)(n-2)) as NetworkX's `betweenness_centrality` does, n
    /// counting the entities in the view. Parallel relations count once:
    /// betweenness is about which actors lie between others, not how many
    /// relations join them. Sources are split across the machine's cores.
    public static func betweenness(_ view: GraphView, filter: TraversalFilter = TraversalFilter()) -> [Double] {
        let members = Members(view)
        let count = members.count
        let successors = SimpleAdjacency(members, filter: filter, towards: true)
        let predecessors = filter.directed ? SimpleAdjacency(members, filter: filter, towards: false) : successors
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        let partials = PartialSums(workers: workers, count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var scratch = BrandesScratch(count: count)
            var total = [Double](repeating: 0, count: count)
            for source in stride(from: worker, to: count, by: workers) {
                scratch.accumulate(from: source, successors: successors, predecessors: predecessors, into: &total)
            }
            partials.store(total, for: worker)
        }
        var scores = count > 0 ? partials.sum() : []
        if count > 2 {
            let scale = 1 / Double((count - 1) * (count - 2))
            for index in scores.indices { scores[index] *= scale }
        }
        return members.scatter(scores)
    }

    // MARK: PageRank

    /// PageRank by power iteration, as NetworkX's `pagerank`: damping
    /// 0.85, uniform teleport, dangling entities' rank spread uniformly,
    /// parallel relations adding weight, stopping when the L1 change is
    /// below `count × tolerance` or after `maxIterations`. Undirected
    /// (the default) counts every relation both ways.
    public static func pageRank(_ view: GraphView, filter: TraversalFilter = TraversalFilter(), damping: Double = 0.85,
                                tolerance: Double = 1e-6, maxIterations: Int = 100) -> [Double] {
        let members = Members(view)
        let count = members.count
        guard count > 0 else { return members.scatter([]) }
        let rules = TraversalRules(view: view, filter: filter.measured)
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        for (local, entity) in members.entities.enumerated() {
            // A relation to itself appears as both an outgoing and an incoming
            // step; NetworkX's weight matrix counts it once.
            for (step, neighbor) in rules.steps(from: entity) where step.forward || neighbor != entity {
                targets.append(members.local[neighbor])
            }
            offsets[local + 1] = targets.count
        }
        let uniform = 1 / Double(count)
        var rank = [Double](repeating: uniform, count: count)
        for _ in 0..<maxIterations {
            var next = [Double](repeating: 0, count: count)
            var danglingMass = 0.0
            for entity in 0..<count {
                let degree = offsets[entity + 1] - offsets[entity]
                if degree == 0 {
                    danglingMass += rank[entity]
                    continue
                }
                let share = damping * rank[entity] / Double(degree)
                for slot in offsets[entity] ..< offsets[entity + 1] { next[Int(targets[slot])] += share }
            }
            let base = (damping * danglingMass + 1 - damping) * uniform
            var change = 0.0
            for entity in 0..<count {
                next[entity] += base
                change += abs(next[entity] - rank[entity])
            }
            rank = next
            if change < Double(count) * tolerance { break }
        }
        return members.scatter(rank)
    }
}

extension TraversalFilter {
    /// The part of the filter a measure heeds: which relations count and
    /// which way; avoided actors and intermediate kinds are about paths.
    fileprivate var measured: TraversalFilter {
        TraversalFilter(directed: directed, relationTypes: relationTypes, includeDenied: includeDenied)
    }
}

/// The entities of a view numbered densely from 0, so the measures that
/// normalise by the number of entities work on the view alone.
private struct Members {
    let view: GraphView
    /// The view's entities in file order; local index is the position.
    let entities: [Int]
    /// For each entity of the graph, its local index, or -1 outside the view.
    let local: [Int32]

    init(_ view: GraphView) {
        self.view = view
        entities = view.entityIndices
        var local = [Int32](repeating: -1, count: view.graph.entities.count)
        for (position, entity) in entities.enumerated() { local[entity] = Int32(position) }
        self.local = local
    }

    var count: Int { entities.count }

    /// Local scores spread back over the whole graph, 0 outside the view.
    func scatter(_ scores: [Double]) -> [Double] {
        var all = [Double](repeating: 0, count: view.graph.entities.count)
        for (position, entity) in entities.enumerated() { all[entity] = scores[position] }
        return all
    }
}

/// Each entity's distinct neighbours under a filter (self excluded), as
/// flat arrays of local indices: the simple graph Brandes' algorithm walks.
private struct SimpleAdjacency: Sendable {
    let offsets: [Int]
    let neighbors: [Int32]

    init(_ members: Members, filter: TraversalFilter, towards: Bool) {
        let rules = TraversalRules(view: members.view, filter: filter.measured)
        var offsets = [0]
        var neighbors: [Int32] = []
        var lastSeen = [Int](repeating: -1, count: members.count)
        for (position, entity) in members.entities.enumerated() {
            for (_, neighbor) in rules.steps(from: entity, towards: towards) where neighbor != entity {
                let local = Int(members.local[neighbor])
                guard lastSeen[local] != position else { continue }
                lastSeen[local] = position
                neighbors.append(Int32(local))
            }
            offsets.append(neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }
}

/// Per-worker arrays for one single-source pass of Brandes' algorithm.
private struct BrandesScratch {
    var order: [Int32] = []
    var sigma: [Double]
    var distance: [Int32]
    var delta: [Double]

    init(count: Int) {
        sigma = [Double](repeating: 0, count: count)
        distance = [Int32](repeating: -1, count: count)
        delta = [Double](repeating: 0, count: count)
        order.reserveCapacity(count)
    }

    /// Counts shortest paths from `source` by breadth-first search, then
    /// adds each entity's dependency, walking back in order of distance.
    mutating func accumulate(from source: Int, successors: SimpleAdjacency, predecessors: SimpleAdjacency, into total: inout [Double]) {
        order.removeAll(keepingCapacity: true)
        order.append(Int32(source))
        sigma[source] = 1
        distance[source] = 0
        var head = 0
        while head < order.count {
            let entity = Int(order[head])
            head += 1
            let nextDistance = distance[entity] + 1
            for slot in successors.offsets[entity] ..< successors.offsets[entity + 1] {
                let neighbor = Int(successors.neighbors[slot])
                if distance[neighbor] < 0 {
                    distance[neighbor] = nextDistance
                    order.append(Int32(neighbor))
                }
                if distance[neighbor] == nextDistance { sigma[neighbor] += sigma[entity] }
            }
        }
        for position in stride(from: order.count - 1, through: 0, by: -1) {
            let entity = Int(order[position])
            let coefficient = (1 + delta[entity]) / sigma[entity]
            for slot in predecessors.offsets[entity] ..< predecessors.offsets[entity + 1] {
                let previous = Int(predecessors.neighbors[slot])
                if distance[previous] == distance[entity] - 1 { delta[previous] += sigma[previous] * coefficient }
            }
            if entity != source { total[entity] += delta[entity] }
        }
        for entity in order {
            sigma[Int(entity)] = 0
            distance[Int(entity)] = -1
            delta[Int(entity)] = 0
        }
    }
}

/// Where concurrent workers leave their partial sums; each writes only its
/// own slot, and the caller reads them after `concurrentPerform` returns.
private final class PartialSums: @unchecked Sendable {
    private var slots: [[Double]]
    private let lock = DispatchSemaphore(value: 1)

    init(workers: Int, count: Int) {
        slots = Array(repeating: [], count: workers)
    }

    func store(_ values: [Double], for worker: Int) {
        lock.wait()
        slots[worker] = values
        lock.signal()
    }

    func sum() -> [Double] {
        var total = slots[0]
        for slot in slots.dropFirst() {
            for index in total.indices { total[index] += slot[index] }
        }
        return total
    }
}
