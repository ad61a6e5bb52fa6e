/// Collects entities and relations, checks them against the schema's rules
/// and produces a ``Graph`` with its indices.
///
/// Relations may name entities declared after them (or in another file),
/// so references are resolved only in ``build()``. Every problem is kept as
/// a ``GraphIssue`` rather than thrown, so one pass reports all of them.
public struct GraphBuilder {
    /// How a relation names one of its ends.
    public enum Reference: Hashable, Sendable {
        /// An entity id, matched exactly.
        case id(String)
        /// A name, alias or id, matched after folding with ``NameKey``.
        case name(String)
        /// An entity the caller already resolved: the index ``GraphBuilder/addEntity(id:kind:name:aliases:attributes:valueClaimants:citations:aliasNotes:origin:)`` returned.
        case index(Int)
    }

    private struct PendingRelation {
        var subject: Reference
        var type: String
        var object: Reference
        var attributes: [Attribute]
        var valueClaimants: [ValueClaimants]
        var evidence: RelationEvidence
        var origin: Int?
        /// For a role assignment, the role's key and the value's position
        /// in the event's list, where its issues point.
        var assignment: (key: String, value: Int)?

        var subjectPart: GraphIssue.Part { assignment.map { .value(key: $0.key, index: $0.value) } ?? .subject }
        var objectPart: GraphIssue.Part { assignment == nil ? .object : .id }

        func claimantPart(_ position: Int) -> GraphIssue.Part {
            assignment.map { .valueClaimant(key: $0.key, value: $0.value, position: position) } ?? .claimant(position)
        }
    }

    /// What a relation's sources say about it: how firmly it is asserted,
    /// by whom, citing what, and when it held.
    public struct RelationEvidence: Sendable {
        /// `status:`; `reported` by default.
        public var status: ClaimStatus
        /// `by:`: who claims, alleges, confirms or denies it.
        public var claimants: [Reference]
        /// `src:`.
        public var citations: [Citation]
        /// `date:`, or `from:` and `to:`.
        public var time: TimeSpan?

        /// Evidence for a relation; the default is a plain reported fact.
        public init(status: ClaimStatus = .reported, claimants: [Reference] = [], citations: [Citation] = [], time: TimeSpan? = nil) {
            self.status = status
            self.claimants = claimants
            self.citations = citations
            self.time = time
        }
    }

    /// The kinds and relation types entities and relations are checked against.
    public let schema: Schema
    private var entities: [Entity] = []
    private var entityOrigins: [Int?] = []
    private var idIndex: [String: Int32] = [:]
    private var nameIndex: [String: Int32] = [:]
    /// Relations in the order added. One whose ends were already known
    /// indices is checked and stored at once; one naming entities by id or
    /// name keeps a placeholder here until ``build()`` resolves it, so file
    /// order survives.
    private var relations: [Relation] = []
    /// The origin given with each relation, for issues found in ``build()``.
    private var relationOrigins: [Int?] = []
    private var deferred: [(slot: Int, relation: PendingRelation)] = []
    /// The claimants of entities' values, resolved in ``build()``, since a
    /// value may name an actor declared after its entity.
    private var entityValueClaimants: [(entity: Int, claims: [ValueClaimants])] = []
    private var touched: [Bool] = []
    /// Each entity's kind, apart from the entities themselves: endpoint
    /// checks read it for every relation, and this small array stays in
    /// cache where the entity records do not.
    private var kinds: [Int32] = []
    private let rules: EndpointTable
    private var lastType: (name: String, index: Int?) = ("", nil)
    private var issues: [GraphIssue] = []
    private var sources: [Source] = []
    private var sourceOrigins: [Int?] = []
    private var sourceIndex: [String: Int] = [:]
    /// Whether issues carry their "did you mean" names. The `.ag` compiler
    /// turns this off and finds them itself, for the issues it reports.
    var suggestsNames = true
    /// Built at the first unknown reference, then shared by all the others.
    private var idSuggestions: SuggestionIndex?
    private var nameSuggestions: SuggestionIndex?
    private var typeSuggestions: SuggestionIndex?

    /// Starts an empty graph over `schema`.
    public init(schema: Schema = .standard) {
        self.schema = schema
        rules = EndpointTable(schema: schema)
    }

    /// Reserves room for about `entities` entities and `relations` relations.
    public mutating func reserveCapacity(entities: Int, relations: Int) {
        self.entities.reserveCapacity(entities)
        entityOrigins.reserveCapacity(entities)
        kinds.reserveCapacity(entities)
        touched.reserveCapacity(entities)
        idIndex.reserveCapacity(entities)
        nameIndex.reserveCapacity(entities * 2)
        self.relations.reserveCapacity(relations)
    }

    /// Adds an entity of the kind at `kind` in ``schema``. An entity whose
    /// id is taken is reported and left out; a name or alias that already
    /// names another entity is reported and not indexed. Returns the new
    /// entity's index, or `nil` when it was left out.
    @discardableResult
    public mutating func addEntity(id: String, kind: Int, name: String? = nil, aliases: [String] = [],
                                   attributes: [Attribute] = [], valueClaimants: [ValueClaimants] = [],
                                   citations: [Citation] = [], aliasNotes: [String: AliasNote] = [:], origin: Int? = nil) -> Int? {
        let index = Int32(entities.count)
        if let first = idIndex[id] {
            issues.append(GraphIssue(problem: .duplicateID(id, first: entityOrigins[Int(first)]), origin: origin, part: .id))
            return nil
        }
        idIndex[id] = index
        let entity = Entity(id: id, kind: kind, name: name ?? id, aliases: aliases, attributes: attributes, citations: citations,
                            aliasNotes: aliasNotes)
        entities.append(entity)
        entityOrigins.append(origin)
        touched.append(false)
        kinds.append(Int32(kind))
        if !valueClaimants.isEmpty { entityValueClaimants.append((Int(index), valueClaimants)) }

        indexName(id, of: index, part: .id, origin: origin)
        if let name { indexName(name, of: index, part: .name, origin: origin) }
        for (position, alias) in aliases.enumerated() {
            indexName(alias, of: index, part: .alias(position), origin: origin)
        }
        return Int(index)
    }

    private mutating func indexName(_ text: String, of index: Int32, part: GraphIssue.Part, origin: Int?) {
        let key = NameKey.fold(text)
        guard !key.isEmpty else { return }
        if let other = nameIndex[key] {
            if other != index {
                let problem = GraphIssue.Problem.ambiguousName(text, otherID: entities[Int(other)].id, other: entityOrigins[Int(other)])
                issues.append(GraphIssue(problem: problem, origin: origin, part: part))
            }
            return
        }
        nameIndex[key] = index
    }

    /// Records a problem found by the caller (a declaration made in code
    /// that cannot be built as written), so ``build()`` reports it with the rest.
    public mutating func reject(_ problem: GraphIssue.Problem, part: GraphIssue.Part, origin: Int? = nil) {
        issues.append(GraphIssue(problem: problem, origin: origin, part: part))
    }

    /// Adds a relation `subject type object`. With both ends and every
    /// claimant given as ``Reference/index(_:)``, and no value claimed by
    /// anyone, it is checked now; otherwise in ``build()``, once every
    /// entity is known.
    public mutating func addRelation(_ subject: Reference, _ type: String, _ object: Reference, attributes: [Attribute] = [],
                                     valueClaimants: [ValueClaimants] = [],
                                     evidence: RelationEvidence = RelationEvidence(), origin: Int? = nil) {
        guard case .index(let subjectIndex) = subject, case .index(let objectIndex) = object, valueClaimants.isEmpty,
              evidence.claimants.allSatisfy({ if case .index = $0 { return true } else { return false } }) else {
            relations.append(Relation(subject: -1, object: -1, type: -1))
            relationOrigins.append(origin)
            deferred.append((relations.count - 1, PendingRelation(subject: subject, type: type, object: object, attributes: attributes,
                                                                  valueClaimants: valueClaimants,
                                                                  evidence: evidence, origin: origin)))
            return
        }
        precondition(entities.indices.contains(subjectIndex) && entities.indices.contains(objectIndex), "Reference.index is not an index addEntity returned")
        let claimants = evidence.claimants.map { claimant -> Int in
            guard case .index(let index) = claimant, entities.indices.contains(index) else { preconditionFailure("Reference.index is not an index addEntity returned") }
            return index
        }
        touched[subjectIndex] = true
        touched[objectIndex] = true
        for claimant in claimants { touched[claimant] = true }
        guard let typeIndex = resolveType(type, origin: origin) else { return }
        if let relation = checked(subjectIndex, typeIndex, objectIndex, claimants: claimants, attributes: attributes, evidence: evidence, origin: origin) {
            relations.append(relation)
            relationOrigins.append(origin)
        }
    }

    /// Assigns the role `role` in the event at `event` (an index
    /// ``addEntity(id:kind:name:aliases:attributes:valueClaimants:citations:aliasNotes:origin:)``
    /// returned) to `participant`: the relation `participant role event`
    /// with `attributes` (the event's dates), checked in ``build()``. `value` is the assignment's position among
    /// the role's values in the event's list, so that a participant naming
    /// no entity, or of a kind the role does not take, is reported there.
    public mutating func addRoleAssignment(_ participant: Reference, role: String, event: Int, value: Int, attributes: [Attribute] = [],
                                           evidence: RelationEvidence = RelationEvidence(), origin: Int? = nil) {
        relations.append(Relation(subject: -1, object: -1, type: -1))
        relationOrigins.append(origin)
        deferred.append((relations.count - 1, PendingRelation(subject: participant, type: role, object: .index(event), attributes: attributes,
                                                              valueClaimants: [], evidence: evidence, origin: origin,
                                                              assignment: (role, value))))
    }

    /// The index of the relation type called `name`; an unknown one is
    /// reported with the nearest names. The last answer is kept, since
    /// relations of one type often come together.
    private mutating func resolveType(_ name: String, origin: Int?) -> Int? {
        if name != lastType.name { lastType = (name, schema.relationType(named: name)) }
        guard let type = lastType.index else {
            var suggestions: [String] = []
            if suggestsNames {
                if typeSuggestions == nil { typeSuggestions = SuggestionIndex(schema.relationTypes.map(\.name)) }
                suggestions = typeSuggestions!.nearest(to: name)
            }
            let problem = GraphIssue.Problem.unknownRelationType(name, suggestions: suggestions)
            issues.append(GraphIssue(problem: problem, origin: origin, part: .type))
            return nil
        }
        return type
    }

    /// The relation, if its ends obey its type's rules; otherwise `nil`,
    /// with the issues recorded.
    private mutating func checked(_ subjectIndex: Int, _ type: Int, _ objectIndex: Int, claimants: [Int], attributes: [Attribute],
                                  evidence: RelationEvidence, origin: Int?,
                                  parts: (subject: GraphIssue.Part, object: GraphIssue.Part) = (.subject, .object)) -> Relation? {
        let subjectAllowed = rules.allows(type: type, kind: Int(kinds[subjectIndex]), subject: true)
        let objectAllowed = rules.allows(type: type, kind: Int(kinds[objectIndex]), subject: false)
        if !subjectAllowed { reportEndpoint(type: type, entity: subjectIndex, subject: true, part: parts.subject, origin: origin) }
        if !objectAllowed { reportEndpoint(type: type, entity: objectIndex, subject: false, part: parts.object, origin: origin) }
        guard subjectAllowed && objectAllowed else { return nil }
        if schema.relationTypes[type].role == .identity {
            let subjectKind = schema.kinds[Int(kinds[subjectIndex])], objectKind = schema.kinds[Int(kinds[objectIndex])]
            guard subjectKind == objectKind || (subjectKind.isActor && objectKind.isActor) else {
                let problem = GraphIssue.Problem.identityKinds(type: schema.relationTypes[type].name, subjectID: entities[subjectIndex].id,
                                                               subjectKind: subjectKind.name, objectID: entities[objectIndex].id, objectKind: objectKind.name)
                issues.append(GraphIssue(problem: problem, origin: origin, part: .object))
                return nil
            }
        }
        return Relation(subject: subjectIndex, object: objectIndex, type: type, attributes: attributes, status: evidence.status,
                        claimants: claimants, citations: evidence.citations, time: evidence.time)
    }

    /// Adds a source that citations may refer to by index; returns its
    /// index, or `nil` (and an issue) when its id is taken.
    @discardableResult
    public mutating func addSource(_ source: Source, origin: Int? = nil) -> Int? {
        if let first = sourceIndex[source.id] {
            issues.append(GraphIssue(problem: .duplicateSource(source.id, first: sourceOrigins[first]), origin: origin, part: .source))
            return nil
        }
        sourceIndex[source.id] = sources.count
        sources.append(source)
        sourceOrigins.append(origin)
        return sources.count - 1
    }

    /// The index of the source with this id, if added.
    public func source(id: String) -> Int? {
        sourceIndex[id]
    }

    /// The ids of the sources added so far, for "did you mean" messages.
    public var sourceIDs: [String] { sources.map(\.id) }

    /// Resolves the relations that named entities by id or name, and the
    /// values of reference keys; warns
    /// about entities no relation touches (as an end, in `by:` or in a reference key's value), and returns the graph with every
    /// issue found. Relations with errors are left out of the graph.
    public consuming func build() -> (graph: Graph, issues: [GraphIssue]) {
        var failed = Set<Int>()
        for (slot, relation) in deferred {
            let type = resolveType(relation.type, origin: relation.origin)
            let subject = resolve(relation.subject, part: relation.subjectPart, origin: relation.origin)
            let object = resolve(relation.object, part: relation.objectPart, origin: relation.origin)
            if let subject { touched[subject] = true }
            if let object { touched[object] = true }
            var claimants: [Int] = []
            for (position, claimant) in relation.evidence.claimants.enumerated() {
                // Naming an actor as a claimant uses it as much as a relation end does.
                if let index = resolve(claimant, part: relation.claimantPart(position), origin: relation.origin) {
                    claimants.append(index)
                    touched[index] = true
                }
            }
            let attributes = resolving(relation.valueClaimants, in: relation.attributes, origin: relation.origin)
            guard let type, let subject, let object, claimants.count == relation.evidence.claimants.count, let attributes,
                  let checked = checked(subject, type, object, claimants: claimants, attributes: attributes,
                                        evidence: relation.evidence, origin: relation.origin,
                                        parts: (relation.subjectPart, relation.objectPart)) else {
                failed.insert(slot)
                continue
            }
            relations[slot] = checked
        }
        for (entity, claims) in entityValueClaimants {
            if let attributes = resolving(claims, in: entities[entity].attributes, origin: entityOrigins[entity]) {
                entities[entity].attributes = attributes
            }
        }
        if !failed.isEmpty {
            relations = relations.enumerated().filter { !failed.contains($0.offset) }.map(\.element)
            relationOrigins = relationOrigins.enumerated().filter { !failed.contains($0.offset) }.map(\.element)
        }
        resolveReferences()
        for (index, entity) in entities.enumerated() where !touched[index] {
            issues.append(GraphIssue(problem: .unusedEntity(entity.id), origin: entityOrigins[index], part: .id))
        }
        let graph = Graph(schema: schema, entities: entities, relations: relations, sources: sources,
                          idIndex: idIndex, nameIndex: nameIndex)
        return (graph, issues)
    }

    private mutating func reportEndpoint(type: Int, entity: Int, subject: Bool, part: GraphIssue.Part, origin: Int?) {
        let relationType = schema.relationTypes[type]
        let problem = GraphIssue.Problem.endpointRule(
            type: relationType.name, entityID: entities[entity].id, kind: schema.kinds[entities[entity].kind].name,
            rule: (subject ? relationType.subjects : relationType.objects).description)
        issues.append(GraphIssue(problem: problem, origin: origin, part: part))
    }

    /// `attributes` with each value's claimants resolved to entity indices,
    /// each counted as a use of its actor; `nil` (with the issues recorded)
    /// when one names no entity.
    private mutating func resolving(_ claims: [ValueClaimants], in attributes: [Attribute], origin: Int?) -> [Attribute]? {
        var attributes = attributes, ok = true
        for claim in claims {
            guard let attribute = attributes.firstIndex(where: { $0.key == claim.key }),
                  attributes[attribute].values.indices.contains(claim.value) else {
                preconditionFailure("ValueClaimants names a value the attributes do not have")
            }
            var indices: [Int] = []
            for (position, claimant) in claim.claimants.enumerated() {
                let part = GraphIssue.Part.valueClaimant(key: claim.key, value: claim.value, position: position)
                guard let index = resolve(claimant, part: part, origin: origin) else { ok = false; continue }
                indices.append(index)
                touched[index] = true
            }
            attributes[attribute].values[claim.value].claimants = indices
        }
        return ok ? attributes : nil
    }

    private mutating func resolve(_ reference: Reference, part: GraphIssue.Part, origin: Int?) -> Int? {
        switch reference {
        case .index(let index):
            precondition(entities.indices.contains(index), "Reference.index(\(index)) is not an index addEntity returned")
            return index
        case .id(let id):
            if let index = idIndex[id] { return Int(index) }
            reportUnknown(id, quoted: false, part: part, origin: origin)
        case .name(let name):
            if let index = find(name) { return index }
            if case .value(let key, _) = part {
                // A role's participant, written as a reference key's value is.
                let suggestions = suggestsNames ? nearestNames(to: name) : []
                issues.append(GraphIssue(problem: .unknownReference(key: key, value: name, suggestions: suggestions), origin: origin, part: part))
                return nil
            }
            reportUnknown(name, quoted: true, part: part, origin: origin)
        }
        return nil
    }

    /// The entity a quoted reference names: its id, or a name or alias folded.
    private func find(_ name: String) -> Int? {
        (idIndex[name] ?? nameIndex[NameKey.fold(name)]).map(Int.init)
    }

    /// Points every value of a reference key (``Schema/isReference(_:onKind:)``)
    /// at the entity it names, found as a quoted reference is; a value
    /// naming none is reported. A value so named uses its entity.
    private mutating func resolveReferences() {
        let schema = schema
        for index in entities.indices {
            let kind = entities[index].kind
            if let resolved = resolvingReferences(entities[index].attributes, origin: entityOrigins[index], where: { schema.isReference($0, onKind: kind) }) {
                entities[index].attributes = resolved
            }
        }
        for index in relations.indices {
            let type = relations[index].type
            if let resolved = resolvingReferences(relations[index].attributes, origin: relationOrigins[index], where: { schema.isReference($0, onRelationType: type) }) {
                relations[index].attributes = resolved
            }
        }
    }

    /// `attributes` with the values of reference keys resolved; `nil` when
    /// no key is one, so most items are not copied.
    private mutating func resolvingReferences(_ attributes: [Attribute], origin: Int?, where isReference: (String) -> Bool) -> [Attribute]? {
        guard attributes.contains(where: { isReference($0.key) }) else { return nil }
        var resolved = attributes
        for position in resolved.indices where isReference(resolved[position].key) {
            let key = resolved[position].key
            for (valueIndex, value) in resolved[position].values.enumerated() {
                if let entity = find(value.text) {
                    resolved[position].values[valueIndex].entity = entity
                    touched[entity] = true
                } else {
                    let suggestions = suggestsNames ? nearestNames(to: value.text) : []
                    issues.append(GraphIssue(problem: .unknownReference(key: key, value: value.text, suggestions: suggestions), origin: origin,
                                             part: .value(key: key, index: valueIndex)))
                }
            }
        }
        return resolved
    }

    private mutating func reportUnknown(_ text: String, quoted: Bool, part: GraphIssue.Part, origin: Int?) {
        var suggestions: [String] = []
        if suggestsNames {
            // References are resolved once every entity is added, so an
            // index built now serves every unknown reference after it.
            if quoted {
                suggestions = nearestNames(to: text)
            } else {
                if idSuggestions == nil { idSuggestions = SuggestionIndex(entities.lazy.map(\.id)) }
                suggestions = idSuggestions!.nearest(to: text)
            }
        }
        issues.append(GraphIssue(problem: .unknownEntity(text, quoted: quoted, suggestions: suggestions), origin: origin, part: part))
    }

    /// The names, aliases and ids nearest `text`, which names no entity.
    private mutating func nearestNames(to text: String) -> [String] {
        if nameSuggestions == nil { nameSuggestions = SuggestionIndex(Self.nameCandidates(entities)) }
        return nameSuggestions!.nearest(to: text)
    }

    /// What a quoted reference may be near: each entity's name, aliases and id.
    static func nameCandidates(_ entities: [Entity]) -> some Sequence<String> {
        entities.lazy.flatMap { [$0.name] + $0.aliases + [$0.id] }
    }
}

/// For each relation type and kind, whether that kind may stand at each
/// end: computed once so checking a relation is two array reads.
private struct EndpointTable {
    private let kindCount: Int
    private let subjects: [Bool]
    private let objects: [Bool]

    init(schema: Schema) {
        kindCount = schema.kinds.count
        subjects = schema.relationTypes.flatMap { type in schema.kinds.map { type.subjects.allows($0) } }
        objects = schema.relationTypes.flatMap { type in schema.kinds.map { type.objects.allows($0) } }
    }

    func allows(type: Int, kind: Int, subject: Bool) -> Bool {
        subject ? subjects[type * kindCount + kind] : objects[type * kindCount + kind]
    }
}
