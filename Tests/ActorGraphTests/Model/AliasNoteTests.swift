@testable import ActorGraph
import Testing

/// Aliases with their own language and sources: which list is the
/// alias's, which the entity's, and that every writer carries them.
struct AliasNoteTests {
    private static let sources = "source r1 \"One\"\nsource r2 \"Two\"\n"

    private func graph(_ text: String) throws -> Graph {
        let result = GraphCompiler.compile([SourceFile(path: "a.ag", text: Self.sources + text + "\nkh attacked kh")])
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))")
        return try #require(result.graph)
    }

    @Test(arguments: ["ar", "en", "fa", "ar-Latn", "zh-Hant-TW"]) func languageTags(tag: String) {
        #expect(AliasNote.isLanguageTag(tag))
    }

    @Test(arguments: ["", "a", "12", "ar-", "arabiclanguage", "ع"]) func notLanguageTags(tag: String) {
        #expect(!AliasNote.isLanguageTag(tag))
    }

    @Test func eachAliasKeepsItsLanguageAndSourcesAndTheLastListIsTheEntitys() throws {
        let entity = try graph("group kh \"KH\" aka \"كتائب\" [lang: ar, src: r1], \"Kataib\" [src: r2], \"KH2\" [src: r1]").entities[0]
        #expect(entity.aliases == ["كتائب", "Kataib", "KH2"])
        #expect(entity.aliasNotes["كتائب"] == AliasNote(language: "ar", citations: [Citation(source: 0)]))
        #expect(entity.aliasNotes["Kataib"] == AliasNote(citations: [Citation(source: 1)]))
        #expect(entity.aliasNotes["KH2"] == nil)
        #expect(entity.citations == [Citation(source: 0)])
    }

    @Test func aLastListWithALanguageIsTheAliassAndAnotherListAfterItTheEntitys() throws {
        let onlyAlias = try graph("group kh \"KH\" aka \"X\" [lang: en, src: r1]").entities[0]
        #expect(onlyAlias.aliasNotes["X"] == AliasNote(language: "en", citations: [Citation(source: 0)]))
        #expect(onlyAlias.citations.isEmpty)
        let both = try graph("group kh \"KH\" aka \"X\" [src: r1] [src: r2]").entities[0]
        #expect(both.aliasNotes["X"] == AliasNote(citations: [Citation(source: 0)]))
        #expect(both.citations == [Citation(source: 1)])
        let empty = try graph("group kh \"KH\" aka \"X\" [src: r1] []").entities[0]
        #expect(empty.aliasNotes["X"] == AliasNote(citations: [Citation(source: 0)]))
        #expect(empty.citations.isEmpty)
    }

    @Test func anAliasListMaySpanLinesAndTheEntitysListStartTheNext() throws {
        let entity = try graph("group kh \"KH\" aka \"X\" [\n    lang: ar,\n    src: r1\n], \"Y\" [lang: en]\n    [src: r2]").entities[0]
        #expect(entity.aliasNotes["X"]?.language == "ar")
        #expect(entity.aliasNotes["Y"]?.language == "en")
        #expect(entity.citations == [Citation(source: 1)])
    }

    /// The graph is not built when there are errors; that nothing more is
    /// reported shows the entity and its aliases were kept.
    @Test func aBrokenListAfterAnAliasListKeepsTheEntityAndItsAliases() {
        let text = Self.sources + "group kh \"KH\" aka \"X\" [lang: ar], \"Y\" [] [src r1]\nkh attacked \"Y\"\nkh attacked \"X\""
        #expect(GraphCompiler.compile([SourceFile(path: "a.ag", text: text)]).diagnostics.map(\.id) == [.expectedColon])
    }

    @Test func aFailedStatementLeavesNoAliasListBehindForTheNext() throws {
        let text = "group kh \"KH\" aka \"X\" [lang: ar], ]\ngroup b \"B\" aka \"Z\" [lang: 1]\nb attacked \"Z\""
        let diagnostics = GraphCompiler.compile([SourceFile(path: "a.ag", text: text)]).diagnostics
        #expect(diagnostics.map(\.id) == [.expectedAlias, .invalidLanguage])
        #expect(diagnostics.last?.location?.line == 2)
    }

    @Test func anAliasWithANoteStillFindsTheEntity() throws {
        let graph = try graph("group kh \"KH\" aka \"كتائب\" [lang: ar]")
        #expect(try graph.entity(named: "كتائب") == 0)
    }

    @Test func theWriterTheFormatterAndJSONCarryTheNotes() throws {
        let graph = try graph("group kh \"KH\" aka \"كتائب\" [lang: ar, src: r1 \"quoted\" 2], \"Kataib\" [src: r2] []")
        let written = AGWriter.write(graph)
        #expect(written.contains("aka \"كتائب\" [lang: ar, src: r1 \"quoted\" 2], \"Kataib\" [src: r2] []"), "\(written)")
        #expect(AGFormatter.format(SourceFile(path: "w.ag", text: written)).text == written)
        let back = try #require(GraphCompiler.compile([SourceFile(path: "w.ag", text: written)]).graph)
        #expect(back.entities == graph.entities)
        let json = String(decoding: JSONExporter.write(graph.view), as: UTF8.self)
        #expect(json.contains(#""aliasNotes":[{"alias":"كتائب","lang":"ar","citations":[{"source":"r1","quote":"quoted","credibility":2}]},"#
            + #"{"alias":"Kataib","citations":[{"source":"r2"}]}]"#), "\(json)")
    }

    @Test func jsonRejectsANoteOnAnUnknownAliasAndABadLanguage() throws {
        let json = String(decoding: JSONExporter.write(try graph("group kh \"KH\" aka \"X\" [lang: ar]").view), as: UTF8.self)
        func diagnostics(_ from: String, _ to: String) -> [DiagnosticID] {
            JSONImporter().translate(SourceFile(path: "g.json", text: json.replacingOccurrences(of: from, with: to))).diagnostics.map(\.id)
        }
        #expect(diagnostics(#"{"alias":"X""#, #"{"alias":"Y""#) == [.badJSONField])
        #expect(diagnostics(#""lang":"ar""#, #""lang":"1""#) == [.invalidLanguage])
        #expect(diagnostics("", "") == [])
    }
}
