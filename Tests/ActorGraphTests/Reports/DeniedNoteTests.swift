import Testing
@testable import ActorGraph

/// Every query answer ends by saying how many denied relations it left out.
struct DeniedNoteTests {
    /// B denies attacking C; A commands B.
    let graph: Graph

    init() throws {
        graph = try #require(compile("""
        person a "A"
        group  b "B"
        group  c "C"
        a commands b
        b attacked c [status: denied, by: b]
        """).graph)
    }

    @Test func theNoteCountsInWords() {
        #expect(DeniedNote.text(0) == "")
        #expect(DeniedNote.text(1) == "1 denied relation left out; --include-denied to count them\n")
        #expect(DeniedNote.text(3) == "3 denied relations left out; --include-denied to count them\n")
    }

    @Test func aPathListingEndsWithTheNoteEvenWithoutAPath() {
        var finder = PathFinder(graph: graph)
        let left = TraversalFilter().deniedLeftOut(in: graph.view).count
        let none = PathListing(paths: finder.shortestPath(from: 0, to: 2).map { [$0] } ?? [], numbered: false, deniedLeftOut: left)
        #expect(none.text(in: graph.view, from: 0, to: 2) == """
        no path from A to C with these options
        1 denied relation left out; --include-denied to count them

        """)
        let path = PathListing(paths: [finder.shortestPath(from: 0, to: 1)!], numbered: false, deniedLeftOut: left)
        #expect(path.text(in: graph.view, from: 0, to: 1) == "A -commands-> B\n1 denied relation left out; --include-denied to count them\n")
        #expect(PathListing(paths: [], numbered: false).text(in: graph.view, from: 0, to: 2) == "no path from A to C with these options\n")
    }

    @Test func aPathReportCarriesTheCount() {
        #expect(PathReport(view: graph.view, from: 0, to: 2, paths: [], complete: true, deniedLeftOut: 1).json().contains("\"deniedLeftOut\" : 1"))
    }

    @Test func aNeighbourhoodCountsTheDenialsTouchingIt() {
        let fromB = NeighborhoodReport(view: graph.view, center: 1, radius: 1)
        #expect(fromB.neighbors.map(\.entity) == [1, 0])
        #expect(fromB.deniedLeftOut == 1)
        #expect(fromB.text(in: graph).hasSuffix("1 denied relation left out; --include-denied to count them\n"))
        // At radius 0 only A is reached, and the denial does not touch it.
        #expect(NeighborhoodReport(view: graph.view, center: 0, radius: 0).deniedLeftOut == 0)
        let including = NeighborhoodReport(view: graph.view, center: 1, radius: 1, filter: TraversalFilter(includeDenied: true))
        #expect(including.neighbors.map(\.entity) == [1, 0, 2])
        #expect(including.deniedLeftOut == 0)
        #expect(!including.text(in: graph).contains("left out"))
    }

    @Test func aRankingCountsTheDenialsItLeftOut() {
        let ranking = RankReport(view: graph.view, measure: .degree, top: 3)
        #expect(ranking.rows.map(\.score) == [1, 1, 0])
        #expect(ranking.text(in: graph).hasSuffix("1 denied relation left out; --include-denied to count them\n"))
        let including = RankReport(view: graph.view, measure: .degree, filter: TraversalFilter(includeDenied: true), top: 3)
        #expect(including.rows.map(\.entity) == [1, 0, 2])
        #expect(including.deniedLeftOut == 0)
    }
}
