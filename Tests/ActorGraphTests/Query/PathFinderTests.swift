import Foundation
import ActorGraph
import SyntheticGraphs
import Testing

/// Every path query against the brute-force oracle on many random graphs,
/// then hand-checked answers on the Baghdad strike graph in Graphs/.
struct PathFinderTests {
    /// Runs `check` on 400 random graphs, each with a random filter, for every ordered pair.
    private func forEachRandomCase(_ check: (Graph, TraversalFilter, Int, Int, inout PathFinder) -> Void) {
        var random = SplitMix64(seed: 2024)
        for _ in 0..<400 {
            let graph = RandomGraphs.graph(using: &random)
            let filter = RandomGraphs.filter(for: graph, using: &random)
            var finder = PathFinder(graph: graph, filter: filter)
            for start in graph.entities.indices {
                for end in graph.entities.indices { check(graph, filter, start, end, &finder) }
            }
        }
    }

    private func isValid(_ path: Path, from start: Int, to end: Int, in graph: Graph, filter: TraversalFilter) -> Bool {
        let oracle = BruteForce.simplePaths(from: start, to: end, maxHops: path.length, in: graph, filter: filter)
        return path.start == start && path.entities(in: graph).last == end && oracle.contains(path)
    }

    @Test func shortestPathHasTheOraclesLength() {
        forEachRandomCase { graph, filter, start, end, finder in
            let oracle = BruteForce.simplePaths(from: start, to: end, maxHops: graph.entities.count, in: graph, filter: filter)
            let found = finder.shortestPath(from: start, to: end)
            #expect(found?.length == oracle.map(\.length).min())
            if let found { #expect(isValid(found, from: start, to: end, in: graph, filter: filter)) }
        }
    }

    @Test func allShortestPathsAreTheOraclesSet() {
        forEachRandomCase { graph, filter, start, end, finder in
            let oracle = BruteForce.simplePaths(from: start, to: end, maxHops: graph.entities.count, in: graph, filter: filter)
            let shortest = oracle.map(\.length).min()
            let (paths, complete) = finder.allShortestPaths(from: start, to: end, limit: 10_000)
            #expect(complete)
            #expect(Set(paths) == Set(oracle.filter { $0.length == shortest }))
            #expect(paths.count == Set(paths).count)
        }
    }

    @Test func simplePathsUpToNHopsAreTheOraclesSet() {
        forEachRandomCase { graph, filter, start, end, finder in
            for maxHops in [1, 2, 4] {
                let oracle = BruteForce.simplePaths(from: start, to: end, maxHops: maxHops, in: graph, filter: filter)
                let (paths, complete) = finder.allSimplePaths(from: start, to: end, maxHops: maxHops, limit: 10_000)
                #expect(complete)
                #expect(paths.count == oracle.count)
                #expect(Set(paths) == Set(oracle))
            }
        }
    }

    @Test func kShortestSimplePathsMatchTheOraclesLengths() {
        forEachRandomCase { graph, filter, start, end, finder in
            let oracle = BruteForce.simplePaths(from: start, to: end, maxHops: graph.entities.count, in: graph, filter: filter)
            let k = 4
            let paths = finder.shortestSimplePaths(from: start, to: end, k: k)
            #expect(paths.map(\.length) == Array(oracle.map(\.length).sorted().prefix(k)))
            #expect(Set(paths).count == paths.count)
            #expect(Set(paths).isSubset(of: Set(oracle)))
        }
    }

    @Test func limitsCapTheAnswerAndSaySo() throws {
        let graph = try Graph {
            Group("a")
            Group("b")
            for _ in 0..<5 { Relate("a", "attacked", "b") }
        }
        var finder = PathFinder(graph: graph)
        let (paths, complete) = finder.allShortestPaths(from: 0, to: 1, limit: 3)
        #expect(paths.count == 3 && !complete)
        let (every, everyComplete) = finder.allSimplePaths(from: 0, to: 1, maxHops: 1, limit: 5)
        #expect(every.count == 5 && everyComplete)
    }

    @Test func parallelRelationsAreDistinctPaths() throws {
        let graph = try Graph {
            State("us")
            Group("n")
            Relate("us", "attacked", "n", date: "2023-12")
            Relate("us", "attacked", "n", date: "2024-01-04")
        }
        var finder = PathFinder(graph: graph)
        let paths = finder.allShortestPaths(from: 0, to: 1).paths
        #expect(paths.map { $0.steps[0].relation } == [0, 1])
        // A date given in code is a real time, as in an .ag file, so it marks the hop as the time.
        #expect(paths[1].chain(in: graph) == "us -attacked [2024-01-04]-> n")
    }

    @Test func claimsShowInTheChainEvenWithoutSources() throws {
        let graph = try #require(compile("""
        person a "A"
        person b "B"
        group g "G"
        a commands g [status: denied, by: b]
        b member-of g [status: alleged, by: a]
        """).graph)
        var finder = PathFinder(graph: graph, filter: TraversalFilter(includeDenied: true))
        #expect(finder.shortestPath(from: 0, to: 1)?.chain(in: graph) == "A -commands [denied by B]-> G <-member-of [alleged by A]- B")
        #expect(CommandChain(graph: graph, root: 2, direction: .down, includeDenied: true).text(in: graph).contains("└ commanded by") == false)
        #expect(CommandChain(graph: graph, root: 2, direction: .up, includeDenied: true).text(in: graph).contains("└ commanded by → A (a)  [denied by B]"))
    }

    @Test func parallelsFallBackToAttributesWhenDatesCollide() throws {
        let graph = try #require(compile("""
        person a "A"
        person b "B"
        a attacked b [date: 2024-01-04, weapon: "drone"]
        a attacked b [date: 2024-01-04, weapon: "rocket"]
        """).graph)
        var finder = PathFinder(graph: graph)
        #expect(finder.allShortestPaths(from: 0, to: 1).paths.map { $0.chain(in: graph) }
            == ["A -attacked [2024-01-04, weapon: drone]-> B", "A -attacked [2024-01-04, weapon: rocket]-> B"])
    }

    @Test func parallelRelationsWithoutAttributesAreNumbered() throws {
        let graph = try Graph {
            State("us")
            Group("n")
            Relate("us", "attacked", "n")
            Relate("us", "allied-with", "n")
            Relate("us", "attacked", "n")
        }
        var finder = PathFinder(graph: graph)
        let chains = finder.allShortestPaths(from: 0, to: 1).paths.map { $0.chain(in: graph) }
        #expect(chains == ["us -attacked [#1]-> n", "us -allied-with-> n", "us -attacked [#2]-> n"])
    }
}

/// Answers on the real strike graph, checked by hand against the files.
struct StrikeGraphPathTests {
    let graph: Graph

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let files = try ["catalogue.ag", "baghdad-2024-01-04.ag"].map { try SourceFile.read(path: root.appendingPathComponent("Graphs/\($0)").path) }
        graph = try #require(GraphCompiler.compile(files).graph)
    }

    private func id(_ text: String) throws -> Int { try #require(graph.resolve(text)) }

    @Test func commanderToIranTakesTheShortestRoute() throws {
        var finder = PathFinder(graph: graph)
        let path = try #require(finder.shortestPath(from: try id("Abu Taqua"), to: try id("iran")))
        #expect(path.chain(in: graph) == "Abu Taqwa -member-of-> Popular Mobilization Forces -backed-by-> Iran")
    }

    @Test func commandAndFundingChainToIran() throws {
        let types = Set(["commands", "part-of", "funded-by"].compactMap { graph.schema.relationType(named: $0) })
        var finder = PathFinder(graph: graph, filter: TraversalFilter(directed: true, relationTypes: types))
        let path = try #require(finder.shortestPath(from: try id("abu-taqwa"), to: try id("iran")))
        #expect(path.chain(in: graph)
            == "Abu Taqwa -commands-> 12th Brigade of Harakat al-Nujaba -part-of-> Harakat al-Nujaba -funded-by-> Iran")
    }

    @Test func reverseDirectionIsShownTrue() throws {
        let types = Set(["funded-by"].compactMap { graph.schema.relationType(named: $0) })
        var finder = PathFinder(graph: graph, filter: TraversalFilter(relationTypes: types))
        let path = try #require(finder.shortestPath(from: try id("iran"), to: try id("nujaba")))
        #expect(path.chain(in: graph) == "Iran <-funded-by- Harakat al-Nujaba")
    }

    @Test func directedSearchFindsNoWayDown() throws {
        let types = Set(["part-of"].compactMap { graph.schema.relationType(named: $0) })
        var finder = PathFinder(graph: graph, filter: TraversalFilter(directed: true, relationTypes: types))
        #expect(finder.shortestPath(from: try id("pmf"), to: try id("nujaba-12")) == nil)
        #expect(finder.shortestPath(from: try id("nujaba-12"), to: try id("pmf"))?.length == 2)
    }

    @Test func evidenceChainCitesEveryHop() throws {
        let types = Set(["commands", "part-of", "funded-by"].compactMap { graph.schema.relationType(named: $0) })
        var finder = PathFinder(graph: graph, filter: TraversalFilter(directed: true, relationTypes: types))
        let path = try #require(finder.shortestPath(from: try id("abu-taqwa"), to: try id("iran")))
        let evidence = path.evidence(in: graph)
        #expect(evidence.count == 3)
        #expect(evidence.last?.hasPrefix("Harakat al-Nujaba -funded-by-> Iran  r000 \"financed by Iran\"") == true)
    }

    /// The Pentagon confirms; the Iraqi army, al-Nujaba and the militia
    /// commanders accuse another, so they allege.
    @Test func theStrikeIsConfirmedAndAlleged() throws {
        let strike = graph.relations.filter {
            graph.entities[$0.object].id == "strike-baghdad" && graph.schema.relationTypes[$0.type].name == "attacker" && $0.time == .on(PartialDate("2024-01-04")!)
        }
        #expect(Set(strike.map(\.status)) == [.confirmed, .alleged])
        #expect(strike.allSatisfy { !$0.citations.isEmpty })
    }

    @Test func avoidingAnActorReroutes() throws {
        var finder = PathFinder(graph: graph, filter: TraversalFilter(avoided: [try id("pmf")]))
        let path = try #require(finder.shortestPath(from: try id("abu-taqwa"), to: try id("iran")))
        #expect(!path.entities(in: graph).contains(try id("pmf")))
        #expect(path.length == 3)
    }
}
