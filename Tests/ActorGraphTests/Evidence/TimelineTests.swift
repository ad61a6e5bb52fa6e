import Testing
@testable import ActorGraph

struct TimelineTests {
    private func evidenceGraph() throws -> Graph {
        try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    /// The relations of `graph` in timeline order, as `subject type object`.
    private func order(_ timeline: Timeline, in graph: Graph) -> [String] {
        timeline.entries.map { entry in
            let relation = graph.relations[entry.relation]
            return "\(graph.entities[relation.subject].id) \(graph.schema.relationTypes[relation.type].name) \(graph.entities[relation.object].id)"
        }
    }

    @Test func fixtureListsTheDatedRelationsEarliestFirstAndLeavesOutTheUndated() throws {
        let graph = try evidenceGraph()
        let timeline = Timeline(graph)
        // `us attacked strike` has no date; both strikes of 2024-01-04 keep file order.
        #expect(timeline.entries.map(\.relation) == [3, 4, 0, 1])
        #expect(order(timeline, in: graph) == ["ryder member-of us", "army attacked coal", "us attacked nujaba", "coal attacked nujaba"])
        #expect(timeline.entries[0].time == TimeSpan(start: PartialDate("2019"), end: nil))
        #expect(timeline.entries[2].time == .on(PartialDate("2024-01-04")!))
    }

    @Test func fixtureTextIsAlignedWithClaimsAndSources() throws {
        let graph = try evidenceGraph()
        #expect(Timeline(graph).text(in: graph) == """
        from 2019          Pat Ryder -member-of-> United States            [r001]
        2023-12 – 2024-01  Iraqi Army -attacked-> US-led coalition         (denied by US-led coalition)
        2024-01-04         United States -attacked-> Harakat al-Nujaba     (confirmed by Pat Ryder) [r000, r001]
        2024-01-04         US-led coalition -attacked-> Harakat al-Nujaba  (alleged by Iraqi Army) [r000]

        """)
    }

    @Test func partialDatesSortByTheirFirstDayThenPrecisionThenFileOrder() throws {
        let graph = try graph("""
        group a
        group b
        a attacked b [date: 2024-01-04]
        a attacked b [date: 2024-01]
        b attacked a [date: 2023-12]
        b attacked a [date: 2024-01-01]
        a allied-with b [to: 2023-12-15]
        b allied-with a [from: 2024-01]
        a attacked b [date: 2024]
        a attacked b [date: 2023-12]
        """)
        let timeline = Timeline(graph)
        #expect(timeline.entries.map(\.time.description) == [
            "2023-12", "2023-12", "until 2023-12-15", "2024-01-01", "2024-01", "from 2024-01", "2024", "2024-01-04",
        ])
        // 2023-12 twice: file order. 2024-01-01 is more precise than 2024-01, which ties with the span from 2024-01,
        // and 2024 begins on the same day but ends later.
        #expect(timeline.entries.map(\.relation) == [2, 7, 4, 3, 1, 5, 6, 0])
    }

    @Test func relationsWithoutADateAreLeftOut() throws {
        let graph = try graph("""
        group a
        group b
        a attacked b
        a commands b
        """)
        let timeline = Timeline(graph)
        #expect(timeline.isEmpty)
        #expect(timeline.text(in: graph) == "no dated relations\n")
    }

    @Test func aPlainReportWithoutSourcesIsJustTheWhenAndTheSentence() throws {
        let graph = try graph("""
        group a "Alpha"
        group b "Beta Group"
        a attacked b [date: 2024-01-04]
        b attacked a [from: 2019-12, to: 2024-01-04]
        """)
        #expect(Timeline(graph).text(in: graph) == """
        2019-12 – 2024-01-04  Beta Group -attacked-> Alpha
        2024-01-04            Alpha -attacked-> Beta Group

        """)
    }

    @Test func aClaimWithoutClaimantsNamesOnlyTheStatusAndEachSourceIsListedOnce() throws {
        var builder = GraphBuilder()
        let group = try #require(builder.schema.kind(named: "group"))
        builder.addEntity(id: "a", kind: group, name: "Alpha")
        builder.addEntity(id: "b", kind: group, name: "Beta")
        let added = [builder.addSource(Source(id: "r000", title: "One")), builder.addSource(Source(id: "r001", title: "Two"))]
        let first = try #require(added[0]), second = try #require(added[1])
        let evidence = GraphBuilder.RelationEvidence(
            status: .claimed,
            citations: [Citation(source: second, quote: "x"), Citation(source: first), Citation(source: second, quote: "y")],
            time: .on(PartialDate("2024-02-29")!))
        builder.addRelation(.id("a"), "attacked", .id("b"), evidence: evidence)
        let (graph, issues) = builder.build()
        #expect(issues.isEmpty)
        let timeline = Timeline(graph)
        #expect(timeline.entries == [Timeline.Entry(relation: 0, time: .on(PartialDate("2024-02-29")!))])
        #expect(timeline.entries[0].sourceIDs(in: graph) == ["r001", "r000"])
        #expect(timeline.text(in: graph) == "2024-02-29  Alpha -attacked-> Beta  (claimed) [r001, r000]\n")
    }

    @Test func severalClaimantsAreNamedInOrder() throws {
        let graph = try graph("""
        person p "Pat"
        state s "State"
        group a "Alpha"
        group b "Beta"
        a attacked b [date: 2024-01-04, status: alleged, by: p, s]
        p member-of s
        """)
        #expect(Timeline(graph).text(in: graph) == "2024-01-04  Alpha -attacked-> Beta  (alleged by Pat, State)\n")
    }

    @Test func aReportNamingWhoReportsItSaysSo() throws {
        let graph = try graph("""
        person p "Pat"
        group a "Alpha"
        group b "Beta"
        a attacked b [date: 2024-01-04, by: p]
        p member-of a
        """)
        #expect(Timeline(graph).text(in: graph) == "2024-01-04  Alpha -attacked-> Beta  (reported by Pat)\n")
    }

    @Test func anEvidenceFilterShapesTheTimeline() throws {
        let graph = try evidenceGraph()
        let asOf = graph.filtered(by: EvidenceFilter(asOf: PartialDate("2023-12-31")))
        #expect(order(Timeline(asOf), in: graph) == ["ryder member-of us", "army attacked coal"])
        let firm = graph.filtered(by: EvidenceFilter(minimumStatus: .reported))
        #expect(order(Timeline(firm), in: graph) == ["ryder member-of us", "us attacked nujaba"])
    }
}
