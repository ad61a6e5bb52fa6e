@testable import ActorGraph
import Testing

/// Merging actors that `same-as` relations join, over a small graph with
/// known answers:
///
///     nujaba <-commands- abu -same-as (alleged)- mushtaq -member-of-> kh -funded-by-> iran
///     saidi -same-as (confirmed)- mushtaq        ghost -same-as (denied)- kh
struct IdentityMergeTests {
    private static let text = """
    source r3 "Three"
    person abu "Abu Taqwa" aka "أبو تقوى" [lang: ar, src: r3]
    person mushtaq "Mushtaq Talib al-Saidi"
    person saidi "al-Saidi"
    group nujaba "Nujaba"
    group kh "Kataib Hezbollah"
    group ghost "Ghost"
    state iran "Iran"
    state iraq "Iraq"
    abu commands nujaba
    mushtaq member-of kh
    kh funded-by iran
    abu same-as mushtaq [status: alleged, by: iraq, src: r3]
    saidi same-as mushtaq [status: confirmed]
    ghost same-as kh [status: denied, by: kh]
    """

    private func graph() throws -> Graph {
        let result = GraphCompiler.compile([SourceFile(path: "m.ag", text: Self.text)])
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))")
        return try #require(result.graph)
    }

    @Test func allegedMergesTheThreeNamesIntoTheFirstDeclared() throws {
        let graph = try graph()
        let merge = IdentityMerge(graph.view, atLeast: .alleged)
        let abu = try graph.entity(named: "abu")
        #expect(merge.representative[try graph.entity(named: "mushtaq")] == abu)
        #expect(merge.representative[try graph.entity(named: "saidi")] == abu)
        #expect(merge.view.graph.entities[abu].name == "Abu Taqwa (= Mushtaq Talib al-Saidi, al-Saidi)")
        #expect(merge.links.map { graph.relations[$0].status } == [.alleged, .confirmed])
        #expect(merge.view.entityCount == graph.entities.count - 2)
    }

    @Test func aFirmerThresholdMergesOnlyTheFirmerIdentities() throws {
        let graph = try graph()
        let merge = IdentityMerge(graph.view, atLeast: .confirmed)
        #expect(merge.representative[try graph.entity(named: "saidi")] == (try graph.entity(named: "mushtaq")))
        #expect(merge.representative[try graph.entity(named: "abu")] == (try graph.entity(named: "abu")))
    }

    @Test func aDeniedIdentityNeverMerges() throws {
        let graph = try graph()
        let merge = IdentityMerge(graph.view, atLeast: .denied)
        let ghost = try graph.entity(named: "ghost")
        #expect(merge.representative[ghost] == ghost)
        #expect(merge.links.count == 2)
    }

    @Test func anyNameOfAMergedActorFindsItsRepresentative() throws {
        let graph = try graph()
        let merged = IdentityMerge(graph.view, atLeast: .alleged).view
        let abu = try graph.entity(named: "abu")
        #expect(try merged.entity(named: "mushtaq") == abu)
        #expect(try merged.entity(named: "al-Saidi") == abu)
        #expect(try merged.entity(named: "أبو تقوى") == abu)
    }

    @Test func thePathRunsThroughTheMergedActorWithoutTheSameAsHop() throws {
        let graph = try graph()
        var plain = PathFinder(view: graph.view)
        let before = try #require(plain.shortestPath(from: try graph.entity(named: "nujaba"), to: try graph.entity(named: "iran")))
        #expect(before.length == 4)
        let merged = IdentityMerge(graph.view, atLeast: .alleged).view
        var finder = PathFinder(view: merged)
        let after = try #require(finder.shortestPath(from: try merged.entity(named: "nujaba"), to: try merged.entity(named: "iran")))
        #expect(after.length == 3)
        #expect(after.chain(in: merged) == "Nujaba <-commands- Abu Taqwa (= Mushtaq Talib al-Saidi, al-Saidi) -member-of-> Kataib Hezbollah -funded-by-> Iran")
    }

    @Test func neighboursAndRanksCountTheMergedActorOnce() throws {
        let graph = try graph()
        let merged = IdentityMerge(graph.view, atLeast: .alleged).view
        let abu = try graph.entity(named: "abu")
        #expect(Set(merged.neighborhood(of: abu, radius: 1).map(\.entity)) == [abu, try graph.entity(named: "nujaba"), try graph.entity(named: "kh")])
        #expect(Centrality.ranking(Centrality.degree(merged), in: merged).first == abu)
        #expect(Centrality.degree(merged)[abu] == 2)
    }

    @Test func theNoteSaysWhichActorsAreOneAndOnWhoseWord() throws {
        let merge = IdentityMerge(try graph().view, atLeast: .alleged)
        #expect(merge.note == """
        identities merged (same-as alleged or firmer):
          Abu Taqwa = Mushtaq Talib al-Saidi: alleged by Iraq (r3)
          al-Saidi = Mushtaq Talib al-Saidi: confirmed

        """)
    }

    @Test func withoutIdentitiesTheViewIsTheOriginal() throws {
        let graph = try GraphCompiler.compile([SourceFile(path: "p.ag", text: "group a\ngroup b\na allied-with b")]).graph.map { $0 }
        let merge = IdentityMerge(try #require(graph).view, atLeast: .alleged)
        #expect(merge.links.isEmpty)
        #expect(merge.note.isEmpty)
        #expect(merge.view.entityCount == 2)
    }
}
