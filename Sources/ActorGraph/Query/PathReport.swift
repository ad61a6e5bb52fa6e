import Foundation

/// Paths as data, for `actorgraph path --format json`: every hop with the
/// ids, names and kinds of both ends, the relation's type, index,
/// direction and attributes.
public struct PathReport: Codable, Hashable, Sendable {
    /// An entity as the report names it.
    public struct Actor: Codable, Hashable, Sendable {
        /// The entity's id.
        public var id: String
        /// Its display name.
        public var name: String
        /// Its kind.
        public var kind: String
    }

    /// One hop of a path.
    public struct Hop: Codable, Hashable, Sendable {
        /// Where the hop starts.
        public var from: Actor
        /// Where it ends.
        public var to: Actor
        /// The relation's type.
        public var relation: String
        /// The relation's index in the graph (its position among all relations, from 0).
        public var relationIndex: Int
        /// `forward` when the hop follows the relation's arrow, else `backward`.
        public var direction: String
        /// The relation's attributes, in the order written.
        public var attributes: [[String]]
    }

    /// One path.
    public struct Route: Codable, Hashable, Sendable {
        /// How many relations it follows.
        public var length: Int
        /// The path as one line of text, as `actorgraph path` prints it.
        public var chain: String
        /// The hops in order.
        public var hops: [Hop]
    }

    /// Where the paths start.
    public var from: Actor
    /// Where they end.
    public var to: Actor
    /// The paths found, in the order found.
    public var paths: [Route]
    /// False when a limit cut the list short.
    public var complete: Bool

    /// Describes `paths` between `start` and `end` in `graph`.
    public init(graph: Graph, from start: Int, to end: Int, paths: [Path], complete: Bool) {
        func actor(_ index: Int) -> Actor {
            let entity = graph.entities[index]
            return Actor(id: entity.id, name: entity.name, kind: graph.schema.kinds[entity.kind].name)
        }
        from = actor(start)
        to = actor(end)
        self.complete = complete
        self.paths = paths.map { path in
            let entities = path.entities(in: graph)
            let hops = path.steps.enumerated().map { index, step in
                let relation = graph.relations[step.relation]
                return Hop(from: actor(entities[index]), to: actor(entities[index + 1]),
                           relation: graph.schema.relationTypes[relation.type].name, relationIndex: step.relation,
                           direction: step.forward ? "forward" : "backward", attributes: relation.attributes.map { [$0.key, $0.value] })
            }
            return Route(length: path.length, chain: path.chain(in: graph), hops: hops)
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, ints and arrays cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }
}
