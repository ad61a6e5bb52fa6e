/// A typed, directed multigraph of actors, stored for speed: entities and
/// relations have dense integer indices, ids and folded names are found
/// through hash maps, and adjacency in both directions is held in flat
/// compressed-sparse-row arrays built once.
///
/// Build one from `.ag` text with ``GraphCompiler``, or in code with
/// ``GraphBuilder`` or the result-builder initialiser.
public struct Graph: Sendable {
    /// The kinds and relation types the graph uses.
    public let schema: Schema
    /// Every entity, in declaration order; an entity's index is its position.
    public internal(set) var entities: [Entity]
    /// Every relation, in declaration order; a relation's index is its position.
    public internal(set) var relations: [Relation]
    /// The sources items cite, in declaration order.
    public let sources: [Source]
    /// What each source declares it repeats (`copies:`, `derived-from:`),
    /// by source index, resolved from its attributes, which keep the
    /// declarations as written.
    public let sourceDependencies: [[SourceDependency]]
    /// Whether any source declares that it repeats another, so outputs
    /// that count sources say how many are independent.
    public let declaresDependencies: Bool
    /// Relations grouped by their subject.
    public let outgoing: Adjacency
    /// Relations grouped by their object.
    public let incoming: Adjacency
    /// Both directions packed together, for traversals.
    let links: TraversalLinks
    /// The denied relations, in file order: every query leaves them out
    /// (see ``TraversalFilter/includeDenied``), so they are found once
    /// here rather than by a scan of every relation per query.
    let deniedRelations: [Int]
    let idIndex: [String: Int32]
    let nameIndex: [String: Int32]
    private let sourceIndex: [String: Int]

    init(schema: Schema, entities: [Entity], relations: [Relation], sources: [Source], idIndex: [String: Int32], nameIndex: [String: Int32]) {
        self.schema = schema
        self.entities = entities
        self.relations = relations
        self.sources = sources
        sourceIndex = Dictionary(sources.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        sourceDependencies = SourceDependency.resolve(sources, index: sourceIndex)
        declaresDependencies = sourceDependencies.contains { !$0.isEmpty }
        self.idIndex = idIndex
        self.nameIndex = nameIndex
        outgoing = Adjacency(entityCount: entities.count, relationCount: relations.count) { relations[$0].subject }
        incoming = Adjacency(entityCount: entities.count, relationCount: relations.count) { relations[$0].object }
        links = TraversalLinks(outgoing: outgoing, incoming: incoming, relations: relations)
        deniedRelations = relations.withUnsafeBufferPointer { relations in relations.indices.filter { relations[$0].status == .denied } }
    }

    /// The index of the source whose id is exactly `id`.
    public func source(id: String) -> Int? {
        sourceIndex[id]
    }

    /// The index of the entity whose id is exactly `id`.
    public func entity(id: String) -> Int? {
        idIndex[id].map(Int.init)
    }

    /// The index of the entity `text` names: its id exactly, or else an id,
    /// name or alias equal to it once folded by ``NameKey``.
    public func resolve(_ text: String) -> Int? {
        if let index = idIndex[text] { return Int(index) }
        return nameIndex[NameKey.fold(text)].map(Int.init)
    }

    /// Ids, names and aliases closest to `text`, for "did you mean" messages.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        Suggester.nearest(to: text, among: entities.lazy.flatMap { [$0.id, $0.name] + $0.aliases }, limit: limit)
    }

    /// The kind of the entity at `index`.
    public func kind(of index: Int) -> EntityKind {
        schema.kinds[entities[index].kind]
    }

    /// The type of the relation at `index`.
    public func type(of index: Int) -> RelationType {
        schema.relationTypes[relations[index].type]
    }

    /// How many relations touch the entity at `index`, either way.
    public func degree(of index: Int) -> Int {
        outgoing.count(index) + incoming.count(index)
    }
}
