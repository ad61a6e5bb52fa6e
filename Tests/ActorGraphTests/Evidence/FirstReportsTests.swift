import Testing
@testable import ActorGraph

struct FirstReportsTests {
    static let text = """
    source a "A" [outlet: "Wire", date: 2024-01-04]
    source b "B" [date: 2024-01-04]
    source m "M" [date: 2024-01]
    source u "U"
    source l "L" [date: 2024-02-01]
    group x "X"
    group y "Y" [size: 10 [src: m], 12 [src: a]]
    group z "Z"
    y funded-by x [src: u, l]
    x funded-by y [src: m, b, a, m "again"]
    x allied-with y
    z allied-with y [src: u]
    """

    @Test func sourcesAreGroupedByDateTheSurelyEarlierFirstAndTheUndatedLast() throws {
        let graph = try ActorGraphTests.graph(Self.text)
        let reports = FirstReports(graph.view)
        #expect(reports.relations.map(\.subject) == [.relation(1), .relation(0), .relation(3)])
        // A day inside the month comes first: the month's source may have appeared on its last day.
        #expect(reports.relations[0].groups == [
            FirstReports.Group(date: PartialDate("2024-01-04"), sources: [0, 1]), FirstReports.Group(date: PartialDate("2024-01"), sources: [2]),
        ])
        #expect(reports.relations[1].groups.map(\.sources) == [[4], [3]])
        #expect(reports.relations[2].groups == [FirstReports.Group(date: nil, sources: [3])])
        #expect(reports.uncitedRelations == 1)
        let y = try #require(graph.entity(id: "y"))
        #expect(reports.values.map(\.subject) == [.value(.entity(y), key: "size", value: "12"), .value(.entity(y), key: "size", value: "10")])
    }

    @Test func theTextGroupsByWhoReportedFirstAndAlignsWhoFollowed() throws {
        let graph = try ActorGraphTests.graph(Self.text)
        #expect(FirstReports(graph.view).text(in: graph) == """
        First reported by a (Wire) on 2024-01-04:
          Y · size: 12

        First reported by a (Wire), b on 2024-01-04:
          X -funded-by-> Y   then m in 2024-01

        First reported by m in 2024-01:
          Y · size: 10

        First reported by l on 2024-02-01:
          Y -funded-by-> X   undated u

        Reported only by undated sources, u:
          Z -allied-with-> Y

        (1 relation cites no source and is not listed)

        """)
    }

    @Test func onlyTheCitationsTheViewCountsAreRead() throws {
        let graph = try ActorGraphTests.graph(Self.text)
        let known = FirstReports(graph.filtered(by: EvidenceFilter(knownBy: PartialDate("2024-01-04"))))
        #expect(known.relations.map(\.subject) == [.relation(1)])
        #expect(known.relations[0].groups.map(\.sources) == [[0, 1]])
        // With the month's value left out, the size is no longer disputed.
        #expect(known.values.isEmpty)
        let cited = FirstReports(graph.filtered(by: EvidenceFilter(citedOnly: true)))
        #expect(cited.uncitedRelations == 0)
    }

    @Test func aGraphWithoutCitationsSaysSo() throws {
        let graph = try ActorGraphTests.graph("""
        group x
        group y
        x allied-with y
        """)
        #expect(FirstReports(graph.view).text(in: graph) == "no relation or disputed value cites a source\n")
    }

    @Test func followersThatRepeatTheFirstAreCountedOnce() throws {
        let graph = try ActorGraphTests.graph("""
        source a "A" [date: 2024-01-04]
        source b "B" [date: 2024-01-05, copies: a]
        group x "X"
        group y "Y"
        x funded-by y [src: a, b]
        """)
        #expect(FirstReports(graph.view).text(in: graph) == """
        First reported by a on 2024-01-04:
          X -funded-by-> Y   then b on 2024-01-05 — 2 reports, 1 independent (b repeats a)

        """)
    }
}
