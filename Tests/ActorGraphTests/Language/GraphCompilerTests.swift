import Foundation
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
        #expect(graph.type(of: 0).subjects == .actor)
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

    // MARK: Checked references

    static let referencing = """
    kind  event [refs: site]
    kind  place [refs: near]
    relation struck [refs: weapon]
    group nujaba "Harakat al-Nujaba" aka "al-Nujaba'a"
    person abu-taqwa "Mushtaq Talib al-Saidi" aka "Abu Taqwa"
    place baghdad "Baghdad" [near: "al nujabaa"]
    event strike "Baghdad strike" [site: baghdad]
    group drone-unit
    nujaba attacked abu-taqwa [event: strike, target: "ABU TAQWA", weapon: "a drone"]
    nujaba struck abu-taqwa [weapon: drone-unit, by: abu-taqwa, status: alleged]

    """

    /// The value of `key` on relation `relation` and the id of the entity it names.
    func named(_ graph: Graph, relation: Int, _ key: String) -> String? {
        graph.relations[relation].attributes.first { $0.key == key }?.values.first?.entity.map { graph.entities[$0].id }
    }

    @Test func referenceKeysNameEntitiesByIdOrByNameAndAlias() throws {
        let graph = try graph(Self.referencing)
        #expect(named(graph, relation: 0, "event") == "strike")
        #expect(named(graph, relation: 0, "target") == "abu-taqwa")
        let strike = graph.entities[try #require(graph.entity(id: "strike"))]
        #expect(strike.attributes[0].values[0].entity == graph.entity(id: "baghdad"))
        let baghdad = graph.entities[try #require(graph.entity(id: "baghdad"))]
        #expect(baghdad.attributes[0].values[0].entity == graph.entity(id: "nujaba"))
    }

    @Test func onlyBuiltInAndDeclaredKeysAreReferences() throws {
        let graph = try graph(Self.referencing)
        // `weapon` is a reference on `struck`, not on `attacked`; `by` on a relation names claimants, not an attribute.
        #expect(graph.relations[0].attributes.first { $0.key == "weapon" }?.values[0].entity == nil)
        #expect(named(graph, relation: 1, "weapon") == "drone-unit")
        #expect(graph.relations[1].claimants.isEmpty == false)
    }

    @Test func anEntityNamedOnlyByAReferenceIsUsed() {
        #expect(unused([("t.ag", "kind event\ngroup a\nevent e\na attacked a [event: e]")]).isEmpty)
    }

    @Test func anUnknownReferenceIsAnErrorWithDidYouMeanAndAFixIt() throws {
        let text = "kind event\nevent strike-baghdad \"Baghdad strike\"\ngroup a\na attacked a [event: strike-bagdad]"
        expectDiagnostic(text, .error, line: 4, column: 22, "'event:' names an entity, but no entity has the id, name or alias \"strike-bagdad\"; did you mean 'strike-baghdad'")
        let diagnostic = try #require(compile(text).diagnostics.first { $0.id == .unknownReference })
        #expect(diagnostic.fixIts.first?.replacement == "strike-baghdad")
        expectDiagnostic("group a\na attacked a [place: \"Bagdad\"]", .error, line: 2, column: 22, "or give plain text another key")
    }

    @Test func aReferenceOnAnEntityIsCheckedToo() {
        expectDiagnostic("kind event\ngroup a \"A\"\nevent e [target: \"B\"]\na attacked e", .error, line: 3, column: 18, "no entity has the id, name or alias \"B\"")
    }

    @Test(arguments: [
        ("kind event [refs: date]", 19, "'date:' holds a date, so it cannot name entities"),
        ("kind event [refs: src]", 19, "holds citations"),
        ("relation hit [refs: status]", 21, "holds a claim status"),
        ("kind event [refs: \"site\"]", 19, "an attribute key is a bare word"),
        ("relation hit [refs: a, b]", 24, "'refs:' takes attribute keys joined by '|'"),
    ])
    func refsTakesAttributeKeys(text: String, column: Int, message: String) {
        expectDiagnostic(text, .error, line: 1, column: column, message)
        #expect(compile(text).diagnostics.allSatisfy { $0.id == .invalidReferenceKey })
    }

    @Test func theStrikeGraphsReferencesResolve() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let files = try ["catalogue.ag", "baghdad-2024-01-04.ag"].map { try SourceFile.read(path: root.appendingPathComponent("Graphs/\($0)").path) }
        let graph = try #require(GraphCompiler.compile(files).graph)
        let references = graph.relations.flatMap(\.attributes).filter { $0.key == "event" || $0.key == "target" }.flatMap(\.values)
        #expect(!references.isEmpty && references.allSatisfy { $0.entity != nil })
        let strike = graph.entities[try #require(graph.entity(id: "strike-baghdad"))]
        #expect(strike.attributes.first { $0.key == "used-by" }?.values.first?.entity == graph.entity(id: "nujaba"))
    }
}
