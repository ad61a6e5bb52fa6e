import Testing

/// `actorgraph neighbors` over ``QueryFixture``'s graph.
struct NeighborsCommandTests {
    /// One row of the listing: `1         Commander  cmdr (person)`.
    struct Row: Equatable, CustomStringConvertible {
        var distance: Int
        var name: String
        var id: String
        var kind: String

        init(_ distance: Int, _ name: String, _ id: String, _ kind: String) {
            (self.distance, self.name, self.id, self.kind) = (distance, name, id, kind)
        }

        var description: String { "\(distance) \(name) \(id) (\(kind))" }
    }

    /// Runs `actorgraph neighbors world.ag arguments...` in a fresh workspace.
    private func neighbors(_ arguments: String...) throws -> CLIRunner.Outcome {
        try QueryFixture.workspace().run(["neighbors", "world.ag"] + arguments)
    }

    /// The rows under the `distance  actor` header, without the links
    /// of the nearest (``links(_:)``).
    private func rows(_ outcome: CLIRunner.Outcome) throws -> [Row] {
        let lines = outcome.lines
        try #require(lines.first == "distance  actor", "no header in:\n\(outcome.text)")
        return try lines.dropFirst().map { line in
            let parts = columns(line)
            try #require(parts.count == 3 || parts.count == 4, "not a row: \(line)")
            let idAndKind = try #require(parts[2].wholeMatch(of: /(\S+) \((\S+)\)/), "not 'id (kind)': \(parts[2])")
            return Row(try #require(Int(parts[0])), parts[1], String(idAndKind.1), String(idAndKind.2))
        }
    }

    @Test func radiusOneIsTheDefaultAndListsTheCentreThenItsNeighboursAligned() throws {
        let outcome = try neighbors("Brigade")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        distance  actor
        0         Brigade    brigade (group)
        1         Commander  cmdr (person)     <-commands-
        1         Fighter    fighter (person)  <-member-of-
        1         Movement   movement (group)  -part-of->
        1         Rival      rival (state)     <-attacked [2024-01-04]-, <-attacked [2024-02-02]-

        """)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func radiusTwoOrdersByDistanceThenFileOrder() throws {
        let outcome = try neighbors("brigade", "--radius", "2")
        #expect(outcome.status == 0)
        #expect(try rows(outcome) == [
            Row(0, "Brigade", "brigade", "group"),
            Row(1, "Commander", "cmdr", "person"),
            Row(1, "Fighter", "fighter", "person"),
            Row(1, "Movement", "movement", "group"),
            Row(1, "Rival", "rival", "state"),
            Row(2, "Umbrella", "umbrella", "group"),
            Row(2, "Patron", "patron", "state"),
            Row(2, "Ally", "ally", "group"),
            Row(2, "Raid", "raid", "event"),
        ])
    }

    @Test func radiusZeroIsTheCentreAlone() throws {
        #expect(try rows(try neighbors("brigade", "--radius", "0")) == [Row(0, "Brigade", "brigade", "group")])
    }

    @Test func directedFollowsOnlyOutgoingRelations() throws {
        // Commander, Fighter and Rival all point at Brigade; Brigade points only at Movement.
        #expect(try rows(try neighbors("brigade", "--directed")) == [
            Row(0, "Brigade", "brigade", "group"),
            Row(1, "Movement", "movement", "group"),
        ])
    }

    @Test func viaFollowsOnlyTheGivenTypes() throws {
        #expect(try rows(try neighbors("brigade", "--via", "attacked", "--radius", "2")) == [
            Row(0, "Brigade", "brigade", "group"),
            Row(1, "Rival", "rival", "state"),
        ])
    }

    @Test func avoidNeverEntersAnActor() throws {
        #expect(try rows(try neighbors("brigade", "--radius", "2", "--avoid", "Movement")).map(\.name)
            == ["Brigade", "Commander", "Fighter", "Rival", "Raid"])
    }

    @Test func throughKindReachesOtherKindsButGoesNoFurther() throws {
        // Rival (a state) is listed, but Raid beyond it is not.
        #expect(try rows(try neighbors("brigade", "--radius", "2", "--through-kind", "group,person")).map(\.name)
            == ["Brigade", "Commander", "Fighter", "Movement", "Rival", "Umbrella", "Patron", "Ally"])
    }

    @Test func outputWritesADOTOfTheNeighbourhoodWithTheCentrePickedOut() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("neighbors", "world.ag", "brigade", "-o", "brigade.dot")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.lines.count == 6, "the listing is still printed")
        let dot = try dotText("brigade.dot", in: workspace)
        #expect(nodeLabels(inDOT: dot) == ["Commander", "Brigade", "Fighter", "Movement", "Rival"])
        let bold = dot.split(separator: "\n").filter { $0.contains("[label=") && $0.contains("\"penwidth\"=\"3\"") }
        #expect(bold.flatMap { nodeLabels(inDOT: String($0)) } == ["Brigade"])
    }

    @Test func outputDrawsAnSVG() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("neighbors", "world.ag", "brigade", "-o", "brigade.svg")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = String(decoding: try #require(workspace.contents("brigade.svg")), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Commander"))
        #expect(!svg.contains("Umbrella"))
    }

    @Test func anUnknownActorExitsWithOneNamingTheNearest() throws {
        let outcome = try neighbors("Brigdae")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("error: no actor matches 'Brigdae'"))
        #expect(outcome.stderr.contains("nearest: Brigade (brigade)"))
    }

    @Test func anUnknownViaTypeExitsWithOne() throws {
        let outcome = try neighbors("brigade", "--via", "atacked")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("did you mean 'attacked' or 'attacker'?"))
    }

    @Test(arguments: [["--radius=-1"], ["--radius", "-1"]])
    func aNegativeRadiusExitsWithTwo(_ radius: [String]) throws {
        let outcome = try QueryFixture.workspace().run(["neighbors", "world.ag", "brigade"] + radius)
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(!outcome.stderr.isEmpty)
    }

    @Test func aNegativeRadiusIsExplained() throws {
        let outcome = try neighbors("brigade", "--radius=-1")
        #expect(outcome.stderr.contains("--radius takes a number of relations, 0 or more"))
    }

    @Test(arguments: [["brigade", "-o", "out.gif"], []])
    func otherBadUsageExitsWithTwo(_ arguments: [String]) throws {
        let outcome = try QueryFixture.workspace().run(["neighbors", "world.ag"] + arguments)
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
    }

    @Test func helpHasExamples() throws {
        let outcome = try Workspace().run("neighbors", "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func deniedRelationsAreNoNeighboursUnlessIncluded() throws {
        let workspace = try DeniedFixture.workspace()
        let left = try workspace.run("neighbors", "denied.ag", "a")
        #expect(left.status == 0, "\(left.stderr)")
        #expect(left.lines == ["distance  actor", "0         A      a (person)", "2 denied relations left out; --include-denied to count them"])
        let included = try workspace.run("neighbors", "denied.ag", "a", "--include-denied")
        #expect(included.lines.dropFirst().map { columns($0)[2] } == ["a (person)", "g (group)", "h (group)"])
        #expect(included.lines.dropFirst().map { columns($0).dropFirst(3).first } == [nil, "-commands [denied by A]->", "-member-of [denied by A]->"])
        #expect(!included.text.contains("left out"))
    }
}
