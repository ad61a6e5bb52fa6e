import Testing
@testable import ActorGraph

struct MentionScoreTests {
    @Test func citedActorsAreEntitiesRelationEndsAndReferencedValuesThatCiteTheSource() throws {
        let graph = try graph("""
        kind event
        source r0 "a"
        source r1 "b"
        state iran "Iran" [src: r0]
        state iraq "Iraq"
        group pmf "Popular Mobilization Forces"
        person ryder "Pat Ryder"
        group hamas "Hamas" [src: r1]
        event strike "The strike" [target: pmf [by: ryder, src: r0]]
        iraq allied-with iran [src: r0]
        """)
        let id = { (index: Int) in graph.entities[index].id }
        #expect(Set(graph.entitiesCited(bySource: 0).map(id)) == ["iran", "iraq", "pmf", "strike"])
        let mentions = MentionFinder(graph: graph).mentions(in: "Iran and Hamas and the strike.")
        let score = MentionScore(graph: graph, source: 0, mentions: mentions)
        #expect(Set(score.cited.map(id)) == ["iran", "iraq", "pmf"])
        #expect(Set(score.hits.map(id)) == ["iran"] && Set(score.falseHits.map(id)) == ["hamas"])
        #expect(abs(score.recall - 1.0 / 3) < 1e-9 && score.precision == 0.5)
    }
}
