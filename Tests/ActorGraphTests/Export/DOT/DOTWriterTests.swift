import Testing
@testable import ActorGraph

struct DOTWriterTests {
    let graph: Graph

    init() throws {
        graph = try #require(compile("""
        kind event [shape: "note", color: "gray40"]
        state  us     "United States"
        group  pmf    "Popular Mobilization Forces"
        group  nujaba "Harakat \\"al\\" Nujaba"
        group  n12    "12th Brigade"
        person abu    "Abu Taqwa"
        event  strike "Strike"
        abu commands n12
        n12 part-of nujaba
        nujaba part-of pmf
        us attacked n12 [date: 2024-01-04, weapon: "drone"]
        us attacked strike
        nujaba allied-with pmf
        """).graph)
    }

    @Test func writesNodesInFileOrderAndEdgesByTypeWithGeneratedIDs() {
        let lines = DOTWriter().write(graph).split(separator: "\n").map(String.init)
        let nodes = lines.filter { $0.hasPrefix("  n") && !$0.hasPrefix("  node") && !$0.contains("->") }
        #expect(nodes.map { $0.split(separator: " ")[0] } == ["n0", "n1", "n2", "n3", "n4", "n5"])
        let edges = lines.filter { $0.contains("->") }
        #expect(edges.map { $0.split(separator: "[")[0].trimmingCharacters(in: .whitespaces) } ==
                ["n4 -> n3;", "n3 -> n2;", "n2 -> n1;", "n0 -> n3", "n0 -> n5;", "n2 -> n1;"])
    }

    @Test func isDeterministic() {
        let options = DrawingOptions(direction: .LR, legend: true, clusters: true, title: "t")
        #expect(DOTWriter(options: options).write(graph) == DOTWriter(options: options).write(graph))
    }

    @Test func drawsEachKindAndRelationTypeInItsStyle() {
        let dot = DOTWriter().write(graph)
        #expect(dot.contains(#"n5 [label="Strike", tooltip="strike (event)", "shape"="note", "color"="gray40""#))
        #expect(dot.contains(#"n0 [label="United States", tooltip="us (state)", "shape"="doubleoctagon""#))
        #expect(dot.contains(##"edge [label="attacked", "color"="#c62828""##))
        #expect(dot.contains(#"n0 -> n3 ["label"="attacked\n2024-01-04", "tooltip"="when: 2024-01-04\nweapon: drone"];"#))
        #expect(dot.contains(##"    edge [label="allied-with", "color"="#6a1b9a", "fontcolor"="#6a1b9a", "style"="solid", "arrowhead"="none", "dir"="none"];\##n    n2 -> n1;"##))
    }

    @Test func userTextOnlyAppearsQuoted() {
        #expect(DOTWriter().write(graph).contains(#"label="Harakat \"al\" Nujaba""#))
    }

    @Test func graphOptionsAreWrittenAfterTheDefaults() {
        let dot = DOTWriter(options: DrawingOptions(direction: .LR, title: "Baghdad", graphvizAttributes: [("splines", "ortho"), ("rankdir", "BT")])).write(graph)
        let graphLine = dot.split(separator: "\n")[1]
        #expect(graphLine.contains(#""rankdir"="LR", "label"="Baghdad", "splines"="ortho", "rankdir"="BT""#))
    }

    @Test func legendListsOnlyKindsAndTypesInUse() {
        let dot = DOTWriter(options: DrawingOptions(legend: true)).write(graph)
        #expect(dot.contains("subgraph \"cluster_legend\""))
        #expect(dot.contains(#""legend_kind_0" [label="person""#))
        #expect(dot.contains(#""legend_kind_3" [label="event""#))
        #expect(dot.contains(#"[label="attacked""#))
        #expect(!dot.contains(#"[label="funded-by""#))
        #expect(!DOTWriter().write(graph).contains("cluster_legend"))
    }

    @Test func clustersNestPartOfContainment() {
        let dot = DOTWriter(options: DrawingOptions(clusters: true)).write(graph)
        let lines = dot.split(separator: "\n").map(String.init)
        let outer = lines.firstIndex { $0.contains("subgraph \"cluster_1\"") }!
        let inner = lines.firstIndex { $0.contains("subgraph \"cluster_2\"") }!
        let brigade = lines.firstIndex { $0.contains("n3 [label=") }!
        #expect(outer < inner && inner < brigade)
        #expect(lines[brigade].hasPrefix("      n3"))
        #expect(lines.filter { $0.contains("[label=") && !$0.contains("->") && !$0.contains("graph [") && !$0.contains("edge [") }.count == graph.entities.count)
    }

    @Test func clustersSurviveAContainmentCycle() throws {
        let cyclic = try TestGraphs.partOfCycle()
        let dot = DOTWriter(options: DrawingOptions(clusters: true)).write(cyclic)
        let declarations = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for id in ["n0 [label", "n1 [label", "n2 [label"] {
            #expect(declarations.count { $0.hasPrefix(id) } == 1)
        }
        #expect(dot.components(separatedBy: "{").count == dot.components(separatedBy: "}").count)
    }

    @Test func highlightPicksOutAndFadesTheRest() {
        let dot = DOTWriter(options: DrawingOptions(highlight: Highlight(entities: [4, 3], relations: [0]))).write(graph)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("  n4 [") }!.hasSuffix(#", "penwidth"="3"];"#))
        #expect(lines.first { $0.hasPrefix("  n0 [") }!.contains(##""fillcolor"="#f6f6f6""##))
        #expect(lines.contains(#"    n4 -> n3 ["penwidth"="3"];"#))
        #expect(lines.contains(##"    n3 -> n2 ["color"="#dddddd", "fontcolor"="#c4c4c4"];"##))
    }

    @Test func centreHighlightLeavesTheRestAsUsual() {
        let dot = DOTWriter(options: DrawingOptions(highlight: .center(3))).write(graph)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("  n3 [") }!.hasSuffix(#", "penwidth"="3"];"#))
        #expect(!dot.contains("#f6f6f6") && !dot.contains("#dddddd"))
    }

    @Test func bytesMatchText() {
        #expect(String(decoding: DOTWriter().bytes(graph), as: UTF8.self) == DOTWriter().write(graph))
    }

    // MARK: Evidence

    private func evidenceDOT(legend: Bool = false) throws -> String {
        DOTWriter(options: DrawingOptions(legend: legend)).write(try #require(GraphCompiler.compile([try fixture("evidence.ag")]).graph))
    }

    @Test func statusChangesTheLineAndTheLabel() throws {
        let dot = try evidenceDOT()
        #expect(dot.contains(#"n0 -> n3 ["label"="attacked · confirmed by Pat Ryder\n2024-01-04", "style"="solid", "penwidth"="2.2""#))
        #expect(dot.contains(#"n1 -> n3 ["label"="attacked · alleged by Iraqi Army\n2024-01-04", "style"="dashed""#))
        #expect(dot.contains(#"n2 -> n1 ["label"="attacked · denied by US-led coalition\n2023-12 – 2024-01", "style"="dotted", "arrowhead"="tee""#))
    }

    @Test func tooltipsCarryClaimantsAndCitations() throws {
        let dot = try evidenceDOT()
        #expect(dot.contains(#""tooltip"="alleged by Iraqi Army\nwhen: 2024-01-04\nsource: r000 \"coalition forces responsible\" (B) — Wire report""#))
        #expect(dot.contains(#"killed: 3 (r000 \"At least three\" (B)) / 2 (r001 \"At least two\" (C2))\nweapon: drone (r000 (B))"#))
        #expect(dot.contains(#"tooltip="nujaba (group)\nsource: r000 (B) — Wire report""#))
    }

    @Test func legendExplainsTheStatusesInUse() throws {
        let dot = try evidenceDOT(legend: true)
        for status in ["confirmed", "alleged", "denied"] { #expect(dot.contains("legend_status_from_\(status)")) }
        #expect(!dot.contains("legend_status_from_claimed"))
        #expect(!dot.contains("legend_status_from_reported"))
    }
}
