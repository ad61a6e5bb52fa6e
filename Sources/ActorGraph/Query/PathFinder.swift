/// Finds paths between two entities: the shortest (fewest relations), every
/// shortest, the k shortest simple paths, and every simple path up to a
/// length, with NetworkX's meanings (`shortest_path`, `all_shortest_paths`,
/// `shortest_simple_paths`, `all_simple_paths`).
///
/// A path is simple: no entity appears twice. Paths are sequences of
/// relations, so parallel relations give distinct paths. By default a path
/// may follow a relation either way; see ``TraversalFilter``.
///
/// A finder keeps scratch arrays sized to the graph and reuses them, so
/// many queries on one graph allocate nothing per visited entity.
public struct PathFinder {
    /// The graph searched.
    public let graph: Graph
    /// The rules every path obeys.
    public let filter: TraversalFilter
    private let rules: TraversalRules
    private var forwardSide: SearchSide
    private var backwardSide: SearchSide
    private var blocked: Blocklist?

    /// A finder over `graph` whose paths obey `filter`.
    public init(graph: Graph, filter: TraversalFilter = TraversalFilter()) {
        self.graph = graph
        self.filter = filter
        rules = TraversalRules(graph: graph, filter: filter)
        forwardSide = SearchSide(entityCount: graph.entities.count)
        backwardSide = SearchSide(entityCount: graph.entities.count)
    }

    // MARK: Shortest path

    /// One path with the fewest relations from `start` to `end`, or `nil`.
    /// Ties are broken the same way every time (file order of relations).
    public mutating func shortestPath(from start: Int, to end: Int) -> Path? {
        guard isAllowedEnd(start), isAllowedEnd(end) else { return nil }
        if start == end { return Path(start: start) }
        return bidirectionalSearch(from: start, to: end)
    }

    /// Breadth-first search from both ends at once, always growing the
    /// smaller frontier by a whole level; the first level in which the two
    /// searches meet holds a shortest path.
    private mutating func bidirectionalSearch(from start: Int, to end: Int) -> Path? {
        var front = forwardSide, back = backwardSide
        defer { forwardSide = front; backwardSide = back }
        front.reset(root: start)
        back.reset(root: end)
        var frontier = [start], backFrontier = [end]
        while !frontier.isEmpty && !backFrontier.isEmpty {
            let growFront = frontier.count <= backFrontier.count
            var next: [Int] = []
            var best: (total: Int, near: Int, step: PathStep, far: Int)?
            for entity in growFront ? frontier : backFrontier {
                let depth = growFront ? front.depth[entity] : back.depth[entity]
                for (step, neighbor) in rules.steps(from: entity, towards: growFront) {
                    guard rules.canEnter(neighbor, start: start, end: end), blocked?.allows(neighbor, step) ?? true else { continue }
                    let meets = growFront ? back.has(neighbor) : front.has(neighbor)
                    if meets {
                        let total = Int(depth) + 1 + Int(growFront ? back.depth[neighbor] : front.depth[neighbor])
                        if best == nil || total < best!.total { best = (total, entity, step, neighbor) }
                    }
                    if growFront {
                        if front.visit(neighbor, depth: depth + 1, step: step) { next.append(neighbor) }
                    } else if back.visit(neighbor, depth: depth + 1, step: step) {
                        next.append(neighbor)
                    }
                }
            }
            if let best {
                let (meetFront, meetBack) = growFront ? (best.near, best.far) : (best.far, best.near)
                return Path(start: start, steps: front.stepsToRoot(from: meetFront, graph: graph, forwardSearch: true).reversed() + [best.step]
                    + back.stepsToRoot(from: meetBack, graph: graph, forwardSearch: false))
            }
            if growFront { frontier = next } else { backFrontier = next }
        }
        return nil
    }

    private func isAllowedEnd(_ entity: Int) -> Bool {
        graph.entities.indices.contains(entity) && !filter.avoided.contains(entity)
    }

    // MARK: Every shortest path

    /// Every path with the fewest relations, at most `limit` of them, in a
    /// fixed order; `complete` is false when more exist than were returned.
    public mutating func allShortestPaths(from start: Int, to end: Int, limit: Int = 100) -> (paths: [Path], complete: Bool) {
        guard let shortest = shortestPath(from: start, to: end) else { return ([], true) }
        if shortest.length == 0 { return ([shortest], true) }
        let length = shortest.length
        var front = forwardSide, back = backwardSide
        defer { forwardSide = front; backwardSide = back }
        breadthFirst(from: start, towards: true, start: start, end: end, depthLimit: length, side: &front)
        breadthFirst(from: end, towards: false, start: start, end: end, depthLimit: length, side: &back)

        var paths: [Path] = []
        var complete = true
        var steps: [PathStep] = []
        func extend(_ entity: Int, depth: Int) {
            guard complete else { return }
            if entity == end {
                if paths.count == limit { complete = false } else { paths.append(Path(start: start, steps: steps)) }
                return
            }
            for (step, neighbor) in rules.steps(from: entity, towards: true)
            where rules.canEnter(neighbor, start: start, end: end)
                && front.has(neighbor) && front.depth[neighbor] == depth + 1
                && back.has(neighbor) && Int(back.depth[neighbor]) == length - depth - 1 {
                steps.append(step)
                extend(neighbor, depth: depth + 1)
                steps.removeLast()
            }
        }
        extend(start, depth: 0)
        return (paths, complete)
    }

    /// Plain breadth-first search recording depths up to `depthLimit`.
    private func breadthFirst(from root: Int, towards: Bool, start: Int, end: Int, depthLimit: Int, side: inout SearchSide) {
        side.reset(root: root)
        var frontier = [root]
        var depth: Int32 = 0
        while !frontier.isEmpty && depth < depthLimit {
            var next: [Int] = []
            for entity in frontier {
                for (step, neighbor) in rules.steps(from: entity, towards: towards)
                where rules.canEnter(neighbor, start: start, end: end) && side.visit(neighbor, depth: depth + 1, step: step) {
                    next.append(neighbor)
                }
            }
            frontier = next
            depth += 1
        }
    }

    // MARK: k shortest simple paths

    /// The `k` shortest simple paths, shortest first, by Yen's algorithm:
    /// each next path deviates from an earlier one at some entity (the
    /// spur) and continues by the shortest path that avoids the earlier
    /// paths' relations from there and the entities before the spur.
    public mutating func shortestSimplePaths(from start: Int, to end: Int, k: Int) -> [Path] {
        guard k > 0, let first = shortestPath(from: start, to: end) else { return [] }
        if first.length == 0 { return [first] }
        var accepted = [first]
        var known: Set<Path> = [first]
        var candidates: [Path] = []
        if blocked == nil { blocked = Blocklist(entityCount: graph.entities.count, relationCount: graph.relations.count) }

        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            let entities = previous.entities(in: graph)
            for spurIndex in 0..<previous.length {
                let root = Array(previous.steps[..<spurIndex])
                blocked!.clear()
                for path in accepted where path.steps.count > spurIndex && Array(path.steps[..<spurIndex]) == root {
                    blocked!.block(relation: path.steps[spurIndex].relation)
                }
                for entity in entities[..<spurIndex] { blocked!.block(entity: entity) }
                guard let spur = bidirectionalSearch(from: entities[spurIndex], to: end) else { continue }
                let candidate = Path(start: start, steps: root + spur.steps)
                if known.insert(candidate).inserted { candidates.append(candidate) }
            }
            blocked!.clear()
            guard let best = candidates.indices.min(by: { Self.ranks(candidates[$0], before: candidates[$1]) }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// Shorter first; among equals, by relation indices, so results are stable.
    private static func ranks(_ a: Path, before b: Path) -> Bool {
        if a.length != b.length { return a.length < b.length }
        for (x, y) in zip(a.steps, b.steps) where x != y {
            return (x.relation, x.forward ? 1 : 0) < (y.relation, y.forward ? 1 : 0)
        }
        return false
    }

    // MARK: Every simple path

    /// Every simple path of at most `maxHops` relations, depth first in
    /// file order, at most `limit` of them; `complete` is false when more
    /// exist than were returned.
    public mutating func allSimplePaths(from start: Int, to end: Int, maxHops: Int, limit: Int = 100) -> (paths: [Path], complete: Bool) {
        guard isAllowedEnd(start), isAllowedEnd(end) else { return ([], true) }
        if start == end { return ([Path(start: start)], true) }
        var onPath = [Bool](repeating: false, count: graph.entities.count)
        var paths: [Path] = []
        var complete = true
        var steps: [PathStep] = []
        func extend(_ entity: Int) {
            guard complete else { return }
            if entity == end {
                if paths.count == limit { complete = false } else { paths.append(Path(start: start, steps: steps)) }
                return
            }
            guard steps.count < maxHops else { return }
            onPath[entity] = true
            for (step, neighbor) in rules.steps(from: entity) where !onPath[neighbor] && rules.canEnter(neighbor, start: start, end: end) {
                steps.append(step)
                extend(neighbor)
                steps.removeLast()
            }
            onPath[entity] = false
        }
        extend(start)
        return (paths, complete)
    }
}

/// Scratch for one direction of a breadth-first search: which entities
/// were reached in the current search (by stamp, so resetting is O(1)),
/// at what depth, and by which step.
struct SearchSide {
    private var seen: [UInt32]
    private(set) var depth: [Int32]
    private var parent: [Int32]
    private var stamp: UInt32 = 0

    init(entityCount: Int) {
        seen = [UInt32](repeating: 0, count: entityCount)
        depth = [Int32](repeating: 0, count: entityCount)
        parent = [Int32](repeating: -1, count: entityCount)
    }

    mutating func reset(root: Int) {
        stamp &+= 1
        if stamp == 0 {
            for index in seen.indices { seen[index] = 0 }
            stamp = 1
        }
        seen[root] = stamp
        depth[root] = 0
        parent[root] = -1
    }

    func has(_ entity: Int) -> Bool { seen[entity] == stamp }

    /// Marks `entity` reached by `step`; false if it already was.
    mutating func visit(_ entity: Int, depth newDepth: Int32, step: PathStep) -> Bool {
        guard seen[entity] != stamp else { return false }
        seen[entity] = stamp
        depth[entity] = newDepth
        parent[entity] = Int32(step.relation * 2 + (step.forward ? 1 : 0))
        return true
    }

    /// The steps between `entity` and the root, nearest to `entity` first.
    /// In a forward search each step was taken towards `entity` (so the
    /// previous entity is the step's origin); in a backward search each
    /// step leads from `entity` towards the root.
    func stepsToRoot(from entity: Int, graph: Graph, forwardSearch: Bool) -> [PathStep] {
        var steps: [PathStep] = []
        var current = entity
        while parent[current] >= 0 {
            let code = Int(parent[current])
            let step = PathStep(relation: code / 2, forward: code % 2 == 1)
            steps.append(step)
            let relation = graph.relations[step.relation]
            // Forward search: the step ends at `current`, so go to where it
            // starts. Backward search: it starts at `current`; go to its end.
            let towardsTarget = forwardSearch != step.forward
            current = towardsTarget ? relation.target : relation.source
        }
        return steps
    }
}

/// Entities and relations a spur search in Yen's algorithm must avoid.
private struct Blocklist {
    private var entities: [UInt32]
    private var relations: [UInt32]
    private var stamp: UInt32 = 1

    init(entityCount: Int, relationCount: Int) {
        entities = [UInt32](repeating: 0, count: entityCount)
        relations = [UInt32](repeating: 0, count: relationCount)
    }

    mutating func clear() { stamp &+= 1 }
    mutating func block(entity: Int) { entities[entity] = stamp }
    mutating func block(relation: Int) { relations[relation] = stamp }

    func allows(_ entity: Int, _ step: PathStep) -> Bool {
        entities[entity] != stamp && relations[step.relation] != stamp
    }
}
