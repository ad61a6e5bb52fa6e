import CGraphviz
import Synchronization

/// Everything Graphviz reported through the error callback during the running job.
///
/// `agseterrf` takes a plain C function pointer, which cannot carry a context, so
/// the buffer has to be global. It is only touched while `GraphvizSession.context`
/// is locked, and Graphviz calls the callback synchronously from the job holding
/// that lock, so the lock protects it as it protects every Graphviz call.
nonisolated(unsafe) private var capturedMessages: [UInt8] = []

/// Runs Graphviz jobs one at a time on the process's single Graphviz context.
///
/// Graphviz keeps parser, layout and error state in C globals, so no two jobs may
/// overlap anywhere in the process; one lock therefore guards each job from parsing
/// to `agclose`. The context is created once because every `gvContext` loads the
/// plugin libraries again and `gvFreeContext` does not release all of it.
enum GraphvizSession {
    private static let context = Mutex<OpaquePointer?>(nil)

    /// Parses `dot` and passes the Graphviz context and the parsed root graph to
    /// `body`, returning its result with the warnings Graphviz wrote during the job.
    ///
    /// The graph is closed when `body` returns or throws, so `body` must not let it
    /// escape. Inside `body`, call ``check(_:failed:otherwise:)`` after each Graphviz
    /// step. Input holding more than one graph is rejected: Graphviz would silently
    /// use the first and keep the rest in its lexer for the next, unrelated read.
    static func run<Result: Sendable>(
        dot: String,
        _ body: (_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> (result: Result, warnings: [String]) {
        // agmemread takes a C string, so an embedded NUL would silently drop the
        // rest of the text instead of failing.
        if dot.utf8.contains(0) {
            throw GraphvizError(stage: .parse, message: "the DOT text contains a NUL character")
        }
        return try context.withLock { (sharedContext: inout OpaquePointer?) throws(GraphvizError) -> sending (result: Result, warnings: [String]) in
            capturedMessages.removeAll(keepingCapacity: true)
            // Installed per job and restored afterwards so that Graphviz's process
            // state is left as found, and nothing outside a job writes into the buffer.
            let previousHandler = agseterrf { text in
                if let text {
                    capturedMessages.append(contentsOf: UnsafeRawBufferPointer(start: text, count: strlen(text)))
                }
                return 0
            }
            let previousLevel = agseterr(AGWARN)
            defer {
                agseterr(previousLevel)
                agseterrf(previousHandler)
            }
            agreseterrors()

            // The context must exist before parsing: creating it declares the default
            // node label `\N`, which changes what every later parse produces.
            if sharedContext == nil {
                sharedContext = gvContext()
            }
            // No stage has run yet; the context is what lays out and renders, so
            // its absence is reported as a layout failure.
            guard let gvc = sharedContext else {
                throw GraphvizError(stage: .layout, message: "gvContext could not create a Graphviz context")
            }

            let graph = try parse(dot)
            defer { agclose(graph) }
            let result = try body(gvc, graph)
            return (result, GraphvizDiagnostics(capturedText).warnings)
        }
    }

    /// Throws a ``GraphvizError`` for `stage` if the step just run failed or Graphviz
    /// reported an error during the job, since several Graphviz steps report an
    /// error yet return success (and still produce an image).
    ///
    /// Only valid inside the `body` passed to ``run(dot:_:)``. `fallback` is the
    /// message used when Graphviz failed without writing one.
    static func check(_ stage: GraphvizError.Stage, failed: Bool, otherwise fallback: @autoclosure () -> String) throws(GraphvizError) {
        guard failed || agerrors() > 0 else { return }
        throw failure(stage, otherwise: fallback())
    }

    /// An error for `stage` carrying the errors Graphviz wrote during the job, or
    /// `fallback` when it wrote none.
    private static func failure(_ stage: GraphvizError.Stage, otherwise fallback: String) -> GraphvizError {
        let errors = GraphvizDiagnostics(capturedText).errors
        return GraphvizError(stage: stage, message: errors.isEmpty ? fallback : errors.joined(separator: "\n"))
    }

    private static var capturedText: String {
        String(decoding: capturedMessages, as: UTF8.self)
    }

    /// Reads the one graph in `dot`, leaving Graphviz's lexer empty for the next job.
    private static func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        // Line numbers in syntax errors otherwise continue from the previous read.
        agsetfile(nil)
        let graph = dot.withCString { agmemread($0) }
        // The lexer keeps whatever followed the first graph and would hand it to the
        // next agmemread; reading until nothing is left empties it.
        var extraGraphs = 0
        while let extra = agmemread("") {
            agclose(extra)
            extraGraphs += 1
        }
        guard let graph, agerrors() == 0, extraGraphs == 0 else {
            if let graph { agclose(graph) }
            if agerrors() == 0, extraGraphs > 0 {
                throw GraphvizError(
                    stage: .parse,
                    message: "the DOT text contains \(extraGraphs + 1) graphs, but one graph is handled at a time"
                )
            }
            throw failure(.parse, otherwise: "the DOT text contains no graph")
        }
        return graph
    }
}
