import Testing
@testable import ActorGraph

struct CSVExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    private func tables(_ view: GraphView) throws -> [String: [UInt8]] {
        let file = try CSVExporter().export(view, options: ExportOptions())
        return Dictionary(uniqueKeysWithValues: file.members.map { ($0.name, $0.bytes) })
    }

    /// The rows of table `name` as dictionaries by header.
    private func records(_ name: String, _ view: GraphView) throws -> [[String: String]] {
        CSVTable.records(try tables(view)[name] ?? [])
    }

    /// The header of table `name`.
    private func header(_ name: String, _ view: GraphView) throws -> [String] {
        CSVTable.rows(try tables(view)[name] ?? []).first ?? []
    }

    @Test func theFirstColumnsAreThoseKumuReads() throws {
        let tables = try tables(graph.view)
        #expect(tables.keys.sorted() == ["citations.csv", "entities.csv", "relations.csv", "sources.csv"])
        #expect(try header("entities.csv", graph.view).prefix(2) == ["Label", "Type"])
        #expect(try header("relations.csv", graph.view).prefix(3) == ["From", "To", "Type"])
        #expect(tables["entities.csv"]?.prefix(3) == [0xEF, 0xBB, 0xBF])
    }

    @Test func everyEntityAndRelationWithItsClaimAndTime() throws {
        let entities = try records("entities.csv", graph.view)
        #expect(entities.map { $0["ID"] } == graph.entities.map(\.id))
        #expect(entities.map { $0["Label"] } == graph.entities.map(\.name))
        #expect(entities.first { $0["ID"] == "strike" }?["killed"] == "3|2")
        let relations = try records("relations.csv", graph.view)
        #expect(relations.map { $0["ID"] } == graph.relations.indices.map { "rel-\($0)" })
        #expect(relations.map { $0["Status"] } == graph.relations.map(\.status.rawValue))
        let alleged = try #require(relations.first { $0["Status"] == "alleged" })
        #expect(alleged["Claimants"] == "Iraqi Army" && alleged["Claimant IDs"] == "army" && alleged["Date"] == "2024-01-04")
        #expect(relations.contains { $0["Start"] == "2023-12" && $0["End"] == "2024-01" && $0["Date"] == "" })
    }

    @Test func eachCitationIsARowWithItsQuoteAndGrade() throws {
        let citations = try records("citations.csv", graph.view)
        #expect(citations.contains { $0["Item"] == "strike" && $0["Attribute"] == "killed" && $0["Value"] == "2" && $0["Source"] == "r001"
                && $0["Quote"] == "At least two" && $0["Credibility"] == "2" })
        #expect(citations.contains { $0["Item"] == "rel-0" && $0["Attribute"] == "" && $0["Quote"] == "its forces" && $0["Credibility"] == "1" })
        let sources = try records("sources.csv", graph.view)
        #expect(sources.map { $0["Reliability"] } == ["B", "C"] && sources.first?["outlet"] == "EFE")
    }

    @Test func formulasAreTextAndQuotingHoldsTheStructure() throws {
        let names = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", #"a "quoted", name"#, "two\nlines", "حركة النجباء"]
        var text = ""
        for (index, name) in names.enumerated() { text += "group g\(index) \(StringLiteral.quoted(name))\n" }
        let hostile = try ActorGraphTests.graph(text)
        let rows = try records("entities.csv", hostile.view)
        #expect(rows.count == names.count)
        for (row, name) in zip(rows, names) {
            let guarded = ["=", "+", "-", "@", "\t"].contains { name.hasPrefix($0) }
            #expect(row["Label"] == (guarded ? "'" + name : name))
        }
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWholeAndIsDeterministic() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let relations = try records("relations.csv", view)
        #expect(relations.map { $0["ID"] } == view.relationIndices.map { "rel-\($0)" })
        #expect(try tables(view) == tables(view))
    }

    @Test func anAttributeNamedLikeAFixedColumnIsPrefixed() throws {
        let tagged = try ActorGraphTests.graph("group a \"A\" [type: \"militia\", label: \"x\"]\n")
        let header = try header("entities.csv", tagged.view)
        #expect(header.suffix(2) == ["attr.type", "attr.label"])
    }

    @Test func noTwoColumnsShareAHeaderWhateverTheKeys() throws {
        let tagged = try ActorGraphTests.graph("group a \"A\" [type: \"t1\", attr.type: \"t2\", Type: \"t3\", ID: \"i\"]\ngroup b \"B\" [id: \"j\"]\n")
        let header = try header("entities.csv", tagged.view)
        #expect(Set(header.map { $0.lowercased() }).count == header.count, "\(header)")
        #expect(header.suffix(5) == ["attr.type", "attr.attr.type", "attr.Type_2", "attr.ID", "attr.id_2"])
    }
}
