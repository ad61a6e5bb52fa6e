import Testing

struct DotCommandTests {
    @Test func writesDeterministicDOTToStandardOutput() throws {
        let workspace = try Workspace()
        let first = try workspace.run("dot", "catalogue.ag", "events.ag", "--legend", "--rankdir", "lr")
        let second = try workspace.run("dot", "catalogue.ag", "events.ag", "--legend", "--rankdir", "lr")
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.text.hasPrefix("digraph \"actorgraph\" {"))
        #expect(first.text.contains("\"rankdir\"=\"LR\""))
        #expect(first.text.contains("cluster_legend"))
    }

    @Test func writesToAFileAndLeavesNoTemporaryFile() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("dot", "catalogue.ag", "events.ag", "--clusters", "-G", "splines=ortho", "-o", "out.dot")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        let dot = String(decoding: try #require(workspace.contents("out.dot")), as: UTF8.self)
        #expect(dot.contains("\"splines\"=\"ortho\""))
        #expect(try workspace.listing().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func inputErrorsWriteNothingAndKeepAnOldFile() throws {
        let workspace = try Workspace()
        _ = try workspace.run("dot", "catalogue.ag", "events.ag", "-o", "out.dot")
        let before = workspace.contents("out.dot")
        let outcome = try workspace.run("dot", "broken.ag", "-o", "out.dot")
        #expect(outcome.status == 1)
        #expect(workspace.contents("out.dot") == before)
        let fresh = try workspace.run("dot", "broken.ag", "-o", "new.dot")
        #expect(fresh.status == 1)
        #expect(workspace.contents("new.dot") == nil)
    }

    @Test func unwritableOutputExitsWithOne() throws {
        let outcome = try Workspace().run("dot", "catalogue.ag", "events.ag", "-o", "no/such/folder/out.dot")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no/such/folder/out.dot: error: cannot write the output"))
    }
}

// MARK: Drawing part of the graph (over QueryFixture's graph)

extension DotCommandTests {
    /// Runs `actorgraph dot world.ag arguments...` in a fresh workspace.
    private func dotOfWorld(_ arguments: String...) throws -> CLIRunner.Outcome {
        try QueryFixture.workspace().run(["dot", "world.ag"] + arguments)
    }

    @Test func focusDrawsOnlyTheActorsNeighbourhoodWithTheActorPickedOut() throws {
        let outcome = try dotOfWorld("--focus", "Movement", "--radius", "1")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(nodeLabels(inDOT: outcome.text) == ["Brigade", "Movement", "Umbrella", "Patron", "Ally"])
        let bold = outcome.text.split(separator: "\n").filter { $0.contains("[label=") && $0.contains("\"penwidth\"=\"3\"") }
        #expect(bold.flatMap { nodeLabels(inDOT: String($0)) } == ["Movement"])
    }

    @Test func focusRadiusTwoReachesFurther() throws {
        let outcome = try dotOfWorld("--focus", "cmdr", "--radius", "2")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(nodeLabels(inDOT: outcome.text) == ["Commander", "Brigade", "Fighter", "Movement", "Rival"])
    }

    @Test func focusStillDrawsTheActorsADenialJoins() throws {
        // A drawing shows a denial as denied, so unlike the queries it
        // reaches through one.
        let outcome = try DeniedFixture.workspace().run("dot", "denied.ag", "--focus", "a")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(nodeLabels(inDOT: outcome.text) == ["A", "G", "H"])
    }

    @Test func onlyKindsDropsTheOtherKinds() throws {
        let outcome = try dotOfWorld("--only-kinds", "person")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(nodeLabels(inDOT: outcome.text) == ["Commander", "Fighter"])
        #expect(!outcome.text.contains(" -> "), "no relation joins two persons")
    }

    @Test func onlyRelationsKeepsOnlyTheActorsThoseRelationsJoin() throws {
        let outcome = try dotOfWorld("--only-relations", "funded-by")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(nodeLabels(inDOT: outcome.text) == ["Movement", "Patron"])
        let edges = outcome.text.split(separator: "\n").filter { $0.contains(" -> ") }
        // Node ids are the graph's own indices, whatever a view leaves out.
        #expect(edges == ["    n3 -> n6;"])
        #expect(outcome.text.contains("edge [label=\"funded-by\""))
        #expect(!outcome.text.contains("edge [label=\"part-of\""))
    }

    @Test func focusOnAnUnknownActorExitsWithOne() throws {
        let outcome = try dotOfWorld("--focus", "Movment")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("no actor matches 'Movment'"))
        #expect(outcome.stderr.contains("nearest: Movement (movement)"))
    }

    @Test func focusOnAnActorOfAKindNotDrawnExitsWithOne() throws {
        let outcome = try dotOfWorld("--only-kinds", "group", "--focus", "patron")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("--focus 'patron' is not among the kinds drawn"))
    }

    @Test func focusOnAnActorOfAKindNotDrawnExitsWithOneEvenWithOnlyRelations() throws {
        // Patron is a state; --only-kinds group must not draw it, with or without --only-relations.
        let outcome = try dotOfWorld("--only-kinds", "group", "--only-relations", "part-of", "--focus", "patron")
        #expect(outcome.status == 1)
        #expect(!nodeLabels(inDOT: outcome.text).contains("Patron"))
        #expect(outcome.stderr.contains("--focus 'patron' is not among the kinds drawn"))
    }

    @Test(arguments: [["--only-kinds", "persn"], ["--only-relations", "fundedby"]])
    func unknownKindsAndRelationTypesExitWithOne(_ arguments: [String]) throws {
        let outcome = try QueryFixture.workspace().run(["dot", "world.ag"] + arguments)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("did you mean"))
    }

    @Test func aNegativeFocusRadiusExitsWithTwo() throws {
        let outcome = try dotOfWorld("--focus", "cmdr", "--radius=-1")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--radius takes a number of relations, 0 or more"))
    }
}
