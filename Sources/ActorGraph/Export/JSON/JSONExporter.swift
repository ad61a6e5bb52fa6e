import Foundation

/// ActorGraph's own JSON (``JSONGraphDocument``): lossless and versioned.
/// With a source filter, attribute values are those the source gives.
public struct JSONExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "json", extensions: ["json"], summary: "ActorGraph's own lossless JSON, readable by NetworkX's node_link_graph")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        let encoder = JSONEncoder()
        // Sorted keys and one item a line: the same graph gives the same
        // bytes, and a change shows as a small diff.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return ExportedFile(bytes: Array(try encoder.encode(Self.document(view))) + [UInt8(ascii: "\n")])
        } catch {
            throw ExportError("the graph could not be written as JSON: \(error)")
        }
    }

    static func document(_ view: GraphView) -> JSONGraphDocument {
        let graph = view.graph
        func citations(_ list: [Citation]) -> [JSONGraphDocument.CitationEntry] {
            list.map { .init(source: graph.sources[$0.source].id, quote: $0.quote, credibility: $0.credibility) }
        }
        func attributes(_ list: [Attribute]) -> [JSONGraphDocument.AttributeEntry] {
            list.map { .init(key: $0.key, values: $0.values.map { .init(text: $0.text, citations: citations($0.citations)) }) }
        }
        let schema = JSONGraphDocument.SchemaEntry(
            kinds: graph.schema.kinds.map { .init(name: $0.name, actor: $0.isActor, shape: $0.style.shape.name, color: $0.style.color.name,
                                                  fill: $0.style.fill?.name) },
            relationTypes: graph.schema.relationTypes.map {
                .init(name: $0.name, subjects: $0.subjects.description, objects: $0.objects.description, role: $0.role.rawValue,
                      symmetric: $0.isSymmetric, color: $0.style.color.name, line: $0.style.line.rawValue, arrowhead: $0.style.arrowhead.name)
            })
        let sources = graph.sources.map {
            JSONGraphDocument.SourceEntry(id: $0.id, title: $0.title, reliability: $0.reliability?.rawValue, date: $0.date?.description,
                                          attributes: attributes($0.attributes))
        }
        let entities = view.entityIndices.map { index in
            let entity = graph.entities[index]
            return JSONGraphDocument.EntityEntry(id: entity.id, kind: graph.schema.kinds[entity.kind].name, name: entity.name,
                                                 aliases: entity.aliases, attributes: attributes(view.attributes(ofEntity: index)),
                                                 citations: citations(entity.citations))
        }
        let relations = view.relationIndices.map { index in
            let relation = graph.relations[index]
            let time = relation.time.map { time in
                time.isEvent ? JSONGraphDocument.TimeEntry(date: time.start?.description, from: nil, to: nil)
                    : JSONGraphDocument.TimeEntry(date: nil, from: time.start?.description, to: time.end?.description)
            }
            return JSONGraphDocument.RelationEntry(
                id: "rel-\(index)", subject: graph.entities[relation.subject].id, type: graph.schema.relationTypes[relation.type].name,
                object: graph.entities[relation.object].id, status: relation.status.rawValue,
                claimants: relation.claimants.map { graph.entities[$0].id }, time: time,
                attributes: attributes(view.attributes(ofRelation: index)), citations: citations(relation.citations))
        }
        return JSONGraphDocument(schema: schema, sources: sources, entities: entities, relations: relations)
    }
}
