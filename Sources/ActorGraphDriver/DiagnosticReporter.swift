import ActorGraph
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a run's diagnostics go, and the policy for showing them: at most
/// ``cap`` diagnostics are shown and the rest counted; warnings are left
/// out when quiet; failures and notes from the tool itself go the same way.
/// Everything goes to standard error, so standard output stays clean for
/// DOT, images and reports.
public final class DiagnosticReporter: Sendable {
    /// Past this many, diagnostics are counted rather than shown: a broken
    /// file should not bury the terminal.
    public static let defaultCap = 1_000

    /// Whether warnings are left out.
    public let quiet: Bool
    /// How many diagnostics are shown at most.
    public let cap: Int
    private let state = Mutex(State())

    private struct State {
        var shown = 0
        var omitted = 0
    }

    /// A reporter that writes text to standard error.
    public init(quiet: Bool = false, cap: Int = DiagnosticReporter.defaultCap) {
        self.quiet = quiet
        self.cap = cap
    }

    /// Shows `diagnostics` (warnings only when not quiet), up to the cap.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            let show = state.withLock { state -> Bool in
                guard state.shown < cap else {
                    state.omitted += 1
                    return false
                }
                state.shown += 1
                return true
            }
            if show { Self.writeError(TextDiagnosticFormatter().format(diagnostic)) }
        }
    }

    /// Counts what a compilation found past its own limit and did not
    /// report, with what the cap held back (warnings only when not quiet).
    public func countOmitted(of result: CompileResult) {
        let omitted = result.omittedErrorCount + (quiet ? 0 : result.omittedWarningCount)
        state.withLock { $0.omitted += omitted }
    }

    /// Shows a failure of the tool itself.
    public func report(_ error: ToolError) {
        guard !error.alreadyReported else { return }
        Self.writeError(error.description)
    }

    /// Shows a note: what the tool chose for the user, or a renderer's warning.
    public func note(_ text: String) {
        Self.writeError("note: " + text)
    }

    /// Shows a warning about the answer (not about a file), unless quiet.
    public func warning(_ text: String) {
        if !quiet { Self.writeError("warning: " + text) }
    }

    /// Ends the run's report: says how many diagnostics the cap held back.
    public func finish() {
        let omitted = state.withLock { state in
            defer { state.omitted = 0 }
            return state.omitted
        }
        if omitted > 0 { Self.writeError("... and \(omitted) more; fix these first, then check again") }
    }

    /// Writes a line to standard error, ignoring failure: there is nowhere
    /// left to report that standard error cannot be written.
    public static func writeError(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        _ = OutputDestination.writeAll(Array(line.utf8), to: STDERR_FILENO)
    }
}
