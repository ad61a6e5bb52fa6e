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
        /// The relation's index in the graph: its position among all
        /// relations of the files from 0, whatever filters are in force.
        public var relationIndex: Int
        /// `forward` when the hop follows the relation's arrow, else `backward`.
        public var direction: String
        /// The relation's attributes, in the order written: key, then each value.
        public var attributes: [[String]]
        /// How firmly the relation is asserted: reported, claimed, alleged, assessed, confirmed or denied.
        public var status: String
        /// Who claims, alleges, confirms or denies it.
        public var by: [Actor]
        /// When it held (`2024-01-04`, `from 2023-10-07`), if known.
        public var when: String?
        /// The sources it cites.
        public var sources: [Cited]
        /// How many independent accounts the sources give, when some
        /// repeat others (``Corroboration``); absent when each is independent.
        public var independent: Int?
    }

    /// One citation of a hop.
    public struct Cited: Codable, Hashable, Sendable {
        /// The source's id.
        public var id: String
        /// The source's title.
        public var title: String
        /// The source's Admiralty reliability grade, A-F.
        public var reliability: String?
        /// The quoted supporting words.
        public var quote: String?
        /// The line of the source's report the quote is on, when checked.
        public var line: Int?
        /// The item's Admiralty credibility grade, 1-6.
        public var credibility: Int?
        /// The id of the source whose account the citation repeats
        /// (``Graph/original(of:)``), when not its own.
        public var repeats: String?
    }

    /// An identity relation that made two actors one (`--merge-identities`).
    public struct Merged: Codable, Hashable, Sendable {
        /// The relation's subject, as named before the merge.
        public var subject: Actor
        /// Its object, as named before the merge.
        public var object: Actor
        /// The relation's index in the graph.
        public var relationIndex: Int
        /// How firmly the identity is asserted.
        public var status: String
        /// Who asserts it.
        public var by: [Actor]
        /// The ids of the sources it cites.
        public var sources: [String]
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
    /// How many denied relations the search left out.
    public var deniedLeftOut: Int
    /// The identities the search took as one actor; absent without a merge.
    public var mergedIdentities: [Merged]?

    /// Describes `paths` between `start` and `end` in `view`, with
    /// attribute values as the view tells them, found with
    /// `deniedLeftOut` denied relations left out, over the view of
    /// `merge` when identities were merged.
    public init(view: GraphView, from start: Int, to end: Int, paths: [Path], complete: Bool, deniedLeftOut: Int = 0, merge: IdentityMerge? = nil) {
        let graph = view.graph
        func actor(_ index: Int, in graph: Graph) -> Actor {
            let entity = graph.entities[index]
            return Actor(id: entity.id, name: entity.name, kind: graph.schema.kinds[entity.kind].name)
        }
        func actor(_ index: Int) -> Actor { actor(index, in: graph) }
        mergedIdentities = merge.map { merge in
            merge.links.map { index in
                let relation = merge.original.relations[index]
                return Merged(subject: actor(relation.subject, in: merge.original), object: actor(relation.object, in: merge.original),
                              relationIndex: index, status: relation.status.rawValue,
                              by: relation.claimants.map { actor($0, in: merge.original) },
                              sources: relation.citations.map { merge.original.sources[$0.source].id })
            }
        }
        from = actor(start)
        to = actor(end)
        self.complete = complete
        self.deniedLeftOut = deniedLeftOut
        self.paths = paths.map { path in
            let entities = path.entities(in: graph)
            let hops = path.steps.enumerated().map { index, step in
                let relation = graph.relations[step.relation]
                let counted = view.citations(relation.citations)
                let sources = counted.map { citation in
                    let source = graph.sources[citation.source]
                    let original = graph.original(of: citation)
                    return Cited(id: source.id, title: source.title, reliability: source.reliability?.rawValue,
                                 quote: citation.quote, line: citation.line, credibility: citation.credibility,
                                 repeats: original == citation.source ? nil : graph.sources[original].id)
                }
                let corroboration = Corroboration(counted, in: graph)
                return Hop(from: actor(entities[index]), to: actor(entities[index + 1]),
                           relation: graph.schema.relationTypes[relation.type].name, relationIndex: step.relation,
                           direction: step.forward ? "forward" : "backward",
                           attributes: view.attributes(ofRelation: step.relation).map { [$0.key] + $0.values.map(\.text) },
                           status: relation.status.rawValue, by: relation.claimants.map(actor),
                           when: relation.time?.description, sources: sources,
                           independent: corroboration.isOvercounted ? corroboration.independent : nil)
            }
            return Route(length: path.length, chain: path.chain(in: view), hops: hops)
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
