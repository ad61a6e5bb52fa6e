import Testing
@testable import ActorGraph

struct GraphCompilerTests {
    @Test func filesGivenTogetherFormOneGraph() throws {
        let result = GraphCompiler.compile([try fixture("events.ag"), try fixture("catalogue.ag")])
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))")
        let graph = try #require(result.graph)
        #expect(graph.entities.count == 7)
        #expect(graph.relations.count == 7)
        let strike = try #require(graph.entity(id: "strike"))
        #expect(graph.kind(of: strike).name == "event")
        #expect(graph.kind(of: strike).style.shape.name == "note")
        let blames = try #require(graph.relations.first { graph.type(of: graph.relations.firstIndex(of: $0)!).name == "blames" })
        #expect(graph.entities[blames.subject].id == "nujaba")
    }

    @Test func entitiesKeepNamesAliasesAndAttributesInOrder() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("catalogue.ag")]).graph)
        let nujaba = graph.entities[try #require(graph.entity(id: "nujaba"))]
        #expect(nujaba.name == "Harakat al-Nujaba")
        #expect(nujaba.aliases == ["Al Nujaba", "al-Nujaba'a", "حركة النجباء"])
        #expect(graph.entities[graph.entity(id: "abu-taqwa")!].aliases == ["Abu Taqwa", "Abu Taqua"])
        #expect(graph.resolve("حركة النجباء") == graph.entity(id: "nujaba"))
    }

    @Test func multiLineAttributeListsAreRead() throws {
        let graph = try #require(GraphCompiler.compile([try fixture("catalogue.ag"), try fixture("events.ag")]).graph)
        let attack = try #require(graph.relations.first { $0.attributes[key: "weapon"] != nil })
        #expect(attack.attributes == [Attribute("date", "2024-01-04"), Attribute("weapon", "drone")])
    }

    @Test func everyErrorInAFileIsReportedInOrder() throws {
        let result = GraphCompiler.compile([try fixture("errors.ag")])
        #expect(result.graph == nil)
        let places = result.diagnostics.filter { $0.severity == .error }.map { [$0.location!.line, $0.location!.column] }
        #expect(places == [[3, 8], [4, 5], [5, 14], [6, 16], [7, 20], [7, 30]])
        #expect(result.diagnostics.allSatisfy { $0.location?.path.hasSuffix("errors.ag") == true })
    }

    @Test func declarationsMayFollowTheirUse() throws {
        let graph = try graph("""
        a attacked b
        event a
        kind event
        person b
        """)
        #expect(graph.relations.count == 1)
    }

    @Test func stringEscapesAreDecoded() throws {
        let graph = try graph(#"""
        person a "Say \"hi\"\\ \u{627}\u{1F600}\tend" aka "line\nbreak"
        a attacked a
        """#)
        #expect(graph.entities[0].name == "Say \"hi\"\\ ا😀\tend")
        #expect(graph.entities[0].aliases == ["line\nbreak"])
    }

    @Test func builtInKindsMayBeRestyled() throws {
        let graph = try graph("""
        kind person [shape: "box3d", fill: "#ffeeee"]
        relation commands [color: "red", style: "dotted"]
        person a
        a commands a
        """)
        #expect(graph.kind(of: 0).style.shape.name == "box3d")
        #expect(graph.kind(of: 0).style.fill?.name == "#ffeeee")
        #expect(graph.type(of: 0).style.line == .dotted)
        #expect(graph.type(of: 0).subjects == .kinds(["person", "group"]))
        #expect(graph.type(of: 0).role == .command)
    }

    @Test func declaredRelationTypesCheckTheirEnds() throws {
        let result = compile("""
        kind place
        relation located-in [from: any, to: place|state]
        place baghdad
        person a
        a located-in baghdad
        baghdad located-in a
        """)
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first?.location?.line == 6)
        #expect(result.diagnostics.first?.message.contains("to be place|state") == true)
    }

    @Test func anAttributeListMayStartTheNextLine() throws {
        let graph = try graph("""
        person a "A" aka "Alpha",
                         "Alef"
                 # a comment between
                 [role: "x"]
        a attacked a
        """)
        #expect(graph.entities[0].aliases == ["Alpha", "Alef"])
        #expect(graph.entities[0].attributes == [Attribute("role", "x")])
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let graph = try graph("person a \"A\"\r\nperson b\r\na attacked b\r\n")
        #expect(graph.entities.map(\.name) == ["A", "b"])
    }

    /// The ids of the unused-entity warnings for `files`, checked together.
    func unused(_ files: [(String, String)], everyOne: Bool = false) -> [String] {
        let sources = files.map { SourceFile(path: $0.0, text: $0.1) }
        return GraphCompiler.compile(sources, warnsAboutEveryUnusedEntity: everyOne).diagnostics
            .filter { $0.id == .unusedEntity }.map { "\($0.location!.path):\($0.location!.line)" }
    }

    @Test func aClaimantIsUsed() {
        #expect(unused([("t.ag", "group a\ngroup b\ngroup c\na attacked b [by: c, status: alleged]")]).isEmpty)
    }

    @Test func aCatalogueIsNotWarnedAboutUnlessAsked() {
        let catalogue = ("catalogue.ag", "group a\ngroup b\ngroup c")
        let event = ("event.ag", "group d\ngroup e\na attacked b")
        #expect(unused([catalogue, event]) == ["event.ag:1", "event.ag:2"])
        #expect(unused([catalogue, event], everyOne: true) == ["catalogue.ag:3", "event.ag:1", "event.ag:2"])
        #expect(unused([catalogue]).isEmpty)
    }

    @Test func actorsOfAStatementThatFailedAreNotWarnedAbout() {
        let text = """
        group a
        group b
        group c
        group d
        group e
        group f
        group g
        a attacked b c
        a attacked d, x
        a "attacked" e
        a attacked a [by: f, status: allegd]
        a attacked a [by: g
        """
        let result = GraphCompiler.compile([SourceFile(path: "t.ag", text: text)])
        #expect(result.warningCount == 0, "\(TextDiagnosticFormatter().format(result.diagnostics))")
        #expect(result.errorCount == 5)
    }

    @Test func emptyInputIsAnEmptyGraph() throws {
        let graph = try graph("# nothing here\n\n")
        #expect(graph.entities.isEmpty)
    }
}
