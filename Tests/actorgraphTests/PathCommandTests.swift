import Foundation
import Testing

/// `actorgraph path` over ``QueryFixture``'s graph.
struct PathCommandTests {
    /// Runs `actorgraph path world.ag arguments...` in a fresh workspace.
    private func path(_ arguments: String...) throws -> CLIRunner.Outcome {
        try QueryFixture.workspace().run(["path", "world.ag"] + arguments)
    }

    /// The numbered paths of an `--all`, `--k` or `--every` listing; every
    /// line but a final "(stopped at --limit ...)" must be one.
    private func numberedPaths(_ outcome: CLIRunner.Outcome) -> [NumberedPath] {
        let lines = outcome.lines.filter { !$0.hasPrefix("(stopped at --limit") }
        let paths = lines.compactMap(NumberedPath.init)
        #expect(paths.count == lines.count, "not all lines are numbered paths:\n\(outcome.text)")
        return paths
    }

    /// Standard output parsed as a JSON object.
    private func json(_ outcome: CLIRunner.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
    }

    // MARK: The shortest path

    @Test func shortestPathIsOneLineWithEveryHop() throws {
        let outcome = try path("Commander", "Patron")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func hopsAgainstTheArrowPointBackwards() throws {
        let outcome = try path("Patron", "Commander")
        #expect(outcome.status == 0)
        #expect(outcome.text == "Patron <-funded-by- Movement <-part-of- Brigade <-commands- Commander\n")
    }

    @Test func actorsAreFoundByIdOrByNameIgnoringCase() throws {
        let byID = try path("cmdr", "patron")
        let byName = try path("commander", "PATRON")
        #expect(byID.status == 0 && byName.status == 0)
        #expect(byID.text == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron\n")
        #expect(byName.stdout == byID.stdout)
    }

    @Test func readsTheGraphFromStandardInput() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run(["path", "-", "cmdr", "patron"], input: QueryFixture.files["world.ag"]!)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron\n")
    }

    @Test func aPathFromAnActorToItselfIsJustThatActor() throws {
        let outcome = try path("cmdr", "cmdr")
        #expect(outcome.status == 0)
        #expect(outcome.text == "Commander\n")
    }

    @Test func aShortestHopOverParallelRelationsNamesTheOneItUses() throws {
        // Rival attacked Brigade twice; the first relation in file order is used.
        let outcome = try path("Commander", "Rival")
        #expect(outcome.text == "Commander -commands-> Brigade <-attacked [2024-01-04]- Rival\n")
    }

    @Test func unconnectedActorsHaveNoPathButExitZero() throws {
        let outcome = try path("Commander", "Cell A")
        #expect(outcome.status == 0)
        #expect(outcome.text == "no path from Commander to Cell A with these options\n")
    }

    // MARK: Traversal options

    @Test func directedFindsNoWayAgainstTheArrows() throws {
        let outcome = try path("Patron", "Commander", "--directed")
        #expect(outcome.status == 0)
        #expect(outcome.text == "no path from Patron to Commander with these options\n")
    }

    @Test func directedStillFollowsSymmetricRelationsBothWays() throws {
        // The relation is written `ally allied-with movement`.
        let outcome = try path("Movement", "Umbrella", "--directed")
        #expect(outcome.text == "Movement -part-of-> Umbrella\n")
        let against = try path("Movement", "Ally", "--directed")
        #expect(against.status == 0)
        #expect(against.text == "Movement <-allied-with- Ally\n")
    }

    @Test func viaFollowsOnlyTheGivenRelationTypes() throws {
        // Without attacked, the way to Rival goes round the ring the long way.
        let outcome = try path("Commander", "Rival", "--via", "commands,part-of", "--via", "funded-by,took-part-in")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron -took-part-in-> Raid <-took-part-in- Rival\n")
    }

    @Test func avoidReroutesAroundAnActor() throws {
        let outcome = try path("Commander", "Patron", "--avoid", "Movement")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Commander -commands-> Brigade <-attacked [2024-01-04]- Rival -took-part-in-> Raid <-took-part-in- Patron\n")
    }

    @Test func avoidingAnEndIsBadUsage() throws {
        let outcome = try path("Commander", "Patron", "--avoid", "patron")
        #expect(outcome.status == 2)
        #expect(outcome.text.isEmpty)
        #expect(outcome.stderr.contains("--avoid names TO; a path cannot avoid its own ends"))
    }

    @Test func throughKindKeepsOtherKindsOutOfTheMiddle() throws {
        #expect(try path("Patron", "Rival").text == "Patron -took-part-in-> Raid <-took-part-in- Rival\n")
        // Raid is an event, so with only groups in the middle the path goes through Movement and Brigade.
        let outcome = try path("Patron", "Rival", "--through-kind", "group")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Patron <-funded-by- Movement <-part-of- Brigade <-attacked [2024-01-04]- Rival\n")
    }

    // MARK: Several paths

    @Test func allListsParallelRelationsAsSeparatePaths() throws {
        let outcome = try path("Commander", "Rival", "--all")
        #expect(outcome.status == 0)
        #expect(numberedPaths(outcome) == [
            NumberedPath("1. [2 relations] Commander -commands-> Brigade <-attacked [2024-01-04]- Rival")!,
            NumberedPath("2. [2 relations] Commander -commands-> Brigade <-attacked [2024-02-02]- Rival")!,
        ])
        #expect(!outcome.text.contains("stopped at --limit"))
    }

    @Test func allSaysWhenTheLimitCutsItShort() throws {
        let outcome = try path("Commander", "Rival", "--all", "--limit", "1")
        #expect(outcome.lines == [
            "1. [2 relations] Commander -commands-> Brigade <-attacked [2024-01-04]- Rival",
            "(stopped at --limit 1; more paths exist)",
        ])
    }

    @Test func kListsTheShortestFirstNumberedInNondecreasingLength() throws {
        let outcome = try path("Commander", "Patron", "--k", "3")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let paths = numberedPaths(outcome)
        #expect(paths.map(\.number) == [1, 2, 3])
        #expect(paths.map(\.length) == [3, 4, 4])
        #expect(paths.first?.chain == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron")
        #expect(Set(paths.dropFirst().map(\.chain)) == [
            "Commander -commands-> Brigade <-attacked [2024-01-04]- Rival -took-part-in-> Raid <-took-part-in- Patron",
            "Commander -commands-> Brigade <-attacked [2024-02-02]- Rival -took-part-in-> Raid <-took-part-in- Patron",
        ])
    }

    @Test func kLargerThanThePathsThereAreListsThoseThereAre() throws {
        let outcome = try path("Commander", "Patron", "--k", "10")
        #expect(outcome.status == 0)
        #expect(numberedPaths(outcome).map(\.length) == [3, 4, 4])
    }

    @Test func everyStopsAtTheLimitAndSaysSo() throws {
        let outcome = try path("Commander", "Patron", "--every", "--max-hops", "4", "--limit", "2")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(numberedPaths(outcome).map(\.number) == [1, 2])
        #expect(outcome.lines.last == "(stopped at --limit 2; more paths exist)")
    }

    @Test func everyListsEverySimplePathWithinMaxHops() throws {
        // Exactly three paths of at most 4 relations: a limit of 3 is not a cut.
        let outcome = try path("Commander", "Patron", "--every", "--max-hops", "4", "--limit", "3")
        #expect(outcome.status == 0)
        let paths = numberedPaths(outcome)
        #expect(paths.map(\.length) == [3, 4, 4])
        #expect(!outcome.text.contains("stopped at --limit"))
    }

    @Test func everyLeavesOutPathsLongerThanMaxHops() throws {
        let outcome = try path("Commander", "Patron", "--every", "--max-hops", "3")
        #expect(outcome.status == 0)
        // Listing modes number their paths even when only one is found.
        #expect(outcome.text == "1. [3 relations] Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron\n")
    }

    // MARK: JSON

    @Test func jsonDescribesEveryHop() throws {
        let outcome = try path("Commander", "Rival", "--format", "json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try json(outcome)
        #expect((report["from"] as? [String: Any])?["id"] as? String == "cmdr")
        #expect((report["to"] as? [String: Any])?["id"] as? String == "rival")
        #expect(report["complete"] as? Bool == true)
        let paths = try #require(report["paths"] as? [[String: Any]])
        try #require(paths.count == 1)
        #expect(paths[0]["length"] as? Int == 2)
        #expect(paths[0]["chain"] as? String == "Commander -commands-> Brigade <-attacked [2024-01-04]- Rival")
        let hops = try #require(paths[0]["hops"] as? [[String: Any]])
        try #require(hops.count == 2)
        #expect(hops.map { $0["relation"] as? String } == ["commands", "attacked"])
        #expect(hops.map { $0["direction"] as? String } == ["forward", "backward"])
        #expect(hops.map { $0["relationIndex"] as? Int } == [0, 5])
        #expect(hops.map { ($0["from"] as? [String: Any])?["id"] as? String } == ["cmdr", "brigade"])
        #expect(hops.map { ($0["to"] as? [String: Any])?["id"] as? String } == ["brigade", "rival"])
        #expect(hops[1]["attributes"] as? [[String]] == [["date", "2024-01-04"]])
        #expect(hops[0]["attributes"] as? [[String]] == [])
    }

    @Test func jsonWithNoPathHasAnEmptyList() throws {
        let report = try json(try path("Patron", "Commander", "--directed", "--format", "json"))
        #expect((report["paths"] as? [Any])?.isEmpty == true)
        #expect(report["complete"] as? Bool == true)
    }

    @Test func jsonSaysWhenALimitCutTheListShort() throws {
        let report = try json(try path("Commander", "Rival", "--all", "--limit", "1", "--format", "json"))
        #expect((report["paths"] as? [Any])?.count == 1)
        #expect(report["complete"] as? Bool == false)
    }

    // MARK: Drawing the paths

    @Test func renderDrawsAnSVGAndStillPrintsThePath() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("path", "world.ag", "cmdr", "patron", "--render", "path.svg")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == "Commander -commands-> Brigade -part-of-> Movement -funded-by-> Patron\n")
        let svg = String(decoding: try #require(workspace.contents("path.svg")), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Umbrella"), "the whole graph is drawn, the path picked out")
    }

    @Test func renderToHighlightsThePathOverTheWholeGraph() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("path", "world.ag", "cmdr", "patron", "--render", "path.dot")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let dot = try dotText("path.dot", in: workspace)
        #expect(nodeLabels(inDOT: dot).count == 13)
        let bold = dot.split(separator: "\n").filter { $0.contains("[label=") && $0.contains("\"penwidth\"=\"3\"") }
        #expect(bold.flatMap { nodeLabels(inDOT: String($0)) } == ["Commander", "Brigade", "Movement", "Patron"])
        #expect(dot.split(separator: "\n").filter { $0.contains("->") && $0.contains("\"penwidth\"=\"3\"") }.count == 3)
    }

    @Test func onlyPathDrawsJustThePathsActors() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("path", "world.ag", "cmdr", "patron", "--render", "path.dot", "--only-path")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let dot = try dotText("path.dot", in: workspace)
        #expect(nodeLabels(inDOT: dot) == ["Commander", "Brigade", "Movement", "Patron"])
        #expect(dot.split(separator: "\n").filter { $0.contains(" -> ") }.count == 3)
    }

    // MARK: Errors

    @Test func anUnknownActorExitsWithOneNamingTheNearest() throws {
        let outcome = try path("Comander", "Patron")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("error: no actor matches 'Comander'"))
        #expect(outcome.stderr.contains("nearest: Commander (cmdr)"))
    }

    @Test func anUnknownAvoidedActorExitsWithOne() throws {
        let outcome = try path("Commander", "Patron", "--avoid", "Nobody")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no actor matches 'Nobody'"))
    }

    @Test func anUnknownViaTypeExitsWithOneAndSuggests() throws {
        let outcome = try path("Commander", "Patron", "--via", "comands")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("error: --via: unknown relation type 'comands'; did you mean 'commands'?"))
    }

    @Test func anUnknownThroughKindExitsWithOneAndSuggests() throws {
        let outcome = try path("Commander", "Patron", "--through-kind", "evnt")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error: --through-kind: unknown kind 'evnt'; did you mean 'event'?"))
    }

    @Test(arguments: [
        (["cmdr", "patron", "--every"], "--every needs --max-hops"),
        (["cmdr", "patron", "--all", "--k", "2"], "choose one of --all, --k and --every"),
        (["cmdr", "patron", "--all", "--every", "--max-hops", "3"], "choose one of --all, --k and --every"),
        (["cmdr"], "give one or more .ag files, then FROM and TO"),
        (["cmdr", "patron", "--only-path"], "--only-path goes with --render"),
        (["cmdr", "patron", "--render", "out.gif"], "cannot tell the format of --render 'out.gif'"),
        (["cmdr", "patron", "--max-hops", "3"], "--max-hops goes with --every"),
        (["cmdr", "patron", "--k", "0"], "--k takes a number of paths, 1 or more"),
        (["cmdr", "patron", "--every", "--max-hops", "3", "--limit", "0"], "--limit takes a number of paths"),
        (["cmdr", "patron", "--format", "xml"], "Please provide one of 'text' and 'json'"),
    ])
    func badUsageExitsWithTwo(_ arguments: [String], _ message: String) throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run(["path", "world.ag"] + arguments)
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(message), "stderr: \(outcome.stderr)")
        #expect(workspace.contents("out.gif") == nil)
    }

    @Test func helpHasExamples() throws {
        let outcome = try Workspace().run("path", "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func deniedRelationsAreNoPathAndTheAnswerSaysHowManyItLeftOut() throws {
        let workspace = try DeniedFixture.workspace()
        let left = try workspace.run("path", "denied.ag", "a", "b")
        #expect(left.status == 0, "\(left.stderr)")
        #expect(left.text == """
        no path from A to B with these options
        2 denied relations left out; --include-denied to count them

        """)
        let included = try workspace.run("path", "denied.ag", "a", "b", "--include-denied")
        #expect(included.text == "A -member-of [denied by A]-> H <-member-of- B\n")
        let viaCommands = try workspace.run("path", "denied.ag", "g", "b", "--via", "part-of,member-of,commands")
        #expect(viaCommands.text == "G -part-of-> H <-member-of- B\n2 denied relations left out; --include-denied to count them\n")
        let json = try workspace.run("path", "denied.ag", "a", "b", "--format", "json")
        #expect(json.text.contains("\"deniedLeftOut\" : 2"))
    }
}
