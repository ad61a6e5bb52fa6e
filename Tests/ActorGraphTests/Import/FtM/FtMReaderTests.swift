import Testing
@testable import ActorGraph
import SyntheticGraphs

/// Reads `text` as an FtM file `t.ftm`.
private func read(_ text: String) -> ImportReading {
    FtMReader().read(SourceFile(path: "t.ftm", text: text), settings: ImportSettings())
}

struct FtMReaderTests {
    // MARK: ActorGraph's own export

    @Test(arguments: 0 ..< 40)
    func ownExportReadsBack(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let graph = try graph(RandomEvidenceGraphs.text(using: &random))
        let bytes = try FtMExporter().export(graph.view, options: ExportOptions()).bytes
        let reading = FtMReader().read(SourceFile(path: "g.ftm", bytes: bytes), settings: ImportSettings())
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let document = try #require(reading.document)

        #expect(document.sources.map(\.id) == graph.sources.map(\.id))
        #expect(document.sources.map(\.reliability) == graph.sources.map(\.reliability))
        #expect(document.sources.map(\.date) == graph.sources.map(\.date))

        #expect(document.entities.map(\.key) == graph.entities.map(\.id))
        #expect(document.entities.map(\.kind) == graph.entities.map { graph.schema.kinds[$0.kind].name })
        for (imported, entity) in zip(document.entities, graph.entities) {
            let name = FtMText.name(entity.name).isEmpty ? entity.id : FtMText.name(entity.name)
            #expect(imported.name == name)
            var aliases: [String] = []
            for alias in entity.aliases.map(FtMText.name) where !alias.isEmpty && alias != name && !aliases.contains(alias) { aliases.append(alias) }
            #expect(imported.aliases == aliases)
            #expect(imported.citations.map(\.source) == entity.citations.map(\.source))
            #expect(imported.citations.map(\.quote) == entity.citations.map { $0.quote.map(FtMText.text).flatMap { $0.isEmpty ? nil : $0 } })
            #expect(imported.attributes.map(\.key) == entity.attributes.map(\.key))
            #expect(imported.attributes.map { $0.values.map(\.citations) } == entity.attributes.map { $0.values.map { $0.citations.map { Citation(source: $0.source) } } })
        }

        #expect(document.relations.count == graph.relations.count)
        for (imported, relation) in zip(document.relations, graph.relations) {
            #expect(imported.subject == .key(graph.entities[relation.subject].id))
            #expect(imported.object == .key(graph.entities[relation.object].id))
            #expect(imported.type == graph.schema.relationTypes[relation.type].name)
            #expect(imported.status == relation.status)
            #expect(imported.claimants == relation.claimants.map { .name(FtMText.text(graph.entities[$0].name)) })
            #expect(Set(imported.citations.map(\.source)) == Set(relation.citations.map(\.source)))
            for key in ["date", "from", "to"] {
                #expect(imported.attributes.first { $0.key == key }?.value == relation.attributes.first { $0.key == key }?.value)
            }
            #expect(imported.attributes.map(\.key) == relation.attributes.map(\.key))
        }
    }

    @Test func syntheticGraphsReadBackWhole() throws {
        let text = SyntheticGraph(entityCount: 300, relationCount: 900, seed: 7).text()
        let result = GraphCompiler.compile([SourceFile(path: "s.ag", bytes: text)])
        let graph = try #require(result.graph)
        let bytes = try FtMExporter().export(graph.view, options: ExportOptions()).bytes
        let document = try #require(FtMReader().read(SourceFile(path: "s.ftm", bytes: bytes), settings: ImportSettings()).document)
        #expect(document.entities.map(\.key) == graph.entities.map(\.id))
        #expect(document.entities.map(\.name) == graph.entities.map(\.name))
        #expect(document.relations.map(\.type) == graph.relations.map { graph.schema.relationTypes[$0.type].name })
    }

    // MARK: Other files

    @Test func openSanctionsLinesMapToKindsTypesAndAttributes() throws {
        let reading = read(#"""
            {"id":"Q1","schema":"Person","properties":{"name":["Ali Hassan","Ali Hasan"],"alias":["Abu Ali"],"birthDate":["1970-03"],"nationality":["iq","ir"],"sourceUrl":["https://example.org/ali"],"publisher":["Example"]}}
            {"id":"org-1","schema":"Organization","properties":{"name":["Brigade X"],"weakAlias":["BX"]}}
            {"id":"m1","schema":"Membership","properties":{"member":["Q1"],"organization":["org-1"],"role":["Commander"],"startDate":["2014-06-01"],"endDate":["2019"]}}
            {"id":"p1","schema":"Payment","properties":{"payer":["gov-9"],"beneficiary":["org-1"],"amount":["5000"],"date":["2020-02-03T10:00:00"]}}
            {"id":"u1","schema":"UnknownLink","properties":{"subject":["Q1"],"object":["org-1"],"role":["Friend"],"status":["alleged"]}}
            """#)
        #expect(reading.diagnostics.isEmpty)
        let document = try #require(reading.document)
        let ali = try #require(document.entities.first)
        #expect(ali.key == "Q1" && ali.kind == "person" && ali.name == "Ali Hassan")
        #expect(ali.aliases == ["Ali Hasan", "Abu Ali"])
        #expect(ali.attributes.map(\.key) == ["birth-date", "nationality"])
        #expect(ali.attributes[1].values.map(\.text) == ["iq; ir"])
        #expect(ali.origin.element == "line 1")
        #expect(document.sources.map(\.title) == ["Example"])
        #expect(document.sources.first?.attributes.map(\.key) == ["outlet", "url"])
        #expect(ali.citations == [Citation(source: 0)])
        #expect(document.entities[1].kind == "group" && document.entities[1].aliases == ["BX"])

        let membership = document.relations[0]
        #expect(membership.subject == .key("Q1") && membership.type == "member-of" && membership.object == .key("org-1"))
        #expect(membership.attributes.map(\.key) == ["role", "from", "to"])
        #expect(membership.attributes.map(\.value) == ["Commander", "2014-06-01", "2019"])
        let payment = document.relations[1]
        #expect(payment.subject == .key("org-1") && payment.type == "funded-by")
        #expect(payment.object == .name("gov-9"), "an id not in the file is left for the catalogue")
        #expect(payment.attributes.first { $0.key == "date" }?.value == "2020-02-03")
        let link = document.relations[2]
        #expect(link.type == "" && link.status == .alleged)
        #expect(link.attributes.map(\.key) == ["role"])
    }

    @Test func documentsAndDocumentationAreSourcesAndCitations() throws {
        let document = try #require(read(#"""
            {"id":"doc1","schema":"Article","properties":{"title":["Report on X"],"publisher":["Wire"],"publishedAt":["2021-05-02"]}}
            {"id":"x","schema":"Company","properties":{"name":["X Ltd"],"proof":["doc1"]}}
            {"id":"d1","schema":"Documentation","properties":{"document":["doc1"],"entity":["x"],"summary":["X is a front"]}}
            """#).document)
        #expect(document.sources.map(\.id) == ["doc1"])
        #expect(document.sources[0].title == "Report on X")
        #expect(document.sources[0].date == PartialDate("2021-05-02"))
        #expect(document.entities.map(\.kind) == ["group"])
        #expect(document.entities[0].citations == [Citation(source: 0, quote: "X is a front")])
    }

    @Test func recognizesFtMLinesButNotActorGraphJSON() {
        let reader = FtMReader()
        #expect(reader.recognizes(ArraySlice(#"{"id": "a", "schema": "Person", "properties": {}}"#.utf8)))
        #expect(reader.recognizes(ArraySlice("  {\"schema\":\"Person\",\"id\":\"x\"}\n{".utf8)))
        #expect(!reader.recognizes(ArraySlice(#"{"format": "actorgraph", "version": 1"#.utf8)))
        #expect(!reader.recognizes(ArraySlice("{\n  \"id\": 1,\n  \"schema\": 2\n}".utf8)))
        #expect(FormatRegistry.standard.reader(for: SourceFile(path: "x.ftm", text: "")) is FtMReader)
        #expect(FormatRegistry.standard.reader(for: SourceFile(path: "-", text: #"{"id":"a","schema":"Person"}"#)) is FtMReader)
    }

    // MARK: Bad input

    @Test func everyBadLineIsReportedAtItsPlace() {
        let reading = read("""
            {"id":"a","schema":"Person","properties":{"name":["A"]}}
            {"id":"b","schema":"Person","properties":{"name":["B"]
            {"schema":"Person"}
            {"id":"c","schema":7}
            [1, 2]
            {"id":"d","schema":"Person","properties":{"name":[3]}}
            {"id":"a","schema":"Person"}
            {"id":"s","schema":"Sanction","properties":{"entity":["a"]}}
            {"id":"m","schema":"Membership","properties":{"member":["a"]}}
            {"id":"e","schema":"Person","properties":"none"}
            """)
        #expect(reading.document == nil)
        let found = reading.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity) \($0.id)" }
        #expect(found == [
            "2:55 error malformed-json",
            "3:1 error bad-ftm-entity",
            "4:20 error bad-ftm-entity",
            "5:1 error bad-ftm-entity",
            "6:51 error bad-ftm-entity",
            "7:7 error duplicate-id",
            "8:20 warning unread-ftm-schema",
            "9:20 error bad-ftm-entity",
            "10:42 error bad-ftm-entity",
        ])
        #expect(reading.diagnostics.allSatisfy { $0.location?.path == "t.ftm" && !($0.location?.lineText.isEmpty ?? true) })
        #expect(reading.diagnostics.first { $0.id == .duplicateID }?.notes.first?.location?.line == 1)
        #expect(reading.diagnostics.first { $0.id == .badFtMEntity && $0.location?.line == 9 }?.message.contains("\"organization\"") == true)
    }

    @Test func unreadSchemataAreOnlyWarnings() throws {
        let reading = read(#"{"id":"s","schema":"Sanction","properties":{}}"# + "\n\n" + #"{"id":"p","schema":"Person","properties":{"name":["P"]}}"#)
        #expect(reading.diagnostics.map(\.severity) == [.warning])
        #expect(try #require(reading.document).entities.map(\.key) == ["p"])
    }

    @Test(arguments: ["{", "\u{FEFF}{}", "{\"id\":\"\\ud800\"}", String(repeating: "[", count: 10_000), "\"\u{1}\"", "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"a\"]}}\r\n\r\n"])
    func hostileLinesNeverCrash(text: String) {
        let reading = read(text)
        #expect(reading.document != nil || reading.diagnostics.contains { $0.severity == .error })
    }
}
