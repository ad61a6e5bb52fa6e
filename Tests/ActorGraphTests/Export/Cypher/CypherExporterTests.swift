@testable import ActorGraph
import Foundation
import Testing

/// The Cypher export, read back with an independent reader of its literals
/// and compared with the compiled graph: every entity, relation, claim,
/// citation and date, and names that try to break out of their literals.
struct CypherExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    private func script(_ view: GraphView) throws -> CypherScript {
        try CypherScript(try CypherExporter().export(view, options: ExportOptions()).bytes)
    }

    private func entities(_ script: CypherScript) -> [String: CypherValue] {
        Dictionary(script.rows(where: "CREATE (n:`Entity`").map { ($0["id"]?.string ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The properties of each relation by id, with the relationship type its statement creates.
    private func relations(_ script: CypherScript) -> [String: (row: CypherValue, type: String)] {
        var found: [String: (CypherValue, String)] = [:]
        for statement in script.statements where statement.clause.contains("CREATE (s)-[r:") {
            let type = statement.clause.components(separatedBy: "[r:`").last?.components(separatedBy: "`").first ?? ""
            for row in statement.rows { found[row["id"]?.string ?? ""] = (row, type) }
        }
        return found
    }

    @Test func everythingTheGraphHoldsIsThere() throws {
        let script = try script(graph.view)
        let entities = entities(script)
        #expect(entities.count == graph.entities.count)
        for entity in graph.entities {
            let row = try #require(entities[entity.id])
            #expect(row["name"]?.string == entity.name)
            #expect(row["kind"]?.string == graph.schema.kinds[entity.kind].name)
            #expect((row["aliases"]?.strings ?? []) == entity.aliases, "an empty list is left out")
            #expect((row["sources"]?.strings ?? []) == entity.citations.map { graph.sources[$0.source].id })
        }
        #expect(script.rows(where: "(n:`Entity`:`Person`)").map { $0["id"]?.string } == ["ryder"])
        let relations = relations(script)
        #expect(relations.count == graph.relations.count)
        for (index, relation) in graph.relations.enumerated() {
            let (row, type) = try #require(relations["rel-\(index)"])
            #expect(row["s"]?.string == graph.entities[relation.subject].id)
            #expect(row["o"]?.string == graph.entities[relation.object].id)
            #expect(type == ["attacked": "ATTACKED", "member-of": "MEMBER_OF"][graph.schema.relationTypes[relation.type].name])
            #expect(row["type"]?.string == graph.schema.relationTypes[relation.type].name)
            #expect(row["status"]?.string == relation.status.rawValue)
            #expect((row["claimants"]?.strings ?? []) == relation.claimants.map { graph.entities[$0].id })
            #expect((row["sources"]?.strings ?? []) == relation.citations.map { graph.sources[$0.source].id })
            #expect((row["quotes"]?.strings ?? []) == relation.citations.map { $0.quote ?? "" })
            #expect((row["credibility"]?.numbers ?? []) == relation.citations.map { $0.credibility ?? 0 })
            #expect(row["evidence"]?.string == EvidenceText.relation(index, in: graph.view).joined(separator: "\n"))
        }
        let sources = script.rows(where: "CREATE (n:`Source`)")
        #expect(sources.map { $0["id"]?.string } == graph.sources.map(\.id))
        #expect(sources.map { $0["reliability"]?.string } == graph.sources.map { $0.reliability?.rawValue })
        #expect(sources.first?["attr_outlet"]?.strings == ["EFE"])
    }

    @Test func datesKeepTheirPrecisionAndDisputedValuesStaySideBySide() throws {
        let relations = relations(try script(graph.view)).values.map(\.row)
        let times = relations.compactMap { row -> [String: String]? in
            guard case .map(let properties) = row else { return nil }
            let dates = properties.filter { ["date", "from", "to", "date_precision", "from_precision", "to_precision"].contains($0.key) }
            return dates.isEmpty ? nil : dates.compactMapValues(\.string)
        }
        #expect(times.contains(["from": "2019", "from_precision": "year"]))
        #expect(times.contains(["from": "2023-12", "from_precision": "month", "to": "2024-01", "to_precision": "month"]))
        #expect(times.contains(["date": "2024-01-04", "date_precision": "day"]))
        let strike = try #require(entities(try script(graph.view))["strike"])
        #expect(strike["attr_killed"]?.strings == ["3", "2"])
        #expect(strike["evidence"]?.string == EvidenceText.entity(graph.entities.firstIndex { $0.id == "strike" } ?? 0, in: graph.view).joined(separator: "\n"))
    }

    @Test func hostileNamesStayInsideTheirLiterals() throws {
        let names = ["it's", "C:\\path\\", "two\nlines", "back`tick`", "end; MATCH (n) DETACH DELETE n //", "'}]) DELETE n; //",
                     "carriage\rreturn", "حركة النجباء", "emoji 😀", "=cmd|' /C calc'!A0", "\\u0027 \\'", "/* comment */"]
        var text = "source r0 \"wire\" [reliability: A]\n"
        for (index, name) in names.enumerated() {
            text += "group g\(index) \(StringLiteral.quoted(name)) aka \(StringLiteral.quoted("alias " + name)) [note: \(StringLiteral.quoted(name))]\n"
            text += "g\(index) allied-with g\((index + 1) % names.count) [src: r0 \(StringLiteral.quoted(name)) 3]\n"
        }
        let hostile = try ActorGraphTests.graph(text)
        let script = try script(hostile.view)
        #expect(script.statements.count == 2 + 1 + 1 + 1, "indexes, sources, one kind, one relation type")
        let entities = entities(script)
        for (index, name) in names.enumerated() {
            #expect(entities["g\(index)"]?["name"]?.string == name)
            #expect(entities["g\(index)"]?["aliases"]?.strings == ["alias " + name])
            #expect(entities["g\(index)"]?["attr_note"]?.strings == [name])
        }
        let quotes = relations(script).sorted { $0.key.count == $1.key.count ? $0.key < $1.key : $0.key.count < $1.key.count }
        #expect(quotes.map { $0.value.row["quotes"]?.strings } == names.map { [$0] })
    }

    @Test func namesBecomeCypherIdentifiers() {
        #expect(CypherName.label(ofKind: "person") == "Person")
        #expect(CypherName.label(ofKind: "armed-group.unit") == "ArmedGroupUnit")
        #expect(CypherName.label(ofKind: "source") == "SourceKind")
        #expect(CypherName.label(ofKind: "entity") == "EntityKind")
        #expect(CypherName.label(ofKind: "`") == "Kind")
        #expect(CypherName.relationshipType(of: "attacked") == "ATTACKED")
        #expect(CypherName.relationshipType(of: "part-of") == "PART_OF")
        #expect(CypherName.relationshipType(of: "partOf") == "PART_OF")
        #expect(CypherName.relationshipType(of: "a`b") == "A_B")
        var keys = CypherPropertyKeys()
        #expect(keys.key(ofAttribute: "used-by") == "attr_used_by")
        #expect(keys.key(ofAttribute: "used_by") == "attr_used_by_2")
        #expect(keys.key(ofAttribute: "used.by") == "attr_used_by_3")
        #expect(keys.key(ofAttribute: "used-by") == "attr_used_by")
    }

    @Test func keysThatSanitiseAlikeKeepTheirOwnValues() throws {
        let both = try ActorGraphTests.graph("group g [used-by: \"a\", used_by: \"b\"]\n")
        let row = try #require(entities(try script(both.view))["g"])
        #expect(row["attr_used_by"]?.strings == ["a"])
        #expect(row["attr_used_by_2"]?.strings == ["b"])
    }

    @Test func largeGraphsLoadInBatches() throws {
        let text = (0..<2_500).map { "group g\($0)\n" }.joined() + (1..<2_500).map { "g\($0) allied-with g0\n" }.joined()
        let script = try script(try ActorGraphTests.graph(text).view)
        let batches = script.statements.filter { !$0.rows.isEmpty }.map(\.rows.count)
        #expect(batches == [1_000, 1_000, 500, 1_000, 1_000, 499])
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWhole() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let ids = relations(try script(view)).keys.sorted()
        #expect(ids == view.relationIndices.map { "rel-\($0)" }.sorted())
        #expect(!ids.isEmpty && ids.count < graph.relations.count)
    }

    @Test func theOutputIsDeterministicAndMatchesTheGoldenFile() throws {
        let first = try CypherExporter().export(graph.view, options: ExportOptions()).bytes
        let second = try CypherExporter().export(graph.view, options: ExportOptions()).bytes
        #expect(first == second)
        try Golden.check(String(decoding: first, as: UTF8.self), "cypher-evidence.cypher")
    }
}

struct CypherBufferTests {
    /// Controls with an openCypher escape keep it; every other one is
    /// dropped, so a script printed on a terminal sends it no sequence.
    @Test func controlCharactersAreEscapedOrDropped() {
        var buffer = CypherBuffer()
        buffer.string("a\n\u{1B}[31m\u{0}\u{7F}\u{9B}\u{A0}'b")
        #expect(String(decoding: buffer.storage, as: UTF8.self) == "'a\\n[31m\u{A0}\\'b'")
    }
}
