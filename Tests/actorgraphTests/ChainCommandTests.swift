import Testing

/// `actorgraph chain` over ``QueryFixture``'s graph.
struct ChainCommandTests {
    /// Runs `actorgraph chain world.ag arguments...` in a fresh workspace.
    private func chain(_ arguments: String...) throws -> CLIRunner.Outcome {
        try QueryFixture.workspace().run(["chain", "world.ag"] + arguments)
    }

    static let brigadeUp = """
    Brigade (brigade)
      └ commanded by → Commander (cmdr)
      └ part-of → Movement (movement)
        └ part-of → Umbrella (umbrella)

    """

    @Test func upIsTheDefaultAndShowsCommandersAndUmbrellas() throws {
        let outcome = try chain("Brigade")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == Self.brigadeUp)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func upGivenExplicitlyIsTheSame() throws {
        #expect(try chain("brigade", "--up").text == Self.brigadeUp)
    }

    @Test func downFromTheCommanderShowsWhatItControls() throws {
        let outcome = try chain("Commander", "--down")
        #expect(outcome.status == 0)
        #expect(outcome.text == """
        Commander (cmdr)
          └ commands → Brigade (brigade)
            └ has member → Fighter (fighter)

        """)
    }

    @Test func downNamesPartsAndMembers() throws {
        #expect(try chain("umbrella", "--down").text == """
        Umbrella (umbrella)
          └ has part → Movement (movement)
            └ has part → Brigade (brigade)
              └ has member → Fighter (fighter)
          └ has part → League (league)

        """)
    }

    @Test func anActorAnsweringToNoOneIsTheRootAlone() throws {
        let outcome = try chain("cmdr")
        #expect(outcome.status == 0)
        #expect(outcome.text == "Commander (cmdr)\n")
    }

    @Test func aLoopIsMarkedWarnedAboutAndNotAnError() throws {
        let outcome = try chain("Cell A")
        #expect(outcome.status == 0)
        #expect(outcome.text == """
        Cell A (cell-a)
          └ part-of → Cell B (cell-b)
            └ part-of → Cell C (cell-c)
              └ part-of → Cell A (cell-a)  ↺ cycle: already above on this branch

        """)
        #expect(outcome.stderr.contains("warning: the hierarchy loops back on itself"))
    }

    @Test func anActorReachedTwiceIsExpandedOnce() throws {
        let workspace = try Workspace(files: ["diamond.ag": """
            group a "A"
            group b "B"
            group c "C"
            group d "D"
            a part-of b
            a part-of c
            b part-of d
            c part-of d
            """])
        let outcome = try workspace.run("chain", "diamond.ag", "a")
        #expect(outcome.status == 0)
        #expect(outcome.text == """
        A (a)
          └ part-of → B (b)
            └ part-of → D (d)
          └ part-of → C (c)
            └ part-of → D (d)  (shown above)

        """)
        #expect(outcome.stderr.isEmpty, "a diamond is not a loop")
    }

    @Test func upAndDownTogetherExitWithTwo() throws {
        let outcome = try chain("brigade", "--up", "--down")
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("choose --up or --down, not both"))
    }

    @Test func anUnknownActorExitsWithOne() throws {
        let outcome = try chain("Brigadier")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("no actor matches 'Brigadier'"))
    }

    @Test func noActorExitsWithTwo() throws {
        let outcome = try chain()
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("give one or more .ag files, then the actor"))
    }

    @Test func helpHasExamples() throws {
        let outcome = try Workspace().run("chain", "--help")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("Examples:"))
    }

    @Test func aDenialIsNotFollowedUnlessIncluded() throws {
        let workspace = try DeniedFixture.workspace()
        let left = try workspace.run("chain", "denied.ag", "g")
        #expect(left.status == 0, "\(left.stderr)")
        #expect(left.text == """
        G (g)
          └ part-of → H (h)
        1 denied relation left out; --include-denied to count them

        """)
        let included = try workspace.run("chain", "denied.ag", "g", "--include-denied")
        #expect(included.text == """
        G (g)
          └ commanded by → A (a)  [denied by A]
            └ member-of → H (h)  [denied by A]
          └ part-of → H (h)  (shown above)

        """)
    }
}
