import Foundation
import Testing
@testable import ActorGraph

struct CSVReaderTests {
    // MARK: Entities

    @Test func anEntitiesFileByItsHeaderNames() throws {
        let document = try CSVTest.document("""
            ID,Label,Category,AKA,Founded,Fatalities (est.)
            kh,Kataib Hezbollah,militia,KH; Hezbollah Brigades ,2007,
            ,Badr,group,,,"1,200"
            """)
        #expect(document.format == "csv")
        #expect(document.entities.map(\.key) == ["kh", nil])
        #expect(document.entities.map(\.name) == ["Kataib Hezbollah", "Badr"])
        #expect(document.entities.map(\.kind) == ["militia", "group"])
        #expect(document.entities[0].aliases == ["KH", "Hezbollah Brigades"])
        #expect(document.entities[0].attributes == [Attribute("founded", "2007")])
        #expect(document.entities[1].attributes == [Attribute("fatalities-est", "1,200")])
        #expect(document.entities[1].origin.element == "row 3")
        #expect(document.relations.isEmpty)
    }

    @Test func theIDStandsInForAMissingNameAndTheMappingGivesTheKind() throws {
        let document = try CSVTest.document("key,notes\nabu-taqwa,x\n", mapping: #"{"kind": "person"}"#)
        #expect(document.entities.map(\.name) == ["abu-taqwa"])
        #expect(document.entities.map(\.kind) == ["person"])
        #expect(document.entities[0].attributes == [Attribute("notes", "x")])
    }

    @Test func originsPointAtTheRowAndItsCells() throws {
        let text = "name,kind\nA,group\n"
        let origin = try #require(try CSVTest.document(text).entities.first?.origin)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[origin.span], as: UTF8.self) == "A,group")
        #expect(String(decoding: bytes[origin.span(of: .kind)], as: UTF8.self) == "group")
        #expect(String(decoding: bytes[origin.span(of: .name)], as: UTF8.self) == "A")
    }

    // MARK: Relations

    @Test func aRelationsFileWithClaimsDatesAndCitations() throws {
        let document = try CSVTest.document(
            "From,Relationship,To,Status,By,Start,End,Source,URL,Quote,Credibility,Weapon\n"
                + "A,attacked,B,Alleged,C;D,2023-10,2024,Reuters,https://r.example/1,\"\"\"we struck\"\"\",2,drone\n"
                + "B,attacked,A,,,,,Reuters,https://r.example/1,,,\n")
        #expect(document.relations.count == 2)
        let first = document.relations[0]
        #expect(first.subject == .name("A"))
        #expect(first.object == .name("B"))
        #expect(first.type == "attacked")
        #expect(first.status == .alleged)
        #expect(first.claimants == [.name("C"), .name("D")])
        #expect(first.attributes == [Attribute("from", "2023-10"), Attribute("to", "2024"), Attribute("weapon", "drone")])
        #expect(first.citations == [Citation(source: 0, quote: "\"we struck\"", credibility: 2)])
        #expect(document.relations[1].status == .reported)
        #expect(document.relations[1].citations == [Citation(source: 0)])
        #expect(document.sources == [Source(id: "reuters", title: "Reuters", attributes: [Attribute("url", "https://r.example/1")])])
        #expect(document.entities.isEmpty)
    }

    @Test func sourceAndTargetAreTheEndsOnlyWithoutFromOrSubject() throws {
        let gephi = try CSVTest.document("Source,Target,Type\nA,B,allied-with\n")
        #expect(gephi.relations.map(\.subject) == [.name("A")])
        #expect(gephi.sources.isEmpty)
        let cited = try CSVTest.document("from,to,type,source\nA,B,attacked,ISW\n")
        #expect(cited.relations.map(\.subject) == [.name("A")])
        #expect(cited.sources.map(\.title) == ["ISW"])
    }

    @Test func sourcesGetDistinctWordsAsIds() throws {
        let document = try CSVTest.document("from,to,source,url\nA,B,Group,\nA,B,Group,u\nA,B,\"Al-Monitor, 3 May\",\nA,B,حزب,\n")
        #expect(document.sources.map(\.id) == ["group-source", "group-source-2", "al-monitor-3-may", "src"])
    }

    @Test func theFirstSynonymOfARoleWinsAndTheOthersAreAttributes() throws {
        let document = try CSVTest.document("from,to,label,type\nA,B,funds,directed\n")
        #expect(document.relations.map(\.type) == ["directed"])
        #expect(document.relations[0].attributes == [Attribute("label", "funds")])
    }

    // MARK: The mapping

    static let mapping = """
        {"columns": {"Actor A": "subject", "Actor B": "object", "Link": "type", "Notes": "ignore", "Fatalities": "attribute:killed",
                     "Certainty": "status"},
         "types": {"FUNDS": {"type": "funded-by", "reverse": true}, "ally": "allied-with"},
         "statuses": {"unconfirmed": "alleged"},
         "type": "attacked"}
        """

    @Test func theMappingNamesColumnsAndMapsValues() throws {
        let document = try CSVTest.document("""
            Actor A;Actor B;Link;Notes;Fatalities;Certainty
            Iran;Kataib Hezbollah;funds;x;;Unconfirmed
            KH;Badr;Ally;;;
            KH;US;;;3;confirmed
            """, mapping: Self.mapping.replacingOccurrences(of: "\"type\": \"attacked\"}", with: "\"type\": \"attacked\", \"delimiter\": \";\"}"))
        #expect(document.relations.map(\.subject) == [.name("Kataib Hezbollah"), .name("KH"), .name("KH")])
        #expect(document.relations.map(\.object) == [.name("Iran"), .name("Badr"), .name("US")])
        #expect(document.relations.map(\.type) == ["funded-by", "allied-with", "attacked"])
        #expect(document.relations.map(\.status) == [.alleged, .reported, .confirmed])
        #expect(document.relations.map(\.attributes) == [[], [], [Attribute("killed", "3")]])
        let text = Array("Actor A;Actor B;Link;Notes;Fatalities;Certainty\nIran;".utf8)
        #expect(document.relations[0].origin.span(of: .subject).lowerBound == text.count)
    }

    @Test func oneMappingServesAnEntitiesAndARelationsFileThroughTheAssembler() throws {
        let settings = ImportSettings(mapping: SourceFile(path: "m.json", text: """
            {"columns": {"Actor": "name", "Category": "kind", "Born": "attribute:born",
                         "Actor A": "subject", "Link": "type", "Actor B": "object", "Fatalities": "attribute:killed"},
             "kinds": {"militia": "group", "individual": "person"},
             "types": {"leads": "commands"}}
            """))
        let readings = [
            ("entities.csv", "Actor,Category,Born\nAbu Taqwa,individual,1978\nKataib Hezbollah,militia,\nUS forces,,\n"),
            ("relations.csv", "Actor A,Link,Actor B,Fatalities\nAbu Taqwa,leads,Kataib Hezbollah,\nKataib Hezbollah,attacked,US forces,3\n"),
        ].map { CSVReader().read(SourceFile(path: $0, text: $1), settings: settings) }
        let diagnostics = readings.flatMap(\.diagnostics)
        #expect(diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(diagnostics))")
        let outcome = ImportAssembler(defaultKind: "group").assemble(readings.compactMap(\.document))
        let text = try #require(outcome.text, "\(TextDiagnosticFormatter().format(outcome.diagnostics))")
        let graph = try #require(GraphCompiler.compile([SourceFile(path: "out.ag", text: text)]).graph, "\(text)")
        let kinds = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.name, graph.schema.kinds[$0.kind].name) })
        #expect(kinds == ["Abu Taqwa": "person", "Kataib Hezbollah": "group", "US forces": "group"])
        #expect(graph.entities.first { $0.name == "Abu Taqwa" }?.attributes.map(\.key) == ["born"])
        #expect(graph.relations.map { "\(graph.entities[$0.subject].name) \(graph.schema.relationTypes[$0.type].name) \(graph.entities[$0.object].name)" }
            == ["Abu Taqwa commands Kataib Hezbollah", "Kataib Hezbollah attacked US forces"])
    }

    @Test func anUnmappedKindOrTypePassesThroughForTheAssemblerToCheck() throws {
        let document = try CSVTest.document("from,to,type\nA,B,bombed\n", mapping: #"{"types": {"funds": "funded-by"}}"#)
        #expect(document.relations.map(\.type) == ["bombed"])
    }

    @Test func endpointKindMakesAnEntityOfEachEnd() throws {
        let document = try CSVTest.document("from,to,type\nA,B,attacked\nB,C,attacked\nA,C,attacked\n", mapping: #"{"endpointKind": "group"}"#)
        #expect(document.entities.map(\.name) == ["A", "B", "C"])
        #expect(document.entities.map(\.kind) == ["group", "group", "group"])
        #expect(document.entities.map(\.origin.element) == ["row 2", "row 2", "row 3"])
        #expect(document.entities.allSatisfy { $0.key == nil })
    }

    @Test func endKindColumnsGiveTheKindsOfTheirEnds() throws {
        let document = try CSVTest.document("""
            source,target,source kind,target kind,type
            Iran,KH,government,militia,funds
            KH,Badr,,,allied-with
            """, mapping: #"{"kinds": {"Government": "state", "militia": "group"}, "types": {"funds": {"type": "funded-by", "reverse": true}}}"#)
        #expect(document.entities.map(\.name) == ["KH", "Iran", "Badr"])
        #expect(document.entities.map(\.kind) == ["group", "state", ""])
        #expect(document.relations.map(\.subject) == [.name("KH"), .name("KH")])
    }

    @Test func tsvReadsWithTabs() throws {
        let document = try CSVTest.document("name\tkind\nA, B\tgroup\n", format: CSVReader.tsv)
        #expect(document.entities.map(\.name) == ["A, B"])
        #expect(document.format == "tsv")
    }

    @Test func latin1IsReadWhenTheMappingSaysSo() throws {
        let reading = CSVTest.read(bytes: Array("name\nJos".utf8) + [0xE9] + [0x0A], mapping: #"{"encoding": "latin1"}"#)
        #expect(reading.document?.entities.map(\.name) == ["José"])
    }

    // MARK: Recognising

    @Test func aHeaderThatSaysWhatTheRowsAreIsRecognised() {
        let reader = CSVReader()
        #expect(reader.recognizes(ArraySlice("From,To,Type\nA,B,attacked".utf8)))
        #expect(reader.recognizes(ArraySlice("\u{FEFF}name,kind\n".utf8)))
        #expect(!reader.recognizes(ArraySlice("person a \"A, B\"\n".utf8)))
        #expect(!reader.recognizes(ArraySlice("x,y\n".utf8)))
        #expect(!CSVReader(format: CSVReader.tsv).recognizes(ArraySlice("from,to\n".utf8)))
        #expect(FormatRegistry.standard.reader(for: SourceFile(path: "edges.TSV", text: "")).map(\.format.name) == "tsv")
        #expect(FormatRegistry.standard.reader(for: SourceFile(path: "edges.csv", text: "")).map(\.format.name) == "csv")
    }
}

/// The example of docs/import.md, "CSV and TSV tables" reads as the docs say.
struct CSVDocsExampleTests {
    @Test func theIncidentsSpreadsheetReadsAsDocumented() throws {
        let document = try CSVTest.document("""
            Actor A,Actor B,Link,Certainty,Day,Fatalities,Report,Notes
            Iran,Kataib Hezbollah,funds,,2023-11,,Al-Monitor,from interviews
            Kataib Hezbollah,US forces,attack,unconfirmed,2024-01-28,3,CENTCOM,
            Kataib Hezbollah,Badr,ally,,,,,
            """, mapping: """
            {
              "columns": {"Actor A": "subject", "Actor B": "object", "Link": "type",
                          "Certainty": "status", "Day": "date", "Report": "source",
                          "Fatalities": "attribute:killed", "Notes": "ignore"},
              "types": {"funds": {"type": "funded-by", "reverse": true},
                        "attack": "attacked", "ally": "allied-with"},
              "statuses": {"unconfirmed": "alleged"},
              "endpointKind": "group"
            }
            """)
        #expect(document.relations.map { "\($0.subject) \($0.type) \($0.object) \($0.status)" } == [
            "name(\"Kataib Hezbollah\") funded-by name(\"Iran\") reported",
            "name(\"Kataib Hezbollah\") attacked name(\"US forces\") alleged",
            "name(\"Kataib Hezbollah\") allied-with name(\"Badr\") reported",
        ])
        #expect(document.relations[1].attributes == [Attribute("date", "2024-01-28"), Attribute("killed", "3")])
        #expect(document.relations[1].citations.map { document.sources[$0.source].title } == ["CENTCOM"])
        #expect(Set(document.entities.map(\.name)) == ["Iran", "Kataib Hezbollah", "US forces", "Badr"])
        #expect(document.entities.allSatisfy { $0.kind == "group" })
    }

    @Test func attributeKeysAreWordsNoneTakenTwice() throws {
        let document = try CSVTest.document("from,to,From Date 2,from_kind_x,%%,Notes,notes!\nA,B,x,y,z,n1,n2\n")
        #expect(document.relations[0].attributes.map(\.key) == ["from-date-2", "from-kind-x", "column-5", "notes", "notes-2"])
        let spans = try CSVTest.document("subject,object,From,To\nA,B,2020,2021\n")
        #expect(spans.relations[0].attributes.map(\.key) == ["from_", "to_"])
    }
}
