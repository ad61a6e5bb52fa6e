import Testing

struct RenderCommandTests {
    @Test(arguments: [("out.svg", Array("<?xml".utf8)), ("out.png", [0x89, 0x50, 0x4E, 0x47]), ("OUT.PDF", Array("%PDF".utf8))])
    func formatComesFromTheExtension(_ name: String, _ magic: [UInt8]) throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("render", "catalogue.ag", "events.ag", "-o", name, "--legend")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try #require(workspace.contents(name)).starts(with: magic))
    }

    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func everyEngineRenders(_ engine: String) throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("render", "catalogue.ag", "events.ag", "-o", "out.svg", "--engine", engine)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = String(decoding: try #require(workspace.contents("out.svg")), as: UTF8.self)
        #expect(svg.contains("Harakat al&#45;Nujaba"))
    }

    @Test func formatFlagWritesToStandardOutput() throws {
        let outcome = try Workspace().run("render", "catalogue.ag", "events.ag", "--format", "svg", "-o", "-")
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("<svg"))
    }

    /// The command that aborted with a double free in Graphviz's dot teardown,
    /// where containment boxes put labelled edges between nodes of one rank.
    @Test(arguments: ["svg", "png", "pdf"])
    func strikeGraphWithClustersRenders(_ format: String) throws {
        let scratch = try Workspace(files: [:])
        let output = scratch.url.appendingPathComponent("strike.\(format)").path
        let outcome = try CLIRunner.run(
            ["render", "Graphs/catalogue.ag", "Graphs/baghdad-2024-01-04.ag", "--clusters", "-o", output],
            in: ReadmeExamplesTests.root
        )
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(scratch.contents("strike.\(format)")?.isEmpty == false)
    }

    @Test func inputErrorsWriteNoImage() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("render", "broken.ag", "-o", "out.svg")
        #expect(outcome.status == 1)
        #expect(workspace.contents("out.svg") == nil)
    }
}

// MARK: Drawing part of the graph (over QueryFixture's graph)

extension RenderCommandTests {
    @Test func focusDrawsOnlyTheNeighbourhood() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("render", "world.ag", "--focus", "brigade", "--radius", "1", "-o", "brigade.svg")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = String(decoding: try #require(workspace.contents("brigade.svg")), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 5)
        for name in ["Brigade", "Commander", "Fighter", "Movement", "Rival"] { #expect(svg.contains(">\(name)</text>")) }
        #expect(!svg.contains("Umbrella"))
    }

    @Test func onlyRelationsDrawsOnlyThoseRelations() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("render", "world.ag", "--only-relations", "funded-by", "-o", "funding.svg")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = String(decoding: try #require(workspace.contents("funding.svg")), as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 1)
    }

    @Test func focusOnAnUnknownActorWritesNothing() throws {
        let workspace = try QueryFixture.workspace()
        let outcome = try workspace.run("render", "world.ag", "--focus", "Nobody", "-o", "nobody.svg")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no actor matches 'Nobody'"))
        #expect(workspace.contents("nobody.svg") == nil)
    }
}
