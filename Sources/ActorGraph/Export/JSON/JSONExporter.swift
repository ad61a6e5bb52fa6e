/// ActorGraph's own JSON: the interchange format, version 1. Everything a
/// graph holds, in the language's words, so nothing is lost on the way out
/// and back in, laid out so that NetworkX reads it with one call:
///
/// ```python
/// nx.node_link_graph(data, edges="relations", nodes="entities", source="subject", target="object", name="id", key="id")
/// ```
///
/// `docs/formats.md` documents every field and `docs/actorgraph-1.schema.json`
/// is its JSON Schema. Dates are written as the files write them (`2024`,
/// `2024-01`, `2024-01-04`), so a year-only date stays a year. Each entity
/// and each relation is one line, with its keys in a fixed order: the same
/// graph gives the same bytes, and a change shows as a small diff. With a
/// source filter, attribute values are those the source gives.
public struct JSONExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "json", extensions: ["json"], summary: "ActorGraph's own lossless JSON, readable by NetworkX's node_link_graph")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        ExportedFile(bytes: Self.write(view))
    }

    static func write(_ view: GraphView) -> [UInt8] {
        let graph = view.graph
        var out = JSONBuffer()
        out.reserve(view.entityCount * 160 + view.relationCount * 140)
        out.raw(#"{"format":"actorgraph","version":1,"directed":true,"multigraph":true,"graph":{},"#)
        out.raw("\n\"schema\":{\"kinds\":[\n")
        for (position, kind) in graph.schema.kinds.enumerated() {
            if position > 0 { out.raw(",\n") }
            out.raw(#"{"name":"#); out.string(kind.name)
            out.raw(#","actor":"#); out.bool(kind.isActor)
            out.raw(#","shape":"#); out.string(kind.style.shape.name)
            out.raw(#","color":"#); out.string(kind.style.color.name)
            if let fill = kind.style.fill { out.raw(#","fill":"#); out.string(fill.name) }
            referenceKeys(kind.referenceKeys, to: &out)
            out.raw("}")
        }
        out.raw("],\n\"relationTypes\":[\n")
        for (position, type) in graph.schema.relationTypes.enumerated() {
            if position > 0 { out.raw(",\n") }
            out.raw(#"{"name":"#); out.string(type.name)
            out.raw(#","subjects":"#); out.string(type.subjects.description)
            out.raw(#","objects":"#); out.string(type.objects.description)
            out.raw(#","role":"#); out.string(type.role.rawValue)
            out.raw(#","symmetric":"#); out.bool(type.isSymmetric)
            out.raw(#","color":"#); out.string(type.style.color.name)
            out.raw(#","line":"#); out.string(type.style.line.rawValue)
            out.raw(#","arrowhead":"#); out.string(type.style.arrowhead.name)
            referenceKeys(type.referenceKeys, to: &out)
            out.raw("}")
        }
        out.raw("]},\n\"sources\":[\n")
        for (position, source) in graph.sources.enumerated() {
            if position > 0 { out.raw(",\n") }
            out.source(source, of: graph)
        }
        out.raw("],\n\"entities\":[\n")
        var first = true
        for index in view.entityIndices {
            if !first { out.raw(",\n") }
            first = false
            let entity = graph.entities[index]
            out.raw(#"{"id":"#); out.string(entity.id)
            out.raw(#","kind":"#); out.string(graph.schema.kinds[entity.kind].name)
            out.raw(#","name":"#); out.string(entity.name)
            out.raw(#","aliases":"#); out.strings(entity.aliases)
            if !entity.aliasNotes.isEmpty { out.raw(#","aliasNotes":"#); out.aliasNotes(of: entity, in: graph) }
            out.raw(#","attributes":"#); out.attributes(view.attributes(ofEntity: index), of: graph)
            out.raw(#","citations":"#); out.citations(entity.citations, of: graph)
            out.raw("}")
        }
        out.raw("],\n\"relations\":[\n")
        first = true
        for index in view.relationIndices {
            if !first { out.raw(",\n") }
            first = false
            relation(index, in: view, to: &out)
        }
        out.raw("]}\n")
        return out.storage
    }

    /// `,"refs":[...]`, the keys whose values name entities, when there are any.
    private static func referenceKeys(_ keys: [String], to out: inout JSONBuffer) {
        guard !keys.isEmpty else { return }
        out.raw(#","refs":["#)
        for (position, key) in keys.enumerated() {
            if position > 0 { out.raw(",") }
            out.string(key)
        }
        out.raw("]")
    }

    /// `rel-N`, N the relation's place among all relations of the files:
    /// parallel relations keep distinct ids, and a filtered export keeps
    /// the ids of the whole.
    private static func relation(_ index: Int, in view: GraphView, to out: inout JSONBuffer) {
        let graph = view.graph
        out.raw(#"{"id":"rel-"#); out.number(index); out.raw("\"")
        out.raw(#","subject":"#); out.string(graph.entities[graph.relations[index].subject].id)
        out.raw(#","type":"#); out.string(graph.schema.relationTypes[graph.relations[index].type].name)
        out.raw(#","object":"#); out.string(graph.entities[graph.relations[index].object].id)
        out.raw(#","status":"#); out.string(graph.relations[index].status.rawValue)
        out.raw(#","claimants":"#); out.strings(graph.relations[index].claimants.lazy.map { graph.entities[$0].id })
        if let time = graph.relations[index].time {
            out.raw(#","time":{"#)
            if time.isEvent, let date = time.start {
                out.raw(#""date":"#); out.string(date.description)
            } else {
                if let start = time.start { out.raw(#""from":"#); out.string(start.description) }
                if let end = time.end {
                    if time.start != nil { out.raw(",") }
                    out.raw(#""to":"#); out.string(end.description)
                }
            }
            out.raw("}")
        }
        out.raw(#","attributes":"#); out.attributes(view.attributes(ofRelation: index), of: graph)
        out.raw(#","citations":"#); out.citations(graph.relations[index].citations, of: graph)
        out.raw("}")
    }
}
