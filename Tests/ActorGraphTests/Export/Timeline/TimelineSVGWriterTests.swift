import Foundation
import Testing
@testable import ActorGraph

struct TimelineSVGWriterTests {
    private func evidenceGraph() throws -> Graph {
        try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph)
    }

    private func svg(_ graph: Graph, title: String? = nil) -> String {
        TimelineSVGWriter().write(graph.view, title: title)
    }

    /// The `<g class="entry ...">` rows, in order.
    private func rows(_ root: XMLTreeElement) -> [XMLTreeElement] {
        root.descendants.filter { $0.name == "g" && ($0.attributes["class"] ?? "").hasPrefix("entry") }
    }

    /// The mark on the axis: the circle or the bar (not the row-wide hover area).
    private func mark(_ row: XMLTreeElement) throws -> XMLTreeElement {
        try #require(row.children.first { $0.name == "circle" || ($0.name == "rect" && $0.attributes["fill-opacity"] == nil) })
    }

    /// The relation's text: the second `<text>` of the row (the first is the date).
    private func sentence(_ row: XMLTreeElement) throws -> XMLTreeElement {
        let texts = row.children(named: "text")
        try #require(texts.count == 2)
        return texts[1]
    }

    @Test func fixtureIsAnSVGDocumentWithOneRowPerEntryInOrder() throws {
        let graph = try evidenceGraph()
        let text = svg(graph)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg "))
        let root = try XMLTree.parse(text)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["version"] == "1.1")
        #expect(root.attributes["font-family"] == "Liberation Sans, Arial, sans-serif")
        let rows = rows(root)
        #expect(rows.count == 4)
        #expect(rows.map { $0.attributes["class"] } == ["entry reported", "entry denied", "entry confirmed", "entry alleged"])
        #expect(rows.map { $0.children(named: "text").first?.allText } == ["from 2019", "2023-12 – 2024-01", "2024-01-04", "2024-01-04"])
        #expect(try rows.map { try sentence($0).allText } == [
            "Pat Ryder -member-of-> United States",
            "Iraqi Army -attacked-> US-led coalition (denied by US-led coalition)",
            "United States -attacked-> Harakat al-Nujaba (confirmed by Pat Ryder)",
            "US-led coalition -attacked-> Harakat al-Nujaba (alleged by Iraqi Army)",
        ])
        // Rows are 28 px apart, one below the other.
        let ys = try rows.map { try #require(Int(try sentence($0).attributes["y"] ?? "")) }
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 == 28 })
    }

    @Test func eventsAreDotsAndSpansAreBars() throws {
        let rows = rows(try XMLTree.parse(svg(try evidenceGraph())))
        #expect(try rows.map { try mark($0).name } == ["rect", "rect", "circle", "circle"])
    }

    @Test func eachRowCarriesItsEvidenceAsATooltip() throws {
        let rows = rows(try XMLTree.parse(svg(try evidenceGraph())))
        #expect(rows.map { $0.children.first?.name } == ["title", "title", "title", "title"])
        #expect(rows.map { $0.children(named: "title").first?.text } == [
            "when: from 2019\nsource: r001 (C) — Second wire",
            "denied by US-led coalition\nwhen: 2023-12 – 2024-01\nno source cited",
            "confirmed by Pat Ryder\nwhen: 2024-01-04\nsource: r000 \"its forces\" (B1) — Wire report\nsource: r001 (C) — Second wire",
            "alleged by Iraqi Army\nwhen: 2024-01-04\nsource: r000 \"coalition forces responsible\" (B) — Wire report",
        ])
    }

    @Test func claimsAndDenialsAreDrawnDifferentlyFromReports() throws {
        let rows = rows(try XMLTree.parse(svg(try evidenceGraph())))
        let reported = try mark(rows[0]), denied = try mark(rows[1]), confirmed = try mark(rows[2]), alleged = try mark(rows[3])
        // The type's colour: member-of is #8c6d31, attacked #c62828.
        #expect(reported.attributes["fill"] == "#8c6d31")
        #expect(reported.attributes["stroke-dasharray"] == nil)
        #expect(confirmed.attributes["fill"] == "#c62828")
        #expect(alleged.attributes["fill"] == "white")
        #expect(alleged.attributes["stroke"] == "#c62828")
        #expect(alleged.attributes["stroke-dasharray"] == "3,2")
        #expect(denied.attributes["fill"] == "white")
        #expect(denied.attributes["stroke-dasharray"] == "1,2")
        #expect(try sentence(rows[3]).attributes["font-style"] == "italic")
        #expect(try sentence(rows[1]).attributes["text-decoration"] == "line-through")
        #expect(try sentence(rows[0]).attributes["font-style"] == nil)
        #expect(try sentence(rows[0]).attributes["text-decoration"] == nil)
        #expect(try sentence(rows[2]).attributes["text-decoration"] == nil)
        let typeColors = try rows.map { try sentence($0).children(named: "tspan").first?.attributes["fill"] }
        #expect(typeColors == ["#8c6d31", "#c62828", "#c62828", "#c62828"])
    }

    @Test func hostileTextIsEscapedAndControlCharactersDropped() throws {
        let hostile = "<b>&amp; \"Evil\" 'Co'</b>\u{1}\u{7}\u{1B}]]>\u{7F}"
        let clean = "<b>&amp; \"Evil\" 'Co'</b>]]>"
        var builder = GraphBuilder()
        let group = try #require(builder.schema.kind(named: "group"))
        builder.addEntity(id: "a", kind: group, name: hostile)
        builder.addEntity(id: "b", kind: group, name: "Tab\there")
        let added = builder.addSource(Source(id: "r000", title: "</title><script>alert(1)</script>"))
        let source = try #require(added)
        builder.addRelation(.id("a"), "attacked", .id("b"),
                            evidence: .init(status: .alleged, claimants: [.id("a")], citations: [Citation(source: source, quote: "\"&<\u{0}")],
                                            time: .on(PartialDate("2024-01-04")!)))
        let (graph, issues) = builder.build()
        #expect(issues.isEmpty)
        let text = svg(graph, title: "Title & <co> \u{2}")
        #expect(!text.contains("<b>"))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("\u{1}") && !text.contains("\u{0}") && !text.contains("\u{7F}"))
        #expect(text.contains("&lt;b&gt;&amp;amp; &quot;Evil&quot; &apos;Co&apos;&lt;/b&gt;]]&gt;"))
        let root = try XMLTree.parse(text)
        #expect(root.children(named: "title").first?.text == "Title & <co> ")
        let row = try #require(rows(root).first)
        #expect(try sentence(row).allText == "\(clean) -attacked-> Tab\there (alleged by \(clean))")
        #expect(row.children(named: "title").first?.text.hasSuffix("source: r000 \"\"&<\" — </title><script>alert(1)</script>") == true)
        #expect(root.descendants.filter { $0.name == "script" || $0.name == "b" }.isEmpty)
    }

    @Test func outputIsDeterministic() throws {
        let first = svg(try evidenceGraph(), title: "Strike")
        let second = svg(try evidenceGraph(), title: "Strike")
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test func anEmptyTimelineIsAValidDocumentSayingSo() throws {
        let graph = try graph("""
        group a
        group b
        a attacked b
        """)
        let root = try XMLTree.parse(svg(graph))
        #expect(rows(root).isEmpty)
        #expect(root.allText.contains("no dated relations"))
        #expect(Int(root.attributes["height"] ?? "") == 20 + 28 + 20)
    }

    @Test func theSizeFollowsTheRowsAndTheLongestLine() throws {
        let short = try graph("""
        group a
        group b
        a attacked b [date: 2024-01-04]
        """)
        let long = try graph("""
        group a "An actor with a considerably longer name than the other"
        group b
        a attacked b [date: 2024-01-04]
        b attacked a [date: 2024-01-05]
        """)
        let shortRoot = try XMLTree.parse(svg(short)), longRoot = try XMLTree.parse(svg(long))
        let shortWidth: Int = try #require(Int(shortRoot.attributes["width"] ?? ""))
        let longWidth: Int = try #require(Int(longRoot.attributes["width"] ?? ""))
        // About 7.5 px for each of the 54 more characters.
        #expect(longWidth - shortWidth == 405)
        #expect(Int(shortRoot.attributes["height"] ?? "") == 20 + 28 + 20)
        #expect(Int(longRoot.attributes["height"] ?? "") == 20 + 2 * 28 + 20)
        #expect(shortRoot.attributes["viewBox"] == "0 0 \(shortWidth) 68")
    }

    @Test func aTitleIsDrawnAboveTheRows() throws {
        let graph = try evidenceGraph()
        let root = try XMLTree.parse(svg(graph, title: "Baghdad"))
        #expect(root.children(named: "title").first?.text == "Baghdad")
        #expect(root.children(named: "text").first { $0.attributes["class"] == "title" }?.text == "Baghdad")
        let untitled = try XMLTree.parse(svg(graph))
        #expect(untitled.children(named: "text").isEmpty)
        #expect(Int(root.attributes["height"] ?? "")! - Int(untitled.attributes["height"] ?? "")! == 32)
    }

    @Test func graphvizColourNamesBecomeSVGColours() throws {
        let graph = try graph("""
        group a
        group b
        relation grey-type   [color: "gray40"]
        relation numbered    [color: "red3"]
        relation with-alpha  [color: "#11223344"]
        relation svg-name    [color: "SteelBlue"]
        relation x11-only    [color: "navyblue"]
        a grey-type b  [date: 2024-01-01]
        a numbered b   [date: 2024-01-02]
        a with-alpha b [date: 2024-01-03]
        a svg-name b   [date: 2024-01-04]
        a x11-only b   [date: 2024-01-05]
        """)
        let rows = rows(try XMLTree.parse(svg(graph)))
        #expect(try rows.map { try mark($0).attributes["fill"] } == ["#666666", "red", "#112233", "steelblue", "#424242"])
    }
}
