import ActorGraph
import Foundation
import Testing

/// The JSON export, read back with a JSON parser and compared with the
/// compiled graph: every entity, relation, claim, citation and date.
struct JSONExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    private func document(_ view: GraphView) throws -> [String: Any] {
        let bytes = try JSONExporter().export(view, options: ExportOptions()).bytes
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func everythingTheGraphHoldsIsThere() throws {
        let json = try document(graph.view)
        #expect(json["format"] as? String == "actorgraph" && json["version"] as? Int == 1)
        #expect(json["directed"] as? Bool == true && json["multigraph"] as? Bool == true)
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.map { $0["id"] as? String } == graph.entities.map(\.id))
        #expect(entities.map { $0["name"] as? String } == graph.entities.map(\.name))
        #expect(entities.map { $0["kind"] as? String } == graph.entities.map { graph.schema.kinds[$0.kind].name })
        let relations = try #require(json["relations"] as? [[String: Any]])
        #expect(relations.count == graph.relations.count)
        for (index, relation) in graph.relations.enumerated() {
            let entry = relations[index]
            #expect(entry["id"] as? String == "rel-\(index)")
            #expect(entry["subject"] as? String == graph.entities[relation.subject].id)
            #expect(entry["object"] as? String == graph.entities[relation.object].id)
            #expect(entry["type"] as? String == graph.schema.relationTypes[relation.type].name)
            #expect(entry["status"] as? String == relation.status.rawValue)
            #expect(entry["claimants"] as? [String] == relation.claimants.map { graph.entities[$0].id })
            let citations = try #require(entry["citations"] as? [[String: Any]])
            #expect(citations.map { $0["source"] as? String } == relation.citations.map { graph.sources[$0.source].id })
            #expect(citations.map { $0["quote"] as? String } == relation.citations.map(\.quote))
        }
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.map { $0["reliability"] as? String } == graph.sources.map { $0.reliability?.rawValue })
    }

    @Test func datesKeepTheirPrecisionAndDisputedValuesStaySideBySide() throws {
        let json = try document(graph.view)
        let relations = try #require(json["relations"] as? [[String: Any]])
        let times = relations.compactMap { $0["time"] as? [String: String] }
        #expect(times.contains(["from": "2019"]))
        #expect(times.contains(["from": "2023-12", "to": "2024-01"]))
        #expect(times.contains(["date": "2024-01-04"]))
        let strike = try #require((json["entities"] as? [[String: Any]])?.first { $0["id"] as? String == "strike" })
        let killed = try #require((strike["attributes"] as? [[String: Any]])?.first { $0["key"] as? String == "killed" })
        #expect((killed["values"] as? [[String: Any]])?.map { $0["text"] as? String } == ["3", "2"])
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWhole() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let relations = try #require(try document(view)["relations"] as? [[String: Any]])
        #expect(relations.map { $0["id"] as? String } == view.relationIndices.map { "rel-\($0)" })
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try JSONExporter().export(graph.view, options: ExportOptions()).bytes
        let second = try JSONExporter().export(graph.view, options: ExportOptions()).bytes
        #expect(first == second)
    }
}
