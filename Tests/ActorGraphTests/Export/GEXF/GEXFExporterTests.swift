import ActorGraph
import Foundation
import Testing

/// The GEXF export, read back with a namespace-aware XML parser and
/// compared with the compiled graph: every entity and relation, their
/// evidence, the columns' types, colours and shapes, and the timeline.
struct GEXFExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    private func export(_ view: GraphView) throws -> [UInt8] {
        try GEXFExporter().export(view, options: ExportOptions()).bytes
    }

    private func json(_ text: String?) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try #require(text).utf8))
    }

    @Test func everyEntityAndRelationIsThereWithItsEvidence() throws {
        let gexf = try ParsedGEXF.read(try export(graph.view))
        #expect(gexf.strays.isEmpty)
        #expect(gexf.root["version"] == "1.3")
        #expect(gexf.graph["defaultedgetype"] == "directed")
        #expect(gexf.nodes.map { $0.attributes["id"] } == graph.entities.map(\.id))
        #expect(gexf.nodes.map { $0.attributes["label"] } == graph.entities.map(\.name))
        #expect(gexf.nodes.map { $0.values["kind"] } == graph.entities.map { graph.schema.kinds[$0.kind].name })
        #expect(gexf.edges.count == graph.relations.count)
        for (index, relation) in graph.relations.enumerated() {
            let edge = gexf.edges[index]
            #expect(edge.attributes["id"] == "rel-\(index)")
            #expect(edge.attributes["source"] == graph.entities[relation.subject].id)
            #expect(edge.attributes["target"] == graph.entities[relation.object].id)
            #expect(edge.attributes["kind"] == graph.schema.relationTypes[relation.type].name)
            #expect(edge.values["type"] == graph.schema.relationTypes[relation.type].name)
            #expect(edge.values["status"] == relation.status.rawValue)
            #expect(try json(edge.values["claimants"]) as? [String] == relation.claimants.map { graph.entities[$0].id })
            let citations = try #require(try json(edge.values["citations"]) as? [[String: Any]])
            #expect(citations.map { $0["source"] as? String } == relation.citations.map { graph.sources[$0.source].id })
            #expect(citations.map { $0["quote"] as? String } == relation.citations.map(\.quote))
            #expect(citations.map { $0["credibility"] as? Int } == relation.citations.map(\.credibility))
        }
        // The source's reliability and title are in the evidence, as every output words it.
        let confirmed = try #require(gexf.edge("rel-0")?.values["evidence"])
        #expect(confirmed.contains("source: r000 \"its forces\" (B1) — Wire report"))
        #expect(gexf.node("nujaba")?.values["evidence"]?.contains("source: r000 (B) — Wire report") == true)
    }

    @Test func columnsAreDeclaredWithTheirTypes() throws {
        let gexf = try ParsedGEXF.read(try export(graph.view))
        let edgeColumns = Dictionary(uniqueKeysWithValues: (gexf.columns["edge"] ?? [:]).values.map { ($0.title, $0.type) })
        #expect(edgeColumns["symmetric"] == "boolean")
        #expect(edgeColumns["status"] == "string")
        #expect(gexf.defaults["edge"] == ["claimants": "[]", "symmetric": "false", "attributes": "[]", "citations": "[]"])
        #expect(gexf.defaults["node"] == ["aliases": "[]", "attributes": "[]", "citations": "[]"])
        let nodeColumns = Set((gexf.columns["node"] ?? [:]).values.map(\.title))
        #expect(nodeColumns.isSuperset(of: ["kind", "aliases", "attributes", "citations", "evidence", "attr.killed", "attr.weapon", "attr.date"]))
        #expect(gexf.edges.allSatisfy { $0.values["symmetric"] == "false" })
    }

    @Test func datesBecomeIntervalsAndKeepTheirPrecisionAsWritten() throws {
        let gexf = try ParsedGEXF.read(try export(graph.view))
        #expect(gexf.graph["mode"] == "dynamic" && gexf.graph["timeformat"] == "date" && gexf.graph["timerepresentation"] == "interval")
        // us attacked nujaba on 2024-01-04: that one day.
        #expect(gexf.edge("rel-0")?.attributes["start"] == "2024-01-04" && gexf.edge("rel-0")?.attributes["end"] == "2024-01-04")
        #expect(gexf.edge("rel-0")?.values["date"] == "2024-01-04")
        // Undated: always there.
        #expect(gexf.edge("rel-2")?.attributes["start"] == nil && gexf.edge("rel-2")?.attributes["end"] == nil)
        // from: 2019, still open: the year's first day on.
        #expect(gexf.edge("rel-3")?.attributes["start"] == "2019-01-01" && gexf.edge("rel-3")?.attributes["end"] == nil)
        #expect(gexf.edge("rel-3")?.values["from"] == "2019" && gexf.edge("rel-3")?.values["to"] == nil)
        // from: 2023-12, to: 2024-01: the first day of the one month to the last of the other.
        #expect(gexf.edge("rel-4")?.attributes["start"] == "2023-12-01" && gexf.edge("rel-4")?.attributes["end"] == "2024-01-31")
        #expect(gexf.edge("rel-4")?.values["from"] == "2023-12" && gexf.edge("rel-4")?.values["to"] == "2024-01")
        // Entities have no time: always there.
        #expect(gexf.nodes.allSatisfy { $0.attributes["start"] == nil && $0.attributes["end"] == nil })
    }

    /// Without sources or dates every relation is plain, written from its type's markup alone.
    @Test func aGraphWithoutDatesIsStaticAndItsPlainRelationsComplete() throws {
        let undated = try Graph {
            Group("a")
            Group("b")
            Relate("a", "attacked", "b")
            Relate("a", "allied-with", "b")
        }
        let gexf = try ParsedGEXF.read(try export(undated.view))
        #expect(gexf.graph["mode"] == "static" && gexf.graph["timeformat"] == nil)
        #expect(gexf.edges.map { $0.attributes["label"] } == ["attacked", "allied-with"])
        #expect(gexf.edges.map { $0.attributes["kind"] } == ["attacked", "allied-with"])
        #expect(gexf.edges.map { $0.values["type"] } == ["attacked", "allied-with"])
        #expect(gexf.edges.map { $0.values["status"] } == ["reported", "reported"])
        #expect(gexf.edges.map { $0.values["symmetric"] } == ["false", "true"])
        #expect(gexf.edges.map { $0.viz["color"] } == [["r": "198", "g": "40", "b": "40"], ["r": "106", "g": "27", "b": "154"]])
    }

    @Test func disputedValuesStaySideBySide() throws {
        let strike = try #require(try ParsedGEXF.read(try export(graph.view)).node("strike"))
        #expect(strike.values["attr.killed"] == "3 / 2")
        let attributes = try #require(try json(strike.values["attributes"]) as? [[String: Any]])
        let killed = try #require(attributes.first { $0["key"] as? String == "killed" })
        #expect((killed["values"] as? [[String: Any]])?.map { $0["text"] as? String } == ["3", "2"])
    }

    @Test func colorsAndShapesComeFromThePresentationModel() throws {
        let gexf = try ParsedGEXF.read(try export(graph.view))
        // A state: filled #dcefdc, a double octagon drawn as a disc.
        #expect(gexf.node("us")?.viz["color"] == ["r": "220", "g": "239", "b": "220"])
        #expect(gexf.node("us")?.viz["shape"] == ["value": "disc"])
        #expect(gexf.node("nujaba")?.viz["shape"] == ["value": "square"])
        // attacked is #c62828; confirmed solid and heavier, alleged dashed, denied dotted.
        #expect(gexf.edge("rel-0")?.viz["color"] == ["r": "198", "g": "40", "b": "40"])
        #expect(gexf.edge("rel-0")?.viz["shape"] == ["value": "solid"] && gexf.edge("rel-0")?.viz["thickness"] == ["value": "2.2"])
        #expect(gexf.edge("rel-1")?.viz["shape"] == ["value": "dashed"])
        #expect(gexf.edge("rel-4")?.viz["shape"] == ["value": "dotted"])
    }

    @Test func hostileNamesLeaveTheStructureUnchanged() throws {
        let hostile = try HostileGraph.make()
        let gexf = try ParsedGEXF.read(try export(hostile.view))
        #expect(gexf.strays.isEmpty)
        #expect(gexf.nodes.count == HostileGraph.names.count && gexf.edges.count == HostileGraph.names.count - 1)
        // XML 1.0 cannot hold C0 controls other than tab, newline and carriage return.
        let kept = HostileGraph.names.map { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) })) }
        #expect(gexf.nodes.map { $0.attributes["label"] } == kept)
        #expect(gexf.nodes.map { $0.values["attr.note"] } == kept)
        // The JSON columns escape control characters, so they keep even those.
        #expect(try gexf.nodes.map { try json($0.values["aliases"]) as? [String] } == HostileGraph.names.map { ["alias " + $0] })
        for edge in gexf.edges {
            let targetID = try #require(edge.attributes["target"])
            let target = try #require(Int(targetID.dropFirst()))
            let citation = try #require((try json(edge.values["citations"]) as? [[String: Any]])?.first)
            #expect(citation["quote"] as? String == HostileGraph.names[target] && citation["credibility"] as? Int == 2)
            #expect(edge.values["date"] == "2024-01" && edge.attributes["start"] == "2024-01-01" && edge.attributes["end"] == "2024-01-31")
        }
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWhole() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let gexf = try ParsedGEXF.read(try export(view))
        #expect(gexf.edges.map { $0.attributes["id"] } == view.relationIndices.map { "rel-\($0)" })
        #expect(gexf.nodes.count == view.entityCount)
    }

    @Test func theOutputIsDeterministicAndMatchesItsGoldenFile() throws {
        let first = try export(graph.view)
        #expect(first == (try export(graph.view)))
        try Golden.check(String(decoding: first, as: UTF8.self), "gexf-evidence.gexf")
    }
}
