import ActorGraphRender
import Foundation
import Testing

/// Clustered graphs with several labelled edges between nodes of one rank that
/// are not neighbours, the shape whose `dot` layout Graphviz 2.42/2.43 used to
/// free twice: `dot` grows a rank's node list for the label nodes, and its
/// teardown then freed the list's old address. The four labels on one rank are
/// what outgrows the list's spare room, so a plain run aborts too, not only
/// one under valgrind, which moves every growing block.
///
/// The graphs are named: Graphviz names an anonymous graph with a counter that
/// runs on through the process, and the SVG shows that name.
enum FlatEdgeLabelFixture {
    /// The labelled edges join nodes on the top rank, so `dot` adds a rank above
    /// it to hold their labels.
    static let labelsAboveTheTopRank = #"""
    digraph above {
        subgraph cluster_s { label="State"; a; m; b; { rank=same; a; m; b } }
        a -> m; m -> b;
        a -> b [label=w]; a -> b [label=x]; a -> b [label=y]; a -> b [label=z];
    }
    """#

    /// The same under another node, so the labels go into an existing rank.
    static let labelsBetweenRanks = #"""
    digraph between {
        top -> a;
        subgraph cluster_s { label="State"; a; m; b; { rank=same; a; m; b } }
        a -> m; m -> b;
        a -> b [label=w]; a -> b [label=x]; a -> b [label=y]; a -> b [label=z];
    }
    """#

    static let all = [labelsAboveTheTopRank, labelsBetweenRanks]
}

struct FlatEdgeLabelTests {
    @Test(arguments: RenderFormat.allCases, GraphvizEngine.allCases)
    func clusteredFlatEdgeLabelsRenderInEveryFormatWithEveryEngine(format: RenderFormat, engine: GraphvizEngine) throws {
        for dot in FlatEdgeLabelFixture.all {
            let bytes = try Graphviz.render(dot: dot, format: format, engine: engine)
            switch format {
            case .svg:
                let svg = String(decoding: bytes, as: UTF8.self)
                #expect(svg.contains("<svg"))
                for label in ["w", "x", "y", "z"] { #expect(svg.contains(">\(label)</text>")) }
                // Only dot draws clusters.
                if engine == .dot { #expect(svg.contains(#"<g id="clust1" class="cluster">"#)) }
            case .png:
                #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            case .pdf:
                #expect(bytes.starts(with: Array("%PDF".utf8)))
            }
        }
    }

    /// One process renders many graphs; a teardown that corrupts the heap shows
    /// on a later render if not on the first.
    @Test func clusteredFlatEdgeLabelsRenderTheSameBytesEveryTime() throws {
        for dot in FlatEdgeLabelFixture.all {
            let first = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
            for _ in 0..<40 {
                #expect(try Graphviz.render(dot: dot, format: .svg, engine: .dot) == first)
            }
        }
    }

    /// The repair made before the layout is freed must not reach the drawing.
    @Test(.enabled(if: dotProgram != nil, "needs Graphviz's dot program"))
    func drawingIsTheDotProgramsDrawing() throws {
        for dot in FlatEdgeLabelFixture.all {
            let inProcess = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
            #expect(inProcess == (try runDot(["-Tsvg"], input: dot)))
        }
    }
}

/// The `dot` program on `PATH`, if Graphviz's command-line tools are installed.
private let dotProgram: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
    .split(separator: ":")
    .map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

private func runDot(_ arguments: [String], input: String) throws -> [UInt8] {
    guard let program = dotProgram else {
        Issue.record("the dot program is not on PATH")
        return []
    }
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return Array(output)
}
