/// Graphviz's captured message text, split into its errors and warnings.
///
/// Graphviz prefixes each message with `Error: ` or `Warning: ` but sends
/// continuation lines (for example the excerpt under an HTML-label error) without
/// one, so a line without a prefix belongs to the message before it.
struct GraphvizDiagnostics {
    /// Error messages, prefix removed and trimmed, in the order Graphviz wrote them.
    private(set) var errors: [String] = []
    /// Warning messages, prefix removed and trimmed, in the order Graphviz wrote them.
    private(set) var warnings: [String] = []

    /// Splits `text`, everything Graphviz wrote during one job.
    init(_ text: String) {
        enum Level { case error, warning }
        var messages: [(level: Level, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Error: ") {
                messages.append((.error, String(line.dropFirst("Error: ".count))))
            } else if line.hasPrefix("Warning: ") {
                messages.append((.warning, String(line.dropFirst("Warning: ".count))))
            } else if !messages.isEmpty {
                messages[messages.count - 1].text += "\n" + line
            } else if !line.allSatisfy(\.isWhitespace) {
                // A continuation whose opening line was not captured cannot be
                // classified; keeping it as a warning still shows it without
                // failing a job that Graphviz itself did not fail.
                messages.append((.warning, String(line)))
            }
        }
        for message in messages {
            let trimmed = message.text.trimmingGraphvizWhitespace()
            guard !trimmed.isEmpty else { continue }
            switch message.level {
            case .error: errors.append(trimmed)
            case .warning: warnings.append(trimmed)
            }
        }
    }
}

private extension String {
    /// The string without leading and trailing whitespace and newlines; Graphviz
    /// ends most messages with a newline and some with a space before it.
    func trimmingGraphvizWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<end])
    }
}
