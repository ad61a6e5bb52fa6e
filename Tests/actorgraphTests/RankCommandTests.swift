import Testing

/// `actorgraph rank` over ``QueryFixture``'s graph.
struct RankCommandTests {
    /// One data row: `1     5            Brigade    brigade`.
    struct Row: Equatable {
        var rank: Int
        var score: String
        var name: String
        var id: String
    }

    /// Runs `actorgraph rank world.ag arguments...` in a fresh workspace.
    private func rank(_ arguments: String...) throws -> CLIRunner.Outcome {
        try QueryFixture.workspace().run(["rank", "world.ag"] + arguments)
    }

    /// The rows under the header, whose second column must be `measure`.
    private func rows(_ outcome: CLIRunner.Outcome, measure: String) throws -> [Row] {
        let lines = outcome.lines
        try #require(lines.first.map(columns) == ["rank", measure, "actor", "id"], "bad header in:\n\(outcome.text)")
        return try lines.dropFirst().map { line in
            let parts = columns(line)
            try #require(parts.count == 4, "not a row: \(line)")
            return Row(rank: try #require(Int(parts[0])), score: parts[1], name: parts[2], id: parts[3])
        }
    }

    @Test func degreeIsTheDefaultAndCountsParallelRelations() throws {
        // Brigade: commanded, a member, part of Movement, and attacked twice.
        let outcome = try rank()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.lines.prefix(2) == ["rank  degree       actor      id", "1     5            Brigade    brigade"])
        #expect(try rows(outcome, measure: "degree").prefix(3) == [
            Row(rank: 1, score: "5", name: "Brigade", id: "brigade"),
            Row(rank: 2, score: "4", name: "Movement", id: "movement"),
            Row(rank: 3, score: "3", name: "Rival", id: "rival"),
        ])
    }

    @Test func topTenByDefault() throws {
        let ranked = try rows(try rank(), measure: "degree")
        #expect(ranked.map(\.rank) == Array(1...10))
    }

    @Test func tiesKeepFileOrder() throws {
        // Counting part-of only, Movement, Umbrella and the three cells each have 2.
        let ranked = try rows(try rank("--via", "part-of", "--top", "3"), measure: "degree")
        #expect(ranked.map(\.name) == ["Movement", "Umbrella", "Cell A"])
        #expect(ranked.map(\.score) == ["2", "2", "2"])
    }

    @Test func betweennessPutsTheBrokerFirst() throws {
        // Movement lies on 23 of the 66 pairs' shortest paths in the ring and
        // its pendants, Brigade on 19 (the parallel attacks count once).
        let outcome = try rank("--by", "betweenness", "--top", "2")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try rows(outcome, measure: "betweenness") == [
            Row(rank: 1, score: "0.3485", name: "Movement", id: "movement"),
            Row(rank: 2, score: "0.2879", name: "Brigade", id: "brigade"),
        ])
    }

    @Test func pagerankTopTwoPrintsExactlyTwoRows() throws {
        let outcome = try rank("--by", "pagerank", "--top", "2")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let ranked = try rows(outcome, measure: "pagerank")
        #expect(ranked.count == 2)
        let scores = ranked.compactMap { Double($0.score) }
        #expect(scores.count == 2 && scores.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(scores == scores.sorted(by: >))
    }

    @Test func anUnknownMeasureExitsWithTwo() throws {
        let outcome = try rank("--by", "nonsense")
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("Please provide one of 'degree', 'betweenness' or 'pagerank'"))
    }

    @Test func aTopBelowOneExitsWithTwo() throws {
        let outcome = try rank("--top", "0")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--top takes a number of actors, 1 or more"))
    }

    @Test func anUnknownViaTypeExitsWithOne() throws {
        let outcome = try rank("--via", "atacked")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("error: --via: unknown relation type 'atacked'; did you mean 'attacked' or 'attacker'?"))
    }

    @Test func helpHasExamples() throws {
        let outcome = try Workspace().run("rank", "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func denialsDoNotCountUnlessIncluded() throws {
        let workspace = try DeniedFixture.workspace()
        let left = try workspace.run("rank", "denied.ag", "--top", "1")
        #expect(left.status == 0, "\(left.stderr)")
        #expect(left.lines == ["rank  degree       actor  id", "1     2            G      g", "2 denied relations left out; --include-denied to count them"])
        let included = try workspace.run("rank", "denied.ag", "--top", "1", "--include-denied")
        #expect(included.lines == ["rank  degree       actor  id", "1     3            G      g"])
    }
}
