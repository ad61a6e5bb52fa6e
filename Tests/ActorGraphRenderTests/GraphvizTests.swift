import ActorGraphRender
import Dispatch
import Foundation
import Synchronization
import Testing

/// A small graph with a cluster, edge labels and non-Latin text, so every engine
/// and format has text, shapes and edges to draw.
let sampleDOT = #"""
digraph Sample {
    graph [label="Actor graph", fontname="Liberation Sans"];
    node [shape=box, fontname="Liberation Sans"];
    edge [fontname="Liberation Sans"];
    subgraph cluster_workers {
        label="Workers";
        w1 [label="Worker 1"];
        w2 [label="حركة النجباء"];
    }
    supervisor [label="Supervisor\n(root)"];
    supervisor -> w1 [label="spawns"];
    supervisor -> w2 [label="spawns"];
    w1 -> w2 [label="tell"];
}
"""#

struct GraphvizTests {
    @Test(arguments: RenderFormat.allCases, GraphvizEngine.allCases)
    func rendersEveryFormatWithEveryEngine(format: RenderFormat, engine: GraphvizEngine) throws {
        let bytes = try Graphviz.render(dot: sampleDOT, format: format, engine: engine)
        switch format {
        case .svg:
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("<?xml"))
            #expect(text.contains("<svg"))
            #expect(text.contains("Supervisor"))
            #expect(text.contains("حركة النجباء"))
        case .png:
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        case .pdf:
            #expect(bytes.starts(with: Array("%PDF".utf8)))
        }
    }

    @Test func pngIsLargeEnoughToHoldDrawnText() throws {
        let bytes = try Graphviz.render(dot: sampleDOT, format: .png, engine: .dot)
        // Width and height are big-endian in the IHDR chunk right after the signature.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 100)
        #expect(height > 100)
        // Leaves the image for a person to look at; the test does not depend on it.
        try? Data(bytes).write(to: FileManager.default.temporaryDirectory.appendingPathComponent("ActorGraphRenderTests-sample.png"))
    }

    @Test func syntaxErrorIsAParseErrorQuotingGraphviz() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "digraph {\n a -> ;\n}", format: .svg, engine: .dot)
        }
        #expect(error?.stage == .parse)
        #expect(error?.message == "syntax error in line 2 near ';'")
        #expect(error?.description == "Graphviz could not parse the DOT: syntax error in line 2 near ';'")
    }

    @Test func unterminatedStringIsAParseError() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: #"digraph { a [label="open] }"#, format: .svg, engine: .dot)
        }
        #expect(error?.stage == .parse)
        #expect(error?.message.contains("syntax error in line 1") == true)
    }

    @Test func malformedHTMLLabelIsALayoutErrorEvenThoughGraphvizCarriesOn() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "digraph { a [label=<<b>x</c>>] }", format: .svg, engine: .dot)
        }
        #expect(error?.stage == .layout)
        #expect(error?.message == "mismatched tag in line 1 \n... x</c> ...\nin label of node a")
    }

    // Graphviz warns about an unknown shape or colour only the first time a process
    // meets it, so these tests use names no other test uses.

    @Test func unknownShapeIsAWarningAndStillRenders() throws {
        var warnings: [String] = []
        let svg = try Graphviz.render(dot: "digraph { a [shape=warningtestshape] }", format: .svg, engine: .dot, warnings: &warnings)
        #expect(String(decoding: svg, as: UTF8.self).contains("<polygon"))
        #expect(warnings == ["using box for unknown shape warningtestshape"])
    }

    @Test func unknownColourIsAWarningAndStillRenders() throws {
        var warnings: [String] = []
        let svg = try Graphviz.render(dot: "digraph { a [color=warningtestcolour] }", format: .svg, engine: .dot, warnings: &warnings)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(warnings == ["warningtestcolour is not a known color."])
    }

    @Test func warningsAreAppendedAndCleanGraphsAddNone() throws {
        var warnings = ["earlier"]
        _ = try Graphviz.render(dot: sampleDOT, format: .svg, engine: .dot, warnings: &warnings)
        #expect(warnings == ["earlier"])
    }

    @Test func concurrentTasksRenderTheSameBytesAsASerialRender() async throws {
        let serial = try Graphviz.render(dot: sampleDOT, format: .svg, engine: .dot)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<8 {
                // Mixes engines and formats so jobs really interleave different work.
                let engine: GraphvizEngine = index.isMultiple(of: 2) ? .dot : .neato
                let format: RenderFormat = index.isMultiple(of: 4) ? .svg : .png
                group.addTask {
                    _ = try Graphviz.render(dot: sampleDOT, format: format, engine: engine)
                    return try Graphviz.render(dot: sampleDOT, format: .svg, engine: .dot)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == serial })
    }

    @Test func concurrentThreadsRenderTheSameBytesAsASerialRender() throws {
        let serial = try Graphviz.render(dot: sampleDOT, format: .svg, engine: .dot)
        let results = Mutex<[Result<[UInt8], GraphvizError>]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let result = Result { () throws(GraphvizError) in try Graphviz.render(dot: sampleDOT, format: .svg, engine: .dot) }
            results.withLock { $0.append(result) }
        }
        let rendered = try results.withLock { try $0.map { try $0.get() } }
        #expect(rendered.count == 8)
        #expect(rendered.allSatisfy { $0 == serial })
    }

    @Test func canonicalIsGraphvizsOwnDOTWithoutLayoutAttributes() throws {
        let canonical = try Graphviz.canonical(dot: #"digraph G { rankdir=LR; a -> b [label="x y"]; subgraph cluster_c { c } }"#)
        #expect(canonical == """
            digraph G {
            \tgraph [rankdir=LR];
            \tnode [label="\\N"];
            \tsubgraph cluster_c {
            \t\tc;
            \t}
            \ta -> b\t[label="x y"];
            }

            """)
    }

    @Test func canonicalOfCanonicalIsUnchanged() throws {
        let once = try Graphviz.canonical(dot: sampleDOT)
        #expect(try Graphviz.canonical(dot: once) == once)
        #expect(!once.contains("bb="))
    }

    @Test func canonicalReportsSyntaxErrors() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.canonical(dot: "graph { a -- }")
        }
        #expect(error?.stage == .parse)
    }
}
