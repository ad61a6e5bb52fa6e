import ActorGraph
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a run's diagnostics go, and the policy for showing them: at most
/// ``cap`` diagnostics are shown and the rest counted; warnings are left
/// out when quiet; failures, warnings and notes from the tool itself go
/// the same way. Everything goes to standard error, so standard output
/// stays clean for DOT, images and reports.
///
/// As text, each diagnostic is written as it comes, compiler style. As
/// JSON (`--diagnostics json`), the run's diagnostics are written at
/// ``finish()`` as one document (``JSONDiagnosticFormatter``), so an
/// editor or a script reads one value, whatever went wrong.
public final class DiagnosticReporter: Sendable {
    /// How diagnostics are written.
    public enum Style: String, CaseIterable, Sendable {
        /// `file:line:column: severity: message`, the line and a caret.
        case text
        /// One JSON document for the whole run.
        case json
    }

    /// Past this many, diagnostics are counted rather than shown: a broken
    /// file should not bury the terminal.
    public static let defaultCap = 1_000

    /// How diagnostics are written.
    public let style: Style
    /// Whether warnings are left out.
    public let quiet: Bool
    /// How many diagnostics are shown at most.
    public let cap: Int
    private let state = Mutex(State())

    private struct State {
        var shown = 0
        var omitted = 0
        var errors = 0
        var warnings = 0
        var collected: [Diagnostic] = []
        var finished = false
    }

    /// A reporter writing in `style` to standard error.
    public init(style: Style = .text, quiet: Bool = false, cap: Int = DiagnosticReporter.defaultCap) {
        self.style = style
        self.quiet = quiet
        self.cap = cap
    }

    /// Shows `diagnostics` (warnings only when not quiet), up to the cap.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            let show = state.withLock { state -> Bool in
                if diagnostic.severity == .error { state.errors += 1 }
                if diagnostic.severity == .warning { state.warnings += 1 }
                guard state.shown < cap else {
                    state.omitted += 1
                    return false
                }
                state.shown += 1
                if style == .json { state.collected.append(diagnostic) }
                return true
            }
            if show && style == .text { Self.writeError(TextDiagnosticFormatter().format(diagnostic)) }
        }
    }

    /// Counts what a compilation found past its own limit and did not
    /// report, with what the cap held back (warnings only when not quiet).
    public func countOmitted(of result: CompileResult) {
        let warnings = quiet ? 0 : result.omittedWarningCount
        state.withLock { state in
            state.omitted += result.omittedErrorCount + warnings
            state.errors += result.omittedErrorCount
            state.warnings += warnings
        }
    }

    /// Says that the input had errors and nothing was written: the
    /// summary line, in text.
    public func reportFailure(of result: CompileResult) {
        guard style == .text else { return }
        finishOmitted()
        let warnings = result.warningCount > 0 ? " and \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")" : ""
        Self.writeError("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")\(warnings) generated; nothing written")
    }

    /// Shows a failure of the tool itself.
    public func report(_ error: ToolError) {
        guard !error.alreadyReported else { return }
        guard style == .json else {
            Self.writeError(error.description)
            return
        }
        let message = (error.path.map { "\($0): " } ?? "") + error.message
        report([Diagnostic(.error, DiagnosticID(rawValue: error.id), message)])
    }

    /// Shows a note: what the tool chose for the user, or a renderer's warning.
    public func note(_ text: String, id: DiagnosticID = "tool-note") {
        guard style == .json else {
            Self.writeError("note: " + text)
            return
        }
        report([Diagnostic(.note, id, text)])
    }

    /// Shows a warning about the answer (not about a file), unless quiet.
    public func warning(_ text: String, id: DiagnosticID) {
        guard style == .json else {
            if !quiet { Self.writeError("warning: " + text) }
            return
        }
        report([Diagnostic(.warning, id, text)])
    }

    /// Ends the run's report: says how many diagnostics the cap held back,
    /// and in JSON writes the document. Only the first call writes.
    public func finish() {
        guard style == .json else {
            finishOmitted()
            return
        }
        let document = state.withLock { state -> String? in
            guard !state.finished else { return nil }
            state.finished = true
            return JSONDiagnosticFormatter().format(state.collected, errors: state.errors, warnings: state.warnings, omitted: state.omitted)
        }
        // JSON escapes control characters itself, and TerminalText would
        // change the names in it.
        if let document { Self.writeLine(document) }
    }

    private func finishOmitted() {
        let omitted = state.withLock { state in
            defer { state.omitted = 0 }
            return state.omitted
        }
        if omitted > 0 { Self.writeError("... and \(omitted) more; fix these first, then check again") }
    }

    /// Writes a line of text to standard error, each control character
    /// shown as `U+XXXX` (``TerminalText``): messages quote names from the
    /// files and the command line, which must not reach the terminal as
    /// escape sequences. Failure is ignored: there is nowhere left to
    /// report that standard error cannot be written.
    public static func writeError(_ text: String) {
        writeLine(TerminalText.escaped(text))
    }

    private static func writeLine(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        _ = OutputDestination.writeAll(Array(line.utf8), to: STDERR_FILENO)
    }
}
