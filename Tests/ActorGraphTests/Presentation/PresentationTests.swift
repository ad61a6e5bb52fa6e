import ActorGraph
import Testing

struct PresentationTests {
    let graph: Graph

    init() throws {
        graph = try #require(compile("""
        relation inside [from: group, to: group, role: containment]
        source r0 "Wire" [reliability: B]
        group cell "Cell"
        group front "Front"
        group army "Army"
        person ryder "Ryder"
        cell inside front [src: r0 "inside the front" 2]
        army attacked front [status: alleged, by: ryder, date: 2024-01-04, src: r0]
        ryder member-of army [status: denied, by: army, src: r0]
        """).graph)
    }

    @Test func aLabelNamesTheClaimantAndTheTime() {
        let attack = Presentation(graph.view).relation(1)
        #expect(attack.label == ["attacked · alleged by Ryder", "2024-01-04"])
        #expect(attack.assertion == .contested)
        #expect(attack.appearance.line == .dashed)
        #expect(attack.evidence == ["alleged by Ryder", "when: 2024-01-04", "source: r0 (B) — Wire"])
    }

    @Test func aDenialIsDottedWithABar() {
        let denial = Presentation(graph.view).relation(2)
        #expect(denial.assertion == .denied)
        #expect(denial.appearance.line == .dotted && denial.appearance.arrowhead == .tee)
    }

    @Test func highlightsPickOutAndFade() {
        let presentation = Presentation(graph.view, highlight: Highlight(entities: [0], relations: [0]))
        #expect(presentation.entity(0).appearance.emphasis == .highlighted)
        #expect(presentation.entity(0).appearance.weight == 3)
        #expect(presentation.entity(1).appearance.emphasis == .faded)
        #expect(presentation.relation(1).appearance.emphasis == .faded)
        #expect(!presentation.isPlain(relation: 0))
    }

    @Test func containmentFollowsTheRoleNotTheName() {
        let tree = Presentation(graph.view).containment
        #expect(tree.parent == [1, -1, -1, -1])
        #expect(tree.children[1] == [0])
    }

    @Test func theLegendShowsWhatTheViewHolds() {
        let legend = Presentation(graph.view).legend
        #expect(legend.kinds.map(\.name) == ["person", "group"])
        #expect(legend.relationTypes.map(\.name) == ["member-of", "attacked", "inside"])
        #expect(legend.statuses.map(\.name) == ["alleged", "denied"])
        let firmOnly = Presentation(graph.filtered(by: EvidenceFilter(minimumStatus: .reported))).legend
        #expect(firmOnly.statuses.isEmpty && firmOnly.relationTypes.map(\.name) == ["inside"])
    }

    @Test func colorsBecomeCSSPaint() {
        #expect(Color("gray40")?.css() == "#666666")
        #expect(Color("#AABBCCDD")?.css() == "#aabbcc")
        #expect(Color("red3")?.css() == "red")
        #expect(Color("lightgoldenrod2")?.css(fallback: "#000") == "#000")
        #expect(Color("not a colour") == nil)
    }

    /// A value's citation is shown with its quoted words and grades, and a
    /// relation cited only through its values is not called uncited.
    @Test func valueCitationsAreWordedInFullAndCountAsSources() throws {
        let cited = try #require(compile("""
            source s1 "T" [reliability: A]
            group a "A"
            a attacked a [killed: 3 [src: s1 "three killed" 2]]
            """).graph)
        let evidence = EvidenceText.relation(0, in: cited.view)
        #expect(evidence.contains(#"killed: 3 (s1 "three killed" (A2))"#))
        #expect(!evidence.contains("no source cited"))
    }

    /// A value naming an entity by its id gives the entity's name beside it.
    @Test func aReferenceByIdIsShownWithTheEntitysName() throws {
        let graph = try #require(compile("""
            kind event
            event strike "Baghdad strike"
            group a "A"
            a attacked a [event: strike, target: "A"]
            """).graph)
        let evidence = EvidenceText.relation(0, in: graph.view)
        #expect(evidence.contains(#"event: strike "Baghdad strike""#))
        #expect(evidence.contains("target: A"))
    }

    /// A value's claim comes first in its parentheses, before its sources,
    /// in the words a relation's claim uses.
    @Test func aValuesClaimIsWordedBeforeItsCitations() throws {
        let graph = try ActorGraphTests.graph(EvidenceChecksTests.valueClaims)
        let maker = try #require(graph.entity(id: "maker"))
        #expect(EvidenceText.entity(maker, in: graph.view).contains("made-in: iran (assessed by US military; r0)"))
        #expect(EvidenceText.relation(0, in: graph.view).contains("killed: 3 (r0) / 2 (alleged; r0)"))
    }
}
