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
    /// The part of the graph searched.
    public let view: GraphView
    /// The rules every path obeys.
    public let filter: TraversalFilter
    private let rules: TraversalRules
    private var marks: SearchMarks
    private var blocked: Blocklist?

    /// The whole graph the view looks at; paths index into it.
    public var graph: Graph { view.graph }

    /// A finder over `view` whose paths obey `filter`.
    public init(view: GraphView, filter: TraversalFilter = TraversalFilter()) {
        self.view = view
        self.filter = filter
        rules = TraversalRules(view: view, filter: filter)
        marks = SearchMarks()
    }

    /// A finder over the whole of `graph` whose paths obey `filter`.
    public init(graph: Graph, filter: TraversalFilter = TraversalFilter()) {
        self.init(view: graph.view, filter: filter)
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
        graph.entities.indices.contains(entity) && view.contains(entity: entity) && !filter.avoided.contains(entity)
    }

    // MARK: Every shortest path

    /// Every path with the fewest relations, at most `limit` of them, in a
    /// fixed order; `complete` is false when more exist than were returned.
    public mutating func allShortestPaths(from start: Int, to end: Int, limit: Int = 100) -> (paths: [Path], complete: Bool) {
        guard let shortest = shortestPath(from: start, to: end) else { return ([], true) }
        if shortest.length == 0 { return ([shortest], true) }
        let length = shortest.length
        let fromStart = depths(from: start, towards: true, start: start, end: end, limit: length)
        let fromEnd = depths(from: end, towards: false, start: start, end: end, limit: length)

        let rules = self.rules
        return Self.depthFirst(from: start, limit: limit) { entity, steps in
            if entity == end { return .emit }
            let depth = steps.count
            return .extend(rules.steps(from: entity, towards: true).filter { _, neighbor in
                rules.canEnter(neighbor, start: start, end: end)
                    && fromStart[neighbor] == depth + 1 && fromEnd[neighbor] == length - depth - 1
            })
        }
    }

    /// How many relations each entity within `limit` of `root` is from it,
    /// searching forwards from a path's start or backwards from its end.
    private func depths(from root: Int, towards: Bool, start: Int, end: Int, limit: Int) -> [Int: Int] {
        var depth = [root: 0]
        var frontier = [root]
        for level in 1...max(1, limit) {
            var next: [Int] = []
            for entity in frontier {
                for (_, neighbor) in rules.steps(from: entity, towards: towards)
                where depth[neighbor] == nil && rules.canEnter(neighbor, start: start, end: end) {
                    depth[neighbor] = level
                    next.append(neighbor)
                }
            }
            frontier = next
        }
        return depth
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
        let rules = self.rules
        return Self.depthFirst(from: start, limit: limit, simpleAmong: graph.entities.count) { entity, steps in
            if entity == end { return .emit }
            guard steps.count < maxHops else { return .extend([]) }
            return .extend(rules.steps(from: entity).filter { _, neighbor in rules.canEnter(neighbor, start: start, end: end) })
        }
    }

    /// What the depth-first walk does at an entity: record the path that
    /// reached it, or go on along these steps.
    private enum Visit {
        case emit
        case extend([(step: PathStep, neighbor: Int)])
    }

    /// Walks paths depth first with an explicit stack (a chain tens of
    /// thousands long cannot overflow the call stack), collecting at most
    /// `limit` paths; `complete` is false when more were found. Given
    /// `simpleAmong` (the entity count), an entity already on the current
    /// path is not entered again.
    private static func depthFirst(from start: Int, limit: Int, simpleAmong entityCount: Int? = nil,
                                   _ visit: (Int, [PathStep]) -> Visit) -> (paths: [Path], complete: Bool) {
        struct Frame {
            var entity: Int
            var options: [(step: PathStep, neighbor: Int)]
            var next = 0
        }
        var paths: [Path] = []
        var steps: [PathStep] = []
        var stack: [Frame] = []
        var onPath = entityCount.map { [Bool](repeating: false, count: $0) }
        func enter(_ entity: Int) -> Bool {
            switch visit(entity, steps) {
            case .emit:
                if paths.count == limit { return false }
                paths.append(Path(start: start, steps: steps))
                return true
            case .extend(let options):
                onPath?[entity] = true
                stack.append(Frame(entity: entity, options: options))
                return true
            }
        }
        guard enter(start) else { return (paths, false) }
        if stack.isEmpty { return (paths, true) }
        while let top = stack.last {
            guard top.next < top.options.count else {
                onPath?[top.entity] = false
                stack.removeLast()
                if !steps.isEmpty { steps.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            let (step, neighbor) = top.options[top.next]
            if onPath?[neighbor] == true { continue }
            steps.append(step)
            let before = stack.count
            guard enter(neighbor) else { return (paths, false) }
            if stack.count == before { steps.removeLast() }
        }
        return (paths, true)
    }
}


/// Scratch for a search from both ends: for each entity reached, which
/// side reached it and by which step. In this search no entity is ever
/// marked by both sides (meeting the other side ends the search), so one
/// 64-bit word per entity says it all: the entity plus one in the low 32
/// bits, the side in bit 32, the step plus one above (0 at a root).
///
/// The words live in an open-addressing hash table sized by what the
/// search visits, not by the graph, so a search that touches a few
/// thousand entities of a million keeps its marks in cache (as NetworkX's
/// dicts do), and a new search costs only clearing what the last one used.
struct SearchMarks {
    private var words = [UInt64](repeating: 0, count: 1024)
    private var used: [Int32] = []
    private var shift = 64 - 10
    /// Where ``TraversalRules/touch(_:)`` leaves its sum, so its loads are kept.
    private(set) var touched: UInt64 = 0

    private static let backBit: UInt64 = 1 << 32

    init() {}

    /// Forgets the last search and roots the front side at `start` and the
    /// back side at `end`.
    mutating func begin(start: Int, end: Int) {
        for slot in used { words[Int(slot)] = 0 }
        used.removeAll(keepingCapacity: true)
        insert(start, front: true, step: nil)
        insert(end, front: false, step: nil)
    }

    /// The slot holding `entity` in `words`, or the empty slot where it would go.
    @inline(__always)
    private static func slot<Words: RandomAccessCollection>(of entity: Int, in words: Words, shift: Int) -> Int
    where Words.Element == UInt64, Words.Index == Int {
        let mask = words.count - 1
        let wanted = UInt64(UInt32(truncatingIfNeeded: entity + 1))
        var slot = Int(truncatingIfNeeded: (wanted &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while true {
            let word = words[slot]
            if word == 0 || word & 0xFFFF_FFFF == wanted { return slot }
            slot = (slot + 1) & mask
        }
    }

    private func slot(of entity: Int) -> Int { Self.slot(of: entity, in: words, shift: shift) }

    /// The word recording that one side reached `entity` by `step`.
    @inline(__always)
    private static func word(_ entity: Int, front: Bool, step: PathStep?) -> UInt64 {
        let code = step.map { UInt64($0.relation * 2 + ($0.forward ? 1 : 0)) + 1 } ?? 0
        return UInt64(UInt32(truncatingIfNeeded: entity + 1)) | (front ? 0 : backBit) | code << 33
    }

    private mutating func insert(_ entity: Int, front: Bool, step: PathStep?) {
        reserve(1)
        let index = slot(of: entity)
        words[index] = Self.word(entity, front: front, step: step)
        used.append(Int32(index))
    }

    /// Grows the table so `more` insertions keep it at most half full.
    private mutating func reserve(_ more: Int) {
        guard (used.count + more) * 2 > words.count else { return }
        var size = words.count
        while (used.count + more) * 2 > size { size *= 2 }
        let old = used.map { words[Int($0)] }
        words = [UInt64](repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        used.removeAll(keepingCapacity: true)
        for word in old {
            let index = slot(of: Int(word & 0xFFFF_FFFF) - 1)
            words[index] = word
            used.append(Int32(index))
        }
    }

    /// The bidirectional search proper: grows the smaller frontier a level
    /// at a time and returns the first step that joins the two sides (see
    /// ``PathFinder``), as the entity it leaves, the step, the entity it
    /// reaches, and whether it was taken by the front side. Each level's
    /// relations are counted first, so the table is grown before the level
    /// and the level itself runs over raw memory.
    mutating func meet(start: Int, end: Int, rules: TraversalRules, blocked: Blocklist?) -> (near: Int, step: PathStep, far: Int, front: Bool)? {
        precondition(rules.graph.entities.count < Int(UInt32.max) && rules.graph.relations.count < 1 << 30,
                     "path search packs entity and relation indices into 64 bits")
        var frontier = [start], backFrontier = [end]
        var next: [Int] = []
        while !frontier.isEmpty && !backFrontier.isEmpty {
            let growFront = frontier.count <= backFrontier.count
            next.removeAll(keepingCapacity: true)
            let level = growFront ? frontier : backFrontier
            let (sum, relations) = rules.touch(level)
            touched &+= sum
            reserve(relations)
            let shift = self.shift
            var used = self.used
            self.used = []
            let meeting = words.withUnsafeMutableBufferPointer { words -> (Int, PathStep, Int, Bool)? in
                if rules.isUnfiltered && blocked == nil {
                    return Self.expandUnfiltered(level, towards: growFront, rules: rules, words: words, shift: shift, used: &used, next: &next)
                }
                for entity in level {
                    for (step, neighbor) in rules.steps(from: entity, towards: growFront) {
                        guard rules.canEnter(neighbor, start: start, end: end), blocked?.allows(neighbor, step) ?? true else { continue }
                        let index = Self.slot(of: neighbor, in: words, shift: shift)
                        let word = words[index]
                        if word != 0 {
                            // Reached before: by the other side, a meeting; by this one, nothing to do.
                            if (word & Self.backBit != 0) == growFront { return (entity, step, neighbor, growFront) }
                            continue
                        }
                        words[index] = Self.word(neighbor, front: growFront, step: step)
                        used.append(Int32(index))
                        next.append(neighbor)
                    }
                }
                return nil
            }
            self.used = used
            if let meeting { return meeting }
            if growFront { swap(&frontier, &next) } else { swap(&backFrontier, &next) }
        }
        return nil
    }

    /// One level of ``meet`` for the common query with no filter: the same
    /// steps in the same order as ``TraversalRules/steps(from:towards:)``
    /// gives, read straight from the packed slots with nothing to check.
    private static func expandUnfiltered(_ level: [Int], towards: Bool, rules: TraversalRules, words: UnsafeMutableBufferPointer<UInt64>,
                                         shift: Int, used: inout [Int32], next: inout [Int]) -> (Int, PathStep, Int, Bool)? {
        rules.slots.withUnsafeBufferPointer { slots in
            for entity in level {
                let range = rules.ranges[entity]
                let first = Int(range >> 32), split = Int(range & 0xFFFF_FFFF), end = Int(rules.ranges[entity + 1] >> 32)
                for slot in first ..< end {
                    let packed = slots[slot]
                    let neighbor = Int(packed & 0xFFFF_FFFF)
                    let index = Self.slot(of: neighbor, in: words, shift: shift)
                    let word = words[index]
                    let step = PathStep(relation: Int(packed >> 32), forward: (slot < split) == towards)
                    if word != 0 {
                        if (word & backBit != 0) == towards { return (entity, step, neighbor, towards) }
                        continue
                    }
                    words[index] = Self.word(neighbor, front: towards, step: step)
                    used.append(Int32(index))
                    next.append(neighbor)
                }
            }
            return nil
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
            let code = Int(words[slot(of: current)] >> 33) - 1
            guard code >= 0 else { return steps }
            let step = PathStep(relation: code / 2, forward: code % 2 == 1)
            steps.append(step)
            let relation = graph.relations[step.relation]
            // Front: the step ends at `current`, so go to where it starts.
            // Back: it starts at `current`; go to where it ends.
            let towardsTarget = front != step.forward
            current = towardsTarget ? relation.object : relation.subject
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
