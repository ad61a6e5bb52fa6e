import Foundation
import Testing
@testable import ActorGraph

/// The GraphML export, parsed by an XML parser and read as GraphML readers
/// read it: keys by id, each node's and edge's data by key name.
struct GraphMLExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    /// The document, and for each node and edge (by id) its data by key name.
    private func read(_ view: GraphView) throws -> (root: XMLTreeElement, nodes: [String: [String: String]], edges: [(id: String, ends: [String], data: [String: String])]) {
        let text = String(decoding: try GraphMLExporter().export(view, options: ExportOptions()).bytes, as: UTF8.self)
        let root = try XMLTree.parse(text)
        var names: [String: String] = [:]
        for key in root.children(named: "key") { names[key.attributes["id"] ?? ""] = key.attributes["attr.name"] }
        func data(_ element: XMLTreeElement) -> [String: String] {
            Dictionary(element.children(named: "data").compactMap { item in names[item.attributes["key"] ?? ""].map { ($0, item.allText) } },
                       uniquingKeysWith: { first, _ in first })
        }
        let body = try #require(root.children(named: "graph").first)
        let nodes = Dictionary(body.children(named: "node").map { ($0.attributes["id"] ?? "", data($0)) }, uniquingKeysWith: { first, _ in first })
        let edges = body.children(named: "edge").map { edge in
            (id: edge.attributes["id"] ?? "", ends: [edge.attributes["source"] ?? "", edge.attributes["target"] ?? ""], data: data(edge))
        }
        return (root, nodes, edges)
    }

    @Test func everyEntityAndRelationWithItsEvidence() throws {
        let (_, nodes, edges) = try read(graph.view)
        #expect(Set(nodes.keys) == Set(graph.entities.map(\.id)))
        for entity in graph.entities {
            #expect(nodes[entity.id]?["label"] == entity.name)
            #expect(nodes[entity.id]?["kind"] == graph.schema.kinds[entity.kind].name)
            #expect(nodes[entity.id]?["aliases"] == ExpectedJSONText.strings(entity.aliases))
        }
        #expect(edges.map(\.id) == graph.relations.indices.map { "rel-\($0)" })
        for (edge, relation) in zip(edges, graph.relations) {
            #expect(edge.ends == [graph.entities[relation.subject].id, graph.entities[relation.object].id])
            #expect(edge.data["type"] == graph.schema.relationTypes[relation.type].name)
            #expect(edge.data["status"] == relation.status.rawValue)
            #expect(edge.data["claimants"] == ExpectedJSONText.strings(relation.claimants.map { graph.entities[$0].id }))
            #expect(edge.data["citations"] == ExpectedJSONText.citations(relation.citations, of: graph))
        }
    }

    @Test func datesKeepTheirPrecisionAndDisputedValuesStaySideBySide() throws {
        let (_, nodes, edges) = try read(graph.view)
        #expect(edges.contains { $0.data["from"] == "2019" && $0.data["to"] == nil })
        #expect(edges.contains { $0.data["from"] == "2023-12" && $0.data["to"] == "2024-01" })
        #expect(nodes["strike"]?["attr.killed"] == "3 / 2")
        let killed = try #require(nodes["strike"]?["attributes"])
        #expect(killed.contains(#"{"text":"3","citations":[{"source":"r000","quote":"At least three"}]}"#))
        #expect(killed.contains(#"{"text":"2","citations":[{"source":"r001","quote":"At least two","credibility":2}]}"#))
    }

    @Test func sourcesAreListedOnceForTheWholeFile() throws {
        let (root, _, _) = try read(graph.view)
        let data = try #require(root.children(named: "graph").first?.children(named: "data").first)
        #expect(data.allText == ExpectedJSONText.sources(graph))
        #expect(data.allText.contains(#""reliability":"B""#))
    }

    @Test func yEdGetsAShapeLabelAndColourForEveryItem() throws {
        let (root, _, _) = try read(graph.view)
        let shapes = root.descendants.filter { $0.name == "y:ShapeNode" }
        #expect(shapes.count == graph.entities.count)
        #expect(shapes.allSatisfy { ($0.children(named: "y:Fill").first?.attributes["color"] ?? "").hasPrefix("#") })
        #expect(shapes.compactMap { $0.children(named: "y:NodeLabel").first?.allText } == graph.entities.map(\.name))
        let lines = root.descendants.filter { $0.name == "y:PolyLineEdge" }.compactMap { $0.children(named: "y:LineStyle").first?.attributes["type"] }
        #expect(lines.count == graph.relations.count)
        // Claims are dashed or dotted, as in every drawing.
        #expect(lines.contains("line") && lines.contains { $0 != "line" })
    }

    /// Without sources, undated reports are plain and written from their
    /// type's markup, and entities without aliases, attributes or
    /// citations from their kind's: both must read as the presentation
    /// model words and draws any item.
    @Test func itemsWrittenFromTheirKindOrTypeReadAsThePresentationModelSays() throws {
        let graph = try Graph {
            Group("a", "Alpha", aka: ["A"])
            Group("b", "Beta")
            Person("p")
            Relate("a", "attacked", "b")
            Relate("a", "allied-with", "b")
            Relate("a", "attacked", "b", date: "2024-01")
            Relate("b", "attacked", "a", status: .alleged, by: ["p"])
        }
        let presentation = Presentation(graph.view)
        #expect(graph.relations.indices.map { presentation.isPlain(relation: $0) } == [true, true, false, false])
        let (root, nodes, edges) = try read(graph.view)
        for index in graph.entities.indices {
            #expect(nodes[graph.entities[index].id]?["evidence"] == EvidenceText.entity(index, in: graph.view).joined(separator: "\n"))
        }
        #expect(nodes["p"]?["evidence"] == "p (person)")
        for (index, edge) in edges.enumerated() {
            let shown = presentation.relation(index)
            #expect(edge.data["label"] == shown.label.joined(separator: "\n"))
            #expect(edge.data["evidence"] == shown.evidence.joined(separator: "\n"))
            #expect(edge.data["type"] == graph.schema.relationTypes[graph.relations[index].type].name)
            #expect(edge.data["status"] == graph.relations[index].status.rawValue)
            #expect(edge.data["claimants"] == ExpectedJSONText.strings(graph.relations[index].claimants.map { graph.entities[$0].id }))
            #expect(edge.data["attributes"] == ExpectedJSONText.attributes(graph.relations[index].attributes, of: graph))
            #expect(edge.data["citations"] == "[]")
        }
        let lines = root.descendants.filter { $0.name == "y:PolyLineEdge" }
        #expect(lines.compactMap { $0.children(named: "y:EdgeLabel").first?.allText } == edges.map { $0.data["label"] ?? "" })
        #expect(lines.compactMap { $0.children(named: "y:LineStyle").first?.attributes["type"] } == ["line", "line", "line", "dashed"])
        #expect(lines.compactMap { $0.children(named: "y:Arrows").first?.attributes["target"] } == ["short", "none", "short", "short"])
    }

    /// Relations that say the same thing share their markup, built once,
    /// but each keeps its own id and ends.
    @Test func relationsThatSayTheSameKeepTheirOwnIdsAndEnds() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            Group("c")
            Relate("a", "attacked", "b", date: "2024-01")
            Relate("b", "attacked", "c", date: "2024-01")
            Relate("c", "attacked", "a", status: .alleged, date: "2024-01")
            Relate("c", "attacked", "b", date: "2024-01")
        }
        let presentation = Presentation(graph.view)
        let (_, _, edges) = try read(graph.view)
        #expect(edges.map(\.id) == ["rel-0", "rel-1", "rel-2", "rel-3"])
        #expect(edges.map(\.ends) == [["a", "b"], ["b", "c"], ["c", "a"], ["c", "b"]])
        for (index, edge) in edges.enumerated() {
            #expect(edge.data["label"] == presentation.relation(index).label.joined(separator: "\n"))
            #expect(edge.data["status"] == graph.relations[index].status.rawValue)
        }
    }

    /// Past its limit the cache keeps nothing more, and what it does not
    /// keep is written anew, the same.
    @Test func theMarkupCacheBuildsEachMarkupOnceUpToItsLimit() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            Relate("a", "attacked", "b", date: "2024-01")
            Relate("b", "attacked", "a", date: "2024-01")
            Relate("a", "attacked", "b", date: "2024-02")
            Relate("b", "attacked", "a", date: "2024-02")
        }
        let presentation = Presentation(graph.view)
        var cache = RelationMarkupCache(limit: 1), out = XMLBuffer(), built: [Int] = []
        for index in graph.relations.indices {
            cache.write(index, in: presentation, plain: [], to: &out) { out in
                built.append(index)
                out.raw((graph.relations[index].time?.description ?? "") + ";")
            }
        }
        #expect(built == [0, 2, 3])
        #expect(String(decoding: out.storage, as: UTF8.self) == "2024-01;2024-01;2024-02;2024-02;")
    }

    @Test func hostileNamesStayText() throws {
        let names = [#"He said "stop""#, #"C:\path\"#, "two\nlines", "<b>&amp;</b> & <i>", "حركة النجباء 😀", "=cmd|' /C calc'!A0",
                     "]]><node id=\"x\"/>", "nul\u{1}\u{FFFE}end"]
        var text = ""
        for (index, name) in names.enumerated() {
            text += "group g\(index) \(StringLiteral.quoted(name))\n"
        }
        let hostile = try ActorGraphTests.graph(text)
        let (_, nodes, _) = try read(hostile.view)
        #expect(nodes.count == names.count)
        for (index, name) in names.enumerated() {
            // XML cannot hold U+0001 or U+FFFE; everything else comes back as written.
            let expected = name.unicodeScalars.filter { $0 != "\u{1}" && $0 != "\u{FFFE}" }
            #expect(nodes["g\(index)"]?["label"] == String(String.UnicodeScalarView(expected)))
        }
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWholeAndIsDeterministic() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        #expect(try read(view).edges.map(\.id) == view.relationIndices.map { "rel-\($0)" })
        #expect(try GraphMLExporter().export(view, options: ExportOptions()).bytes == GraphMLExporter().export(view, options: ExportOptions()).bytes)
    }
}

/// What the exporter writes as JSON text in a GraphML field, made the way
/// ActorGraph's JSON writes each structure.
private enum ExpectedJSONText {
    static func strings(_ items: [String]) -> String { text { $0.strings(items) } }

    static func attributes(_ list: [Attribute], of graph: Graph) -> String { text { $0.attributes(list, of: graph) } }

    static func citations(_ list: [Citation], of graph: Graph) -> String { text { $0.citations(list, of: graph) } }

    static func sources(_ graph: Graph) -> String { text { out in out.array(graph.sources) { $0.source($1, of: graph) } } }

    private static func text(_ write: (inout JSONBuffer) -> Void) -> String {
        var buffer = JSONBuffer()
        write(&buffer)
        return String(decoding: buffer.storage, as: UTF8.self)
    }
}
