import ActorGraph
import Testing

/// Names that break careless writers, for the export tests of GEXF and
/// Mermaid: quotes, backslashes, markup, line breaks, right-to-left text,
/// emoji, a spreadsheet formula, control characters, and the special
/// tokens of XML, GEXF and Mermaid.
enum HostileGraph {
    static let names = [
        "He said \"stop\"", "C:\\path\\to\\", "two\nlines", "crlf\r\nend", "<b>&amp;</b> & <i>", "حركة النجباء", "emoji 😀",
        "=cmd|' /C calc'!A0", "tab\there", "bell\u{7}nul\u{0}", "line\u{2028}separator",
        // XML and GEXF
        "]]><!-- </gexf>", "\" xmlns:viz=\"x", "&#10;&lt;",
        // Mermaid
        "end", "o", "x", "--> n0", "#quot; #35;", "%%{init: {}}%%", "\"] --> n1[\"", "a|b", "`md`", "<br>", "x; click n0 call alert()",
    ]

    /// Group gN named `names[N]` with the alias `alias NAME` and a `note`
    /// holding the name; g0 attacked every other gN, alleged by g1, in
    /// January 2024, citing source r0 with the object's name as the quote
    /// (credibility 2).
    static func make() throws -> Graph {
        var builder = GraphBuilder()
        let group = try #require(builder.schema.kind(named: "group"))
        let added = builder.addSource(Source(id: "r0", title: "Wire <&>", reliability: .B))
        let source = try #require(added)
        for (index, name) in names.enumerated() {
            builder.addEntity(id: "g\(index)", kind: group, name: name, aliases: ["alias " + name], attributes: [Attribute("note", name)])
        }
        let month = try #require(PartialDate("2024-01"))
        for (index, name) in names.enumerated().dropFirst() {
            builder.addRelation(.id("g0"), "attacked", .id("g\(index)"), attributes: [Attribute("note", name)],
                                evidence: .init(status: .alleged, claimants: [.id("g1")], citations: [Citation(source: source, quote: name, credibility: 2)],
                                                time: .on(month)))
        }
        let (graph, issues) = builder.build()
        #expect(issues.isEmpty)
        return graph
    }
}
