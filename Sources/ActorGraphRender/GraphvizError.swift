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

    /// The line of the DOT text the message names, 1-based: Graphviz words
    /// syntax errors as `syntax error in line 3 near 'x'` and lexer warnings
    /// as `... in line 1 of input ...`; `nil` when the message names none.
    public var line: Int? {
        Self.line(in: message)
    }

    /// The first line number a Graphviz message names after `in line `.
    public static func line(in message: String) -> Int? {
        let marker = Array("in line ".utf8)
        let bytes = Array(message.utf8)
        guard bytes.count >= marker.count,
              let start = (0 ... bytes.count - marker.count).first(where: { bytes[$0...].starts(with: marker) }) else { return nil }
        let digits = bytes[(start + marker.count)...].prefix { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
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
