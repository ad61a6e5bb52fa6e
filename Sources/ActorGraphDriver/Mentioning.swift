import ActorGraph
import Foundation

/// `actorgraph mentions` as a library: reads report texts, finds the
/// graph's actors in them with ``MentionFinder``, and writes the listing
/// or, as a draft, the `.ag` text of ``MentionDraft``.
public struct Mentioning: Sendable {
    /// The graph whose actors are looked for.
    public var graph: Graph

    /// Mentions of `graph`'s actors.
    public init(graph: Graph) {
        self.graph = graph
    }

    /// Reads `reports` and writes to `output` (`-` for standard output)
    /// their listing, or with `draft` the draft `.ag` file, atomically;
    /// `output` may be none of the reports nor of `graphFiles`, the files
    /// the graph was read from. Every report that cannot be read is
    /// reported, naming it, and then nothing is written.
    public func run(_ reports: [String], graphFiles: [String], draft: Bool, output: String, reporter: DiagnosticReporter) throws(ToolError) {
        let destination = OutputDestination(path: output)
        try destination.refuseOverwriting(reports + graphFiles)
        var texts: [(path: String, text: String)] = []
        var unreadable = false
        for path in reports {
            do throws(ToolError) {
                texts.append((path, String(decoding: try GraphLoader.read(path).bytes, as: UTF8.self)))
            } catch {
                reporter.report(error)
                unreadable = true
            }
        }
        if unreadable { throw ToolError(.input, id: "unreadable-file", "", alreadyReported: true) }
        let finder = MentionFinder(graph: graph)
        var listing = ""
        var drafted = MentionDraft(graph: graph)
        for (path, text) in texts {
            let mentions = finder.mentions(in: text)
            if draft {
                // `file:` names the report as the quote check finds it: beside the graph, by its name.
                drafted.add(file: (path as NSString).lastPathComponent, text: text, mentions: mentions)
            } else {
                listing += (listing.isEmpty ? "" : "\n") + mentions.text(in: graph, report: path)
            }
        }
        try destination.write(Array((draft ? drafted.text : listing).utf8))
    }
}
