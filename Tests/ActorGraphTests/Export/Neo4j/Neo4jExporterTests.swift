import Testing
@testable import ActorGraph

struct Neo4jExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    private func table(_ name: String, _ view: GraphView) throws -> [[String]] {
        let file = try Neo4jExporter().export(view, options: ExportOptions())
        return CSVTable.rows(file.members.first { $0.name == name }?.bytes ?? [])
    }

    @Test func headersFollowTheImportToolsGrammar() throws {
        #expect(try table("entities.csv", graph.view).first?.prefix(5) == ["id:ID(Entity)", ":LABEL", "name", "kind", "aliases:string[]"])
        #expect(try table("relations.csv", graph.view).first?.prefix(4) == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id"])
        #expect(try table("cites.csv", graph.view).first == [":START_ID(Entity)", ":END_ID(Source)", ":TYPE", "quote", "credibility:int"])
        #expect(try table("sources.csv", graph.view).first?.prefix(2) == ["id:ID(Source)", ":LABEL"])
    }

    @Test func labelsTypesAndPropertiesAreNamedAsInTheCypherExport() throws {
        let named = try ActorGraphTests.graph("""
            kind armed-group
            relation part-of-front
            armed-group a "A" [used-by: "x", used_by: "y"]
            group b "B"
            a part-of-front b
            """)
        let entities = try table("entities.csv", named.view), relations = try table("relations.csv", named.view)
        #expect(entities.dropFirst().first?[1] == "Entity\u{1F}ArmedGroup")
        #expect(entities.first?.suffix(2) == ["attr_used_by:string[]", "attr_used_by_2:string[]"])
        #expect(relations.dropFirst().first?[2] == "PART_OF_FRONT")
    }

    @Test func listsAreArraysAndDatesKeepTheirPrecision() throws {
        let rows = try table("relations.csv", graph.view)
        let header = try #require(rows.first)
        let records = rows.dropFirst().map { Dictionary(zip(header, $0).map { ($0, $1) }, uniquingKeysWith: { a, _ in a }) }
        let confirmed = try #require(records.first { $0["status"] == "confirmed" })
        #expect(confirmed["sources:string[]"] == "r000\u{1F}r001" && confirmed["quotes:string[]"] == "its forces\u{1F}")
        #expect(confirmed["date"] == "2024-01-04" && confirmed["date_precision"] == "day")
        #expect(records.contains { $0["from"] == "2019" && $0["from_precision"] == "year" && $0["to"] == "" })
        #expect(records.contains { $0["to"] == "2024-01" && $0["to_precision"] == "month" })
        let entities = try table("entities.csv", graph.view)
        let strike = try #require(entities.first { $0.first == "strike" })
        #expect(strike[1] == "Entity\u{1F}Event" && strike.contains("3\u{1F}2"))
    }

    @Test func theDelimiterNeverSplitsAName() throws {
        let hostile = try ActorGraphTests.graph("group a \"A\" aka \"x\\u{1F}y\", \"p;q\"\n")
        let rows = try table("entities.csv", hostile.view)
        let row = try #require(rows.dropFirst().first)
        #expect(row[4] == "xy\u{1F}p;q")
    }
}
