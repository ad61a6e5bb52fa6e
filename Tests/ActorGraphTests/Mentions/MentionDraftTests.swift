import Testing
@testable import ActorGraph

struct MentionDraftTests {
    static let catalogue = """
    source r000 "An earlier report" [file: "000.txt"]
    state iran "Iran" [src: r000]
    group pmf "Popular Mobilization Forces" aka "PMF" [src: r000]
    pmf backed-by iran [src: r000]
    """
    static let report = """
    New militia formed

    Iran backs the "new" PMF, officials of Kataib Hezbollah said.
    Kataib Hezbollah denied it.
    """

    @Test func theDraftChecksCleanBesideTheGraphAndIsFormatted() throws {
        let graph = try graph(Self.catalogue.replacingOccurrences(of: "backed-by", with: "allied-with"))
        var draft = MentionDraft(graph: graph)
        draft.add(file: "005_new.txt", text: Self.report, mentions: MentionFinder(graph: graph).mentions(in: Self.report))
        let text = draft.text
        #expect(text.contains("source r001 \"New militia formed\" [file: \"005_new.txt\"]"))
        #expect(text.contains("# group kataib-hezbollah \"Kataib Hezbollah\"  # 2 mentions, first 3:40"))
        #expect(text.contains("# iran RELATION pmf [src: r001 \"Iran backs the \\\"new\\\" PMF, officials of Kataib Hezbollah said.\"]  # line 3"))
        let files = [SourceFile(path: "catalogue.ag", text: Self.catalogue.replacingOccurrences(of: "backed-by", with: "allied-with")),
                     SourceFile(path: "draft.ag", text: text)]
        let result = GraphCompiler.compile(files)
        #expect(result.graph != nil)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(AGFormatter.format(SourceFile(path: "draft.ag", text: text)).text == text)
    }

    @Test func anUncommentedRelationWithItsTypeCompilesAndQuotesTheReport() throws {
        let catalogue = Self.catalogue.replacingOccurrences(of: "backed-by", with: "allied-with")
        let graph = try graph(catalogue)
        var draft = MentionDraft(graph: graph)
        draft.add(file: "005_new.txt", text: Self.report, mentions: MentionFinder(graph: graph).mentions(in: Self.report))
        let finished = draft.text.split(separator: "\n").map { line in
            line.hasPrefix("# iran RELATION") ? line.dropFirst(2).replacingOccurrences(of: "RELATION", with: "allied-with") : String(line)
        }.joined(separator: "\n")
        let compiled = try #require(GraphCompiler.compile([SourceFile(path: "c.ag", text: catalogue), SourceFile(path: "d.ag", text: finished)]).graph)
        #expect(compiled.relations.count == 2)
        let check = QuoteCheck(graph: compiled, files: [])
        #expect(check.check { $0 == "005_new.txt" ? Self.report : nil }.diagnostics.isEmpty)
    }

    @Test func sourceIDsGoOnFromTheLastNumberedOne() throws {
        let graph = try graph("source r007 \"x\"\nsource r009 \"y\"\nperson a")
        var draft = MentionDraft(graph: graph)
        draft.add(file: "a.txt", text: "One", mentions: ReportMentions(mentions: [], sentences: [], candidates: []))
        draft.add(file: "b.txt", text: "", mentions: ReportMentions(mentions: [], sentences: [], candidates: []))
        #expect(draft.text.contains("source r010 \"One\" [file: \"a.txt\"]"))
        #expect(draft.text.contains("source r011 \"b.txt\" [file: \"b.txt\"]"))
    }
}
