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
    private var marks: SearchMarks
    private var blocked: Blocklist?

    /// A finder over `graph` whose paths obey `filter`.
    public init(graph: Graph, filter: TraversalFilter = TraversalFilter()) {
        self.graph = graph
        self.filter = filter
        rules = TraversalRules(graph: graph, filter: filter)
        marks = SearchMarks()
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
    /// smaller frontier by one level. It stops at the first entity both
    /// searches reach, which is exact: when the search from the start has
    /// gone `a` relations deep and the one from the end `b`, the two balls
    /// were disjoint before, so the ends are more than `a + b` apart, and
    /// the meeting gives a path of at most `a + 1 + b`.
    private mutating func bidirectionalSearch(from start: Int, to end: Int) -> Path? {
        marks.begin(start: start, end: end)
        guard let meeting = marks.meet(start: start, end: end, rules: rules, blocked: blocked) else { return nil }
        let (meetFront, meetBack) = meeting.front ? (meeting.near, meeting.far) : (meeting.far, meeting.near)
        return Path(start: start, steps: marks.stepsToRoot(from: meetFront, graph: graph, front: true).reversed()
            + [meeting.step] + marks.stepsToRoot(from: meetBack, graph: graph, front: false))
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
        marks.begin(start: start, end: end)
        marks.breadthFirst(from: start, front: true, start: start, end: end, depthLimit: length, rules: rules)
        marks.breadthFirst(from: end, front: false, start: start, end: end, depthLimit: length, rules: rules)
        let marks = self.marks

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
                && marks.has(neighbor, front: true) && marks.depth(neighbor, front: true) == depth + 1
                && marks.has(neighbor, front: false) && marks.depth(neighbor, front: false) == length - depth - 1 {
                steps.append(step)
                extend(neighbor, depth: depth + 1)
                steps.removeLast()
            }
        }
        extend(start, depth: 0)
        return (paths, complete)
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

/// Scratch for a search from both ends: for each entity reached, whether
/// each side has reached it, at what depth and by which step. The marks
/// live in a small open-addressing hash table sized by what the search
/// visits, not by the graph, so a search that touches a few thousand
/// entities of a million keeps its marks in cache (as NetworkX's dicts do),
/// and starting a new search costs only clearing what the last one used.
struct SearchMarks {
    /// One slot of the table: `key` is 0 when empty, else the entity plus
    /// one in the low 30 bits and which sides reached it in the top two;
    /// then the step by which each side reached it (-1 at a root). Twelve
    /// bytes, so a probe and an insert touch one small record.
    private struct Mark {
        var key: UInt32 = 0
        var parent: (front: Int32, back: Int32) = (-1, -1)
    }

    private var marks = [Mark](repeating: Mark(), count: 1024)
    /// Depths, kept apart because only ``breadthFirst`` needs them.
    private var depths = [(front: Int32, back: Int32)](repeating: (0, 0), count: 1024)
    private var used: [Int32] = []
    private var shift = 64 - 10
    /// Where ``TraversalRules/touch(_:)`` leaves its sum, so its loads are kept.
    private(set) var touched: UInt64 = 0

    private static let frontBit: UInt32 = 1 << 30, backBit: UInt32 = 1 << 31, entityBits: UInt32 = (1 << 30) - 1

    init() {}

    /// Forgets the last search and roots the front side at `start` and the
    /// back side at `end`.
    mutating func begin(start: Int, end: Int) {
        precondition(start < Int(Self.entityBits) && end < Int(Self.entityBits), "graphs are limited to 2^30 entities")
        for slot in used { marks[Int(slot)] = Mark() }
        used.removeAll(keepingCapacity: true)
        reach(start, front: true, step: nil)
        reach(end, front: false, step: nil)
        depths[slot(of: start)].front = 0
        depths[slot(of: end)].back = 0
    }

    /// The slot holding `entity`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of entity: Int) -> Int {
        let mask = marks.count - 1
        let wanted = UInt32(truncatingIfNeeded: entity + 1)
        var slot = Int(truncatingIfNeeded: (UInt64(wanted) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while true {
            let key = marks[slot].key
            if key == 0 || key & Self.entityBits == wanted { return slot }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func bit(front: Bool) -> UInt32 { front ? frontBit : backBit }

    func has(_ entity: Int, front: Bool) -> Bool {
        marks[slot(of: entity)].key & Self.bit(front: front) != 0
    }

    func depth(_ entity: Int, front: Bool) -> Int {
        let value = depths[slot(of: entity)]
        return Int(front ? value.front : value.back)
    }

    /// Marks `entity` reached by one side; false if that side already had
    /// it. `known` is the entity's slot when the caller has just probed.
    @discardableResult
    private mutating func reach(_ entity: Int, front: Bool, step: PathStep?, at known: Int? = nil) -> Bool {
        var index = known ?? slot(of: entity)
        if marks[index].key == 0 {
            if (used.count + 1) * 2 > marks.count {
                grow()
                index = slot(of: entity)
            }
            marks[index].key = UInt32(entity + 1)
            used.append(Int32(index))
        }
        let bit = Self.bit(front: front)
        guard marks[index].key & bit == 0 else { return false }
        marks[index].key |= bit
        let code = step.map { Int32($0.relation * 2 + ($0.forward ? 1 : 0)) } ?? -1
        if front { marks[index].parent.front = code } else { marks[index].parent.back = code }
        return true
    }

    private mutating func grow() {
        let old = used.map { (marks[Int($0)], depths[Int($0)]) }
        marks = [Mark](repeating: Mark(), count: marks.count * 2)
        depths = [(front: Int32, back: Int32)](repeating: (0, 0), count: marks.count)
        shift -= 1
        used.removeAll(keepingCapacity: true)
        for (mark, depth) in old {
            let index = slot(of: Int(mark.key & Self.entityBits) - 1)
            marks[index] = mark
            depths[index] = depth
            used.append(Int32(index))
        }
    }

    /// The bidirectional search proper: grows the smaller frontier a level
    /// at a time and returns the first step that joins the two sides (see
    /// ``PathFinder``), as the entity it leaves, the step, the entity it
    /// reaches, and whether it was taken by the front side.
    mutating func meet(start: Int, end: Int, rules: TraversalRules, blocked: Blocklist?) -> (near: Int, step: PathStep, far: Int, front: Bool)? {
        var frontier = [start], backFrontier = [end]
        var next: [Int] = []
        while !frontier.isEmpty && !backFrontier.isEmpty {
            let growFront = frontier.count <= backFrontier.count
            next.removeAll(keepingCapacity: true)
            let level = growFront ? frontier : backFrontier
            touched &+= rules.touch(level)
            for entity in level {
                for (step, neighbor) in rules.steps(from: entity, towards: growFront) {
                    guard rules.canEnter(neighbor, start: start, end: end), blocked?.allows(neighbor, step) ?? true else { continue }
                    // One probe answers both "has the other side been here?"
                    // (a meeting) and "has this side?" (nothing to do).
                    let index = slot(of: neighbor)
                    let key = marks[index].key
                    if key & Self.bit(front: !growFront) != 0 { return (entity, step, neighbor, growFront) }
                    if key & Self.bit(front: growFront) != 0 { continue }
                    reach(neighbor, front: growFront, step: step, at: index)
                    next.append(neighbor)
                }
            }
            if growFront { swap(&frontier, &next) } else { swap(&backFrontier, &next) }
        }
        return nil
    }

    /// Plain breadth-first search from one side's root, recording depths
    /// up to `depthLimit`.
    mutating func breadthFirst(from root: Int, front: Bool, start: Int, end: Int, depthLimit: Int, rules: TraversalRules) {
        var frontier = [root]
        var depth: Int32 = 0
        while !frontier.isEmpty && depth < depthLimit {
            var next: [Int] = []
            for entity in frontier {
                for (step, neighbor) in rules.steps(from: entity, towards: front)
                where rules.canEnter(neighbor, start: start, end: end) && reach(neighbor, front: front, step: step) {
                    let index = slot(of: neighbor)
                    if front { depths[index].front = depth + 1 } else { depths[index].back = depth + 1 }
                    next.append(neighbor)
                }
            }
            frontier = next
            depth += 1
        }
    }

    /// The steps between `entity` and its side's root, nearest to `entity`
    /// first. On the front side each step was taken towards `entity` (so the
    /// previous entity is the step's origin); on the back side each step
    /// leads from `entity` towards the root.
    func stepsToRoot(from entity: Int, graph: Graph, front: Bool) -> [PathStep] {
        var steps: [PathStep] = []
        var current = entity
        while true {
            let parent = marks[slot(of: current)].parent
            let code = Int(front ? parent.front : parent.back)
            guard code >= 0 else { return steps }
            let step = PathStep(relation: code / 2, forward: code % 2 == 1)
            steps.append(step)
            let relation = graph.relations[step.relation]
            // Front: the step ends at `current`, so go to where it starts.
            // Back: it starts at `current`; go to where it ends.
            let towardsTarget = front != step.forward
            current = towardsTarget ? relation.target : relation.source
        }
    }
}

/// Entities and relations a spur search in Yen's algorithm must avoid.
struct Blocklist {
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
