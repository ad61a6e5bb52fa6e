import ActorGraph

/// Slow, obviously-correct answers to compare the real queries with: every
/// function scans the whole relation list and enumerates exhaustively,
/// sharing no code with `Sources/ActorGraph/Query`.
enum BruteForce {
    /// The hops a path may take from `entity`: relation, direction, next entity.
    static func hops(from entity: Int, in graph: Graph, filter: TraversalFilter) -> [(PathStep, Int)] {
        var hops: [(PathStep, Int)] = []
        for (index, relation) in graph.relations.enumerated() {
            if let types = filter.relationTypes, !types.contains(relation.type) { continue }
            let symmetric = graph.schema.relationTypes[relation.type].isSymmetric
            if relation.subject == entity { hops.append((PathStep(relation: index, forward: true), relation.object)) }
            if relation.object == entity && (!filter.directed || symmetric) {
                hops.append((PathStep(relation: index, forward: false), relation.subject))
            }
        }
        return hops
    }

    static func mayEnter(_ entity: Int, start: Int, end: Int, in graph: Graph, filter: TraversalFilter) -> Bool {
        if filter.avoided.contains(entity) { return false }
        if entity == start || entity == end { return true }
        return filter.intermediateKinds?.contains(graph.entities[entity].kind) ?? true
    }

    /// Every simple path from `start` to `end` of at most `maxHops` relations.
    static func simplePaths(from start: Int, to end: Int, maxHops: Int, in graph: Graph, filter: TraversalFilter) -> [Path] {
        guard !filter.avoided.contains(start), !filter.avoided.contains(end) else { return [] }
        if start == end { return [Path(start: start)] }
        var found: [Path] = []
        func walk(_ entity: Int, visited: [Int], steps: [PathStep]) {
            if entity == end {
                found.append(Path(start: start, steps: steps))
                return
            }
            if steps.count == maxHops { return }
            for (step, next) in hops(from: entity, in: graph, filter: filter)
            where !visited.contains(next) && mayEnter(next, start: start, end: end, in: graph, filter: filter) {
                walk(next, visited: visited + [next], steps: steps + [step])
            }
        }
        walk(start, visited: [start], steps: [])
        return found
    }

    /// Distances from `center` within `radius`, by repeated relaxation.
    static func distances(from center: Int, radius: Int, in graph: Graph, filter: TraversalFilter) -> [Int: Int] {
        var distance = [center: 0]
        for _ in 0..<radius {
            var changed = false
            for (entity, known) in distance where entity == center || mayPass(entity, in: graph, filter: filter) {
                for (_, next) in hops(from: entity, in: graph, filter: filter) where !filter.avoided.contains(next) {
                    if distance[next].map({ known + 1 < $0 }) ?? true {
                        distance[next] = known + 1
                        changed = true
                    }
                }
            }
            if !changed { break }
        }
        return distance.filter { $0.value <= radius }
    }

    private static func mayPass(_ entity: Int, in graph: Graph, filter: TraversalFilter) -> Bool {
        !filter.avoided.contains(entity) && (filter.intermediateKinds?.contains(graph.entities[entity].kind) ?? true)
    }

    /// Betweenness from its definition: for every ordered pair of distinct
    /// entities, the share of their shortest entity sequences (parallel
    /// relations collapsed) passing through each other entity, normalised
    /// as NetworkX does.
    static func betweenness(of graph: Graph, filter: TraversalFilter) -> [Double] {
        let count = graph.entities.count
        let plain = TraversalFilter(directed: filter.directed, relationTypes: filter.relationTypes)
        var scores = [Double](repeating: 0, count: count)
        for source in 0..<count {
            for target in 0..<count where target != source {
                let sequences = Set(simplePaths(from: source, to: target, maxHops: count, in: graph, filter: plain).map { $0.entities(in: graph) })
                guard let shortest = sequences.map(\.count).min() else { continue }
                let best = sequences.filter { $0.count == shortest }
                for sequence in best {
                    for entity in sequence.dropFirst().dropLast() { scores[entity] += 1 / Double(best.count) }
                }
            }
        }
        if count > 2 { return scores.map { $0 / Double((count - 1) * (count - 2)) } }
        return scores
    }

    /// PageRank as the exact solution of its linear equations (Gaussian
    /// elimination), not by iteration.
    static func pageRank(of graph: Graph, filter: TraversalFilter, damping: Double = 0.85) -> [Double] {
        let count = graph.entities.count
        var weight = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
        for entity in 0..<count {
            for (step, next) in hops(from: entity, in: graph, filter: TraversalFilter(directed: filter.directed, relationTypes: filter.relationTypes))
            where step.forward || next != entity {
                weight[entity][next] += 1
            }
        }
        // x = d·Aᵀx + (1-d)/n, where row i of A is i's out-weights normalised, or uniform if i has none.
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: count + 1), count: count)
        for row in 0..<count {
            matrix[row][row] = 1
            matrix[row][count] = (1 - damping) / Double(count)
        }
        for from in 0..<count {
            let total = weight[from].reduce(0, +)
            for to in 0..<count {
                let share = total == 0 ? 1 / Double(count) : weight[from][to] / total
                matrix[to][from] -= damping * share
            }
        }
        for column in 0..<count {
            let pivot = (column..<count).max { abs(matrix[$0][column]) < abs(matrix[$1][column]) }!
            matrix.swapAt(column, pivot)
            for row in 0..<count where row != column {
                let factor = matrix[row][column] / matrix[column][column]
                for k in column...count { matrix[row][k] -= factor * matrix[column][k] }
            }
        }
        return (0..<count).map { matrix[$0][count] / matrix[$0][$0] }
    }
}
