import Testing
@testable import ActorGraph

/// Counting independent accounts, with citation lines set by hand as the
/// quote check sets them when the reports are at hand.
struct CorroborationTests {
    static let graph = """
    source r000 "EFE" [reliability: B]
    source reuters "Reuters wire copy, not at hand" [outlet: "Reuters"]
    source r001 "AA" [copies: r000 "3-8", derived-from: reuters "1-2, 9-10"]
    source r003 "AP" [reliability: B]
    source r004 "Rewrite" [derived-from: reuters]
    source r005 "Copy of the rewrite" [copies: r004]
    person a
    """
    /// Two values of one relation: rockets from a report and its copy,
    /// missiles from two independent reports; the reports tests share it.
    static let copied = """
    source r000 "EFE"
    source r001 "AA" [copies: r000]
    source r003 "AP"
    source r004 "AFP"
    person a "A"
    person b "B"
    a attacked b [weapon: rockets [src: r000, r001], missiles [src: r003, r004], src: r000, r001]
    """

    let r000 = 0, reuters = 1, r001 = 2, r003 = 3, r004 = 4, r005 = 5

    @Test func aCitedPassageThatIsACopyRestsOnTheOriginal() throws {
        let graph = try ActorGraphTests.graph(Self.graph)
        #expect(graph.original(of: Citation(source: r001, line: 5)) == r000)
        #expect(graph.original(of: Citation(source: r001, line: 9)) == reuters)
        #expect(graph.original(of: Citation(source: r001, line: 12)) == r001)
        // Without the line (the reports not at hand) a passage-level copy counts as its own source.
        #expect(graph.original(of: Citation(source: r001)) == r001)
        #expect(graph.original(of: Citation(source: r004)) == reuters)
        // Followed to the root.
        #expect(graph.original(of: Citation(source: r005, line: 3)) == reuters)
    }

    @Test func aReportAndItsCopyAreOneIndependentAccount() throws {
        let graph = try ActorGraphTests.graph(Self.graph)
        let counted = Corroboration([Citation(source: r000), Citation(source: r001, line: 4)], in: graph)
        #expect(counted.reports == [r000, r001] && counted.independent == 1 && counted.isOvercounted)
        #expect(counted.description(in: graph) == "2 reports, 1 independent (r001 repeats r000)")
    }

    @Test func repeatsAreGroupedByTheirOriginal() throws {
        let graph = try ActorGraphTests.graph(Self.graph)
        let citations = [Citation(source: r001, line: 1), Citation(source: r004), Citation(source: r005), Citation(source: r003), Citation(source: r001, line: 6)]
        #expect(Corroboration(citations, in: graph).description(in: graph)
            == "4 reports, 3 independent (r001, r004 and r005 repeat reuters; r001 repeats r000)")
        let one = Corroboration([Citation(source: r004)], in: graph)
        #expect(!one.isOvercounted && one.description(in: graph) == "1 report, 1 independent (r004 repeats reuters)")
        #expect(Corroboration([Citation(source: r000), Citation(source: r003)], in: graph).description(in: graph) == "2 reports, 2 independent")
    }

    @Test func aCycleEndsTheWalkWithoutHanging() throws {
        // The checker rejects a cycle; a graph built another way still answers.
        var builder = GraphBuilder()
        builder.addSource(Source(id: "r1", title: "r1", attributes: [Attribute("copies", "r2")]))
        builder.addSource(Source(id: "r2", title: "r2", attributes: [Attribute("copies", "r1")]))
        let graph = builder.build().graph
        #expect(graph.original(of: Citation(source: 0)) == 1)
        #expect(graph.original(of: Citation(source: 1)) == 0)
    }
}
