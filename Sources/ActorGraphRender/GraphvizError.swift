/// A failure reported by Graphviz itself, carrying the text Graphviz wrote about it.
///
/// Graphviz's diagnostics are captured rather than printed, so this error is the
/// only place they appear; print ``description`` to show them to a user.
public struct GraphvizError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The step of a Graphviz job that failed.
    public enum Stage: String, CaseIterable, Sendable {
        /// Reading the DOT text (`agmemread`).
        case parse
        /// Computing positions (`gvLayout`); Graphviz also parses HTML-like labels
        /// (`label=<...>`) here, so their syntax errors belong to this stage.
        case layout
        /// Producing the output bytes (`gvRenderData`, or writing canonical DOT).
        case render
    }

    /// The step that failed.
    public let stage: Stage

    /// Graphviz's own error text, trimmed and without its `Error: ` prefixes; several
    /// errors are separated by newlines. When Graphviz failed without saying why, a
    /// short explanation written by this library instead.
    public let message: String

    /// Creates an error for `stage` with the given message.
    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    /// A sentence for users, such as `Graphviz could not parse the DOT: syntax error in line 1 near '}'`.
    public var description: String {
        let failure = switch stage {
        case .parse: "parse the DOT"
        case .layout: "lay out the graph"
        case .render: "render the graph"
        }
        return "Graphviz could not \(failure): \(message)"
    }
}
