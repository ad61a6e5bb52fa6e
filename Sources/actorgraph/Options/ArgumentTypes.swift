import ActorGraph
import ActorGraphDriver
import ActorGraphRender
import ArgumentParser

// The library's enums read straight from the command line, so
// ArgumentParser checks them, lists their values in help and completions,
// and words the error when a value is wrong.

extension Centrality.Measure: ExpressibleByArgument {}
extension ConflictReport.Rule: ExpressibleByArgument {}
extension ClaimStatus: ExpressibleByArgument {}
extension GraphvizEngine: ExpressibleByArgument {}
extension DiagnosticReporter.Style: ExpressibleByArgument {}

extension LayoutDirection: ExpressibleByArgument {
    /// `lr` as well as `LR`, as Graphviz itself accepts.
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

/// How `path` prints its answer.
enum PathOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// Reads `--as-of`'s date, with a message that shows the forms it takes.
func parseDate(_ text: String) throws -> PartialDate {
    guard let date = PartialDate(text) else {
        throw ValidationError("--as-of takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'")
    }
    return date
}

/// Splits `a,b` and repeated options into one list.
func commaSeparated(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
}
extension RenderFormat: ExpressibleByArgument {}
