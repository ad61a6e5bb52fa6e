import Testing
@testable import ActorGraph
import SyntheticGraphs

/// ActorGraph's own CSV export reads back by its header alone: entities
/// with their ids, names, kinds and aliases, relations with their ends,
/// types, claims and dates.
struct CSVExportRoundTripTests {
    /// The export's tables read back, by file name.
    private func readBack(_ graph: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: ImportDocument] {
        let exported = try CSVExporter().export(graph.view, options: ExportOptions())
        var documents: [String: ImportDocument] = [:]
        for member in exported.members where member.name == "entities.csv" || member.name == "relations.csv" {
            let file = SourceFile(path: member.name, bytes: member.bytes)
            let reader = try #require(FormatRegistry.standard.reader(for: file), sourceLocation: sourceLocation)
            let reading = reader.read(file, settings: ImportSettings())
            #expect(reading.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(reading.diagnostics))", sourceLocation: sourceLocation)
            documents[member.name] = try #require(reading.document, sourceLocation: sourceLocation)
        }
        return documents
    }

    private struct EntityFacts: Equatable {
        var key: String?, name: String, kind: String, aliases: String
    }

    private struct RelationFacts: Equatable {
        var subject: ImportReference, type: String, object: ImportReference, status: ClaimStatus, claimants: [ImportReference], time: [Attribute]
    }

    @Test(arguments: 0 ..< 200)
    func randomGraphsComeBack(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = RandomEvidenceGraphs.text(using: &random)
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "r.ag", text: text)]).graph)
        let documents = try readBack(graph)
        let entities = try #require(documents["entities.csv"]).entities
        let relations = try #require(documents["relations.csv"]).relations
        // Aliases are joined as the export joins them, since an alias may hold the separator.
        #expect(entities.map { EntityFacts(key: $0.key, name: $0.name, kind: $0.kind, aliases: $0.aliases.joined(separator: "|")) }
            == graph.entities.map { EntityFacts(key: $0.id, name: $0.name, kind: graph.schema.kinds[$0.kind].name, aliases: $0.aliases.joined(separator: "|")) },
            "\(text)")
        let types = graph.schema.relationTypes
        #expect(relations.map { RelationFacts(subject: $0.subject, type: $0.type, object: $0.object, status: $0.status, claimants: $0.claimants,
                                              time: $0.attributes.filter { ["date", "from", "to"].contains($0.key) }) }
            == graph.relations.map { relation in
                RelationFacts(subject: .name(graph.entities[relation.subject].id), type: types[relation.type].name,
                              object: .name(graph.entities[relation.object].id), status: relation.status,
                              claimants: relation.claimants.map { .name(graph.entities[$0].id) }, time: Self.time(relation.time))
            }, "\(text)")
    }

    /// The attributes a relation's time reads back as.
    private static func time(_ time: TimeSpan?) -> [Attribute] {
        guard let time else { return [] }
        if time.isEvent { return time.start.map { [Attribute("date", $0.description)] } ?? [] }
        return [time.start.map { Attribute("from", $0.description) }, time.end.map { Attribute("to", $0.description) }].compactMap { $0 }
    }

    @Test func theSourcesAndCitationsTablesAreRefusedNotMisread() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        let exported = try CSVExporter().export(graph.view, options: ExportOptions())
        for member in exported.members where member.name == "sources.csv" || member.name == "citations.csv" {
            let reading = CSVReader().read(SourceFile(path: member.name, bytes: member.bytes), settings: ImportSettings())
            #expect(reading.document == nil)
            #expect(reading.diagnostics.map(\.id) == [.unrecognizedCSVColumns])
            #expect(reading.diagnostics.first?.message.contains("this is the \(member.name) of an ActorGraph CSV export") == true)
        }
    }

    @Test func theEvidenceFixtureComesBackWithItsSourcesCited() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
        let documents = try readBack(graph)
        let relations = try #require(documents["relations.csv"])
        let cited = zip(relations.relations, graph.relations).filter { !$1.citations.isEmpty }
        #expect(!cited.isEmpty)
        for (read, original) in cited {
            #expect(read.citations.map { relations.sources[$0.source].id } == original.citations.sourceIDs(in: graph))
        }
    }
}
