/// Writes a random but valid `.ag` graph of a given size: every relation
/// respects its type's endpoint rules, so the whole file checks clean and
/// the benchmark measures the normal path, not error reporting.
public struct SyntheticGraph: Sendable {
    /// How many entities to declare.
    public let entityCount: Int
    /// How many relations to write.
    public let relationCount: Int
    /// The seed of the random choices; the same seed gives the same text.
    public let seed: UInt64
    /// How many sources to declare; with any, relation `i` cites source
    /// `i % sourceCount`. Source `k` is dated to a day of January 2024
    /// (`k % 28 + 1`), every fourth only to the month, so `--known-by`
    /// has days, later sources and uncertain dates to tell apart.
    public let sourceCount: Int

    /// Describes a graph to generate; without sources, nothing is cited.
    public init(entityCount: Int, relationCount: Int, seed: UInt64, sourceCount: Int = 0) {
        self.entityCount = entityCount
        self.relationCount = relationCount
        self.seed = seed
        self.sourceCount = sourceCount
    }

    /// Entity `i` is a person, a group or a state by `i % 10` (4:5:1).
    public static func kind(of index: Int) -> String {
        switch index % 10 {
        case 0...3: return "person"
        case 4...8: return "group"
        default: return "state"
        }
    }

    /// The graph as `.ag` text.
    public func text() -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(entityCount * 48 + relationCount * 36)
        func append(_ text: String) { out.append(contentsOf: text.utf8) }

        append("# synthetic graph: \(entityCount) entities, \(relationCount) relations, seed \(seed)\n")
        for index in 0..<sourceCount {
            let day = index % 28 + 1
            append("source s\(index) \"Source \(index)\" [date: 2024-01\(index % 4 == 3 ? "" : (day < 10 ? "-0" : "-") + String(day))]\n")
        }
        for index in 0..<entityCount {
            append("\(Self.kind(of: index)) e\(index) \"Entity \(index)\"")
            if index % 10 == 0 { append(" aka \"Alias \(index)\"") }
            append("\n")
        }
        let people = stride(from: 0, to: entityCount, by: 1).filter { Self.kind(of: $0) == "person" }
        let groups = stride(from: 0, to: entityCount, by: 1).filter { Self.kind(of: $0) == "group" }
        let states = stride(from: 0, to: entityCount, by: 1).filter { Self.kind(of: $0) == "state" }
        func pick(_ pools: [[Int]]) -> Int {
            let total = pools.reduce(0) { $0 + $1.count }
            var choice = Int(random.next() % UInt64(total))
            for pool in pools {
                if choice < pool.count { return pool[choice] }
                choice -= pool.count
            }
            preconditionFailure("empty pools")
        }
        for index in 0..<relationCount {
            let source: Int, target: Int, type: String
            switch random.next() % 6 {
            case 0: type = "commands"; source = pick([people, groups]); target = pick([people, groups])
            case 1: type = "part-of"; source = pick([groups]); target = pick([groups, states])
            case 2: type = "member-of"; source = pick([people]); target = pick([groups, states])
            case 3: type = "funded-by"; source = pick([people, groups]); target = pick([people, groups, states])
            case 4: type = "attacked"; source = pick([people, groups, states]); target = pick([people, groups, states])
            default: type = "allied-with"; source = pick([groups, states]); target = pick([groups, states])
            }
            append("e\(source) \(type) e\(target)")
            var keys: [String] = []
            if index % 5 == 0 { keys.append("date: 2024-01-\(index % 28 + 1 < 10 ? "0" : "")\(index % 28 + 1)") }
            if sourceCount > 0 { keys.append("src: s\(index % sourceCount)") }
            if !keys.isEmpty { append(" [" + keys.joined(separator: ", ") + "]") }
            append("\n")
        }
        return out
    }
}
