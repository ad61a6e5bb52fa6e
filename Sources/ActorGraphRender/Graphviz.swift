import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// In-process access to Graphviz through its C libraries; the `dot` program is never run.
///
/// Every call is one Graphviz job: the DOT text is parsed, used and freed under a
/// process-wide lock, because Graphviz is not thread-safe. Calls from several
/// threads or tasks are therefore safe but run one after another.
///
/// Graphviz's error and warning messages are captured instead of being printed
/// to standard error. Errors are thrown as ``GraphvizError``. Warnings (an unknown
/// shape or colour, a missing image, an ambiguous token) do not fail a call, because Graphviz still produces its normal output
/// for them, substituting a default; ask for them with the `warnings:` variant of
/// ``render(dot:format:engine:warnings:)`` or read ``GraphvizDocument/warnings``.
/// Graphviz reports an unknown shape or colour only the first time a process
/// meets it, so later jobs using the same name get no warning for it.
///
/// Graphviz 2.43's `dot` layout leaks inside Graphviz itself for graphs with
/// clusters, about 100 KiB per render of the Baghdad strike graph with
/// `--clusters` (about 1 KiB without), so a process that renders many
/// clustered graphs grows.
public enum Graphviz {
    /// Lays out `dot` with `engine` and renders it as `format`, discarding warnings.
    ///
    /// - Returns: The file contents, as `dot -T<format> -K<engine>` writes them.
    /// - Throws: ``GraphvizError`` if Graphviz reports an error while parsing, laying
    ///   out or rendering, even when it produced output anyway.
    public static func render(dot: String, format: RenderFormat, engine: GraphvizEngine) throws(GraphvizError) -> [UInt8] {
        var ignoredWarnings: [String] = []
        return try render(dot: dot, format: format, engine: engine, warnings: &ignoredWarnings)
    }

    /// Lays out `dot` with `engine` and renders it as `format`, appending Graphviz's
    /// warnings (without their `Warning: ` prefix) to `warnings`.
    ///
    /// - Returns: The file contents, as `dot -T<format> -K<engine>` writes them.
    /// - Throws: ``GraphvizError`` if Graphviz reports an error while parsing, laying
    ///   out or rendering, even when it produced output anyway.
    public static func render(
        dot: String,
        format: RenderFormat,
        engine: GraphvizEngine,
        warnings: inout [String]
    ) throws(GraphvizError) -> [UInt8] {
        let job = try GraphvizSession.run(dot: dot) { context, graph throws(GraphvizError) in
            let layoutStatus = gvLayout(context, graph, engine.rawValue)
            // Also after a failed layout: it may have attached partial layout data.
            defer { GraphvizLayout.free(context, graph) }
            try GraphvizSession.check(.layout, failed: layoutStatus != 0, otherwise: "gvLayout failed for engine \(engine.rawValue)")

            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let renderStatus = gvRenderData(context, graph, format.rawValue, &data, &length)
            defer { gvFreeRenderData(data) }
            try GraphvizSession.check(.render, failed: renderStatus != 0 || data == nil, otherwise: "gvRenderData failed for format \(format.rawValue)")
            return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
        warnings += job.warnings
        return job.result
    }

    /// `dot` as Graphviz's own writer prints it after reading it: the text
    /// `dot -Tcanon` produces, but without running a layout first.
    ///
    /// Skipping the layout keeps this fast for large graphs and keeps the output free
    /// of layout attributes such as `bb`; it also leaves every edge in the subgraph
    /// that declared it, where `dot`'s layout would move some into clusters.
    ///
    /// - Throws: ``GraphvizError`` if Graphviz cannot parse or write the graph.
    public static func canonical(dot: String) throws(GraphvizError) -> String {
        try GraphvizSession.run(dot: dot) { _, graph throws(GraphvizError) in
            // open_memstream keeps these addresses and updates them until fclose,
            // so they need storage that outlives a single inout call.
            let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
            let size = UnsafeMutablePointer<Int>.allocate(capacity: 1)
            buffer.initialize(to: nil)
            size.initialize(to: 0)
            defer {
                free(buffer.pointee)
                buffer.deallocate()
                size.deallocate()
            }
            guard let stream = open_memstream(buffer, size) else {
                throw GraphvizError(stage: .render, message: "could not open a memory stream for the canonical DOT")
            }
            // agmemread gave the graph an I/O discipline that writes with fputs, so
            // its writer accepts a FILE pointer as the channel.
            let writeStatus = agwrite(graph, stream)
            let closeStatus = fclose(stream)
            try GraphvizSession.check(.render, failed: writeStatus == EOF || closeStatus != 0, otherwise: "agwrite could not write the graph")
            return String(decoding: UnsafeRawBufferPointer(start: buffer.pointee, count: size.pointee), as: UTF8.self)
        }.result
    }

    /// The graph in `dot` as Graphviz's parser understood it: its nodes, edges,
    /// subgraphs and attributes, with attribute values exactly as Graphviz stores them.
    ///
    /// This is how output of a DOT writer can be checked against Graphviz's own
    /// lexer. Values are escStrings where Graphviz treats them so (for example
    /// `label`); ``GraphvizEscString/displayedText(of:)`` turns such a value into
    /// the text a reader sees.
    ///
    /// - Throws: ``GraphvizError`` with stage ``GraphvizError/Stage/parse`` if
    ///   Graphviz cannot read the text.
    public static func read(dot: String) throws(GraphvizError) -> GraphvizDocument {
        let job = try GraphvizSession.run(dot: dot) { _, graph in
            GraphvizDocument(reading: graph)
        }
        var document = job.result
        document.warnings = job.warnings + document.warnings
        return document
    }
}
