/// Writes the statements of ``CypherExporter``'s script for one view.
struct CypherWriter {
    /// Rows per `UNWIND` statement: large enough that a big graph takes few
    /// statements, small enough that a database parses each one quickly.
    static let batchSize = 1_000

    let view: GraphView
    let graph: Graph
    var out = CypherBuffer()
    var propertyKeys = CypherPropertyKeys()
    private let presentation: Presentation

    init(_ view: GraphView) {
        self.view = view
        graph = view.graph
        presentation = Presentation(view)
    }

    /// The indexes first, so that relationships find their ends by id
    /// quickly; then sources, entities kind by kind, and relations type by
    /// type, each in file order.
    mutating func writeScript() {
        let graph = graph, entities = view.entityIndices, relations = view.relationIndices
        out.reserve(graph.sources.count * 200 + entities.count * 260 + relations.count * 320)
        out.raw("CREATE INDEX FOR (n:`Entity`) ON (n.id);\n")
        out.raw("CREATE INDEX FOR (n:`Source`) ON (n.id);\n")
        unwind(Array(graph.sources.indices), row: { $0.source($1) }, clause: { $0.out.raw(" AS row CREATE (n:`Source`) SET n = row;\n") })
        let kinds = graph.schema.kinds.map { CypherName.label(ofKind: $0.name) }
        unwind(entities, groupedBy: { graph.entities[$0].kind }, into: kinds.count, row: { $0.entity($1) }) { writer, kind in
            writer.out.raw(" AS row CREATE (n:`Entity`:"); writer.out.identifier(kinds[kind]); writer.out.raw(") SET n = row;\n")
        }
        let types = graph.schema.relationTypes.map { CypherName.relationshipType(of: $0.name) }
        unwind(relations, groupedBy: { graph.relations[$0].type }, into: types.count, row: { $0.relation($1) }) { writer, type in
            writer.out.raw(" AS row MATCH (s:`Entity` {id: row.s}), (o:`Entity` {id: row.o}) CREATE (s)-[r:")
            writer.out.identifier(types[type])
            writer.out.raw("]->(o) SET r = row REMOVE r.s, r.o;\n")
        }
    }

    /// The batches of `items` group by group (`group` gives each item's,
    /// 0..<count), each group in file order; `clause` is told the group,
    /// since a label or type cannot come from a row.
    private mutating func unwind(_ items: [Int], groupedBy group: (Int) -> Int, into count: Int, row: (inout CypherWriter, Int) -> Void,
                                 clause: (inout CypherWriter, Int) -> Void) {
        var groups = [[Int]](repeating: [], count: count)
        for item in items { groups[group(item)].append(item) }
        for (number, members) in groups.enumerated() {
            unwind(members, row: row) { clause(&$0, number) }
        }
    }

    /// `UNWIND [row,row,...]` then `clause`, for each batch of `items`.
    private mutating func unwind(_ items: [Int], row: (inout CypherWriter, Int) -> Void, clause: (inout CypherWriter) -> Void) {
        for start in stride(from: 0, to: items.count, by: Self.batchSize) {
            out.raw("UNWIND [")
            for position in start..<min(start + Self.batchSize, items.count) {
                if position > start { out.raw(",") }
                row(&self, items[position])
            }
            out.raw("]")
            clause(&self)
        }
    }

    /// `{id:...,title:...,reliability:...,date:...,date_precision:...,attr_...}`.
    private mutating func source(_ index: Int) {
        let source = graph.sources[index]
        out.raw("{id:"); out.string(source.id)
        out.raw(",title:"); out.string(source.title)
        if let reliability = source.reliability { out.raw(",reliability:"); out.string(reliability.rawValue) }
        if let date = source.date { self.date(date, key: "date") }
        attributes(source.attributes)
        out.raw("}")
    }

    /// `{id:...,name:...,kind:...,aliases:[...],sources:[...],...,evidence:...,attr_...}`.
    /// A list that would be empty is left out: list literals, empty ones
    /// too, are most of FalkorDB's time to load the script.
    private mutating func entity(_ index: Int) {
        let entity = graph.entities[index]
        out.raw("{id:"); out.string(entity.id)
        out.raw(",name:"); out.string(entity.name)
        out.raw(",kind:"); out.string(graph.schema.kinds[entity.kind].name)
        if !entity.aliases.isEmpty { out.raw(",aliases:"); out.strings(entity.aliases) }
        citations(entity.citations)
        out.raw(",evidence:"); out.string(EvidenceText.entity(index, in: view).joined(separator: "\n"))
        attributes(view.attributes(ofEntity: index))
        out.raw("}")
    }

    /// `{s:SUBJECT,o:OBJECT,id:'rel-N',type:...,status:...,claimants:[...],date...,sources:[...],...}`:
    /// the ends to match, then the properties to set. One flat map, since
    /// FalkorDB parses a nested map much more slowly.
    private mutating func relation(_ index: Int) {
        let relation = graph.relations[index]
        out.raw("{s:"); out.string(graph.entities[relation.subject].id)
        out.raw(",o:"); out.string(graph.entities[relation.object].id)
        out.raw(",id:'rel-"); out.number(index); out.raw("'")
        out.raw(",type:"); out.string(graph.schema.relationTypes[relation.type].name)
        out.raw(",status:"); out.string(relation.status.rawValue)
        if !relation.claimants.isEmpty {
            let entities = graph.entities
            out.raw(",claimants:"); out.strings(relation.claimants.lazy.map { entities[$0].id })
        }
        if let time = relation.time { self.time(time) }
        citations(relation.citations)
        // Most relations of a large graph carry nothing to tell: skip building their text.
        if !presentation.isPlain(relation: index) {
            let evidence = EvidenceText.relation(index, in: view)
            if !evidence.isEmpty { out.raw(",evidence:"); out.string(evidence.joined(separator: "\n")) }
        }
        attributes(view.attributes(ofRelation: index))
        out.raw("}")
    }
}
