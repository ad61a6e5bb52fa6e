import ActorGraph
import SyntheticGraphs

/// Small random multigraphs for property tests, over a schema whose two
/// kinds and three relation types (one symmetric) impose no endpoint rules,
/// so any random wiring is valid.
enum RandomGraphs {
    static let schema: Schema = {
        var schema = Schema()
        schema.define(EntityKind(name: "a", style: Schema.defaultKindStyle))
        schema.define(EntityKind(name: "b", style: Schema.defaultKindStyle))
        schema.define(RelationType(name: "r", subjects: .any, objects: .any, style: Schema.defaultRelationStyle))
        schema.define(RelationType(name: "s", subjects: .any, objects: .any, style: Schema.defaultRelationStyle))
        schema.define(RelationType(name: "sym", subjects: .any, objects: .any, isSymmetric: true, style: Schema.defaultRelationStyle))
        return schema
    }()

    /// A graph of 1 to `maxEntities` entities and up to `maxRelations`
    /// relations, self-loops and parallel relations included.
    static func graph(using random: inout SplitMix64, maxEntities: Int = 7, maxRelations: Int = 12) -> Graph {
        var builder = GraphBuilder(schema: schema)
        let count = Int.random(in: 1...maxEntities, using: &random)
        for index in 0..<count {
            builder.addEntity(id: "e\(index)", kind: Int.random(in: 0...1, using: &random))
        }
        for _ in 0..<Int.random(in: 0...maxRelations, using: &random) {
            let type = ["r", "s", "sym"].randomElement(using: &random)!
            builder.addRelation(.index(Int.random(in: 0..<count, using: &random)), type, .index(Int.random(in: 0..<count, using: &random)))
        }
        return builder.build().graph
    }

    /// A random filter: sometimes directed, sometimes limited to some
    /// relation types, avoiding some entities, or passing only one kind.
    static func filter(for graph: Graph, using random: inout SplitMix64) -> TraversalFilter {
        var filter = TraversalFilter(directed: Bool.random(using: &random))
        if Int.random(in: 0..<3, using: &random) == 0 {
            filter.relationTypes = Set((0..<3).filter { _ in Bool.random(using: &random) })
        }
        if Int.random(in: 0..<3, using: &random) == 0, !graph.entities.isEmpty {
            filter.avoided = [Int.random(in: 0..<graph.entities.count, using: &random)]
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            filter.intermediateKinds = [Int.random(in: 0...1, using: &random)]
        }
        return filter
    }
}
