import ActorGraph
import ArgumentParser

/// The drawing options shared by `dot` and `render`.
struct DOTOptionGroup: ParsableArguments {
    @Flag(help: "Add a legend of the kinds and relation types drawn.")
    var legend = false

    @Flag(help: "Draw part-of containment as nested boxes.")
    var clusters = false

    @Option(help: ArgumentHelp("Layout direction: TB, LR, BT or RL.", valueName: "dir"))
    var rankdir: String?

    @Option(help: "A title drawn above the graph.")
    var title: String?

    @Option(name: .customShort("G"), help: ArgumentHelp("A Graphviz graph attribute, as name=value (repeatable), e.g. -G splines=ortho.", valueName: "name=value"))
    var graphAttributes: [String] = []

    func validate() throws {
        if let rankdir, !["TB", "LR", "BT", "RL"].contains(rankdir.uppercased()) {
            throw ValidationError("--rankdir takes TB, LR, BT or RL, not '\(rankdir)'")
        }
        for attribute in graphAttributes where !attribute.contains("=") || attribute.hasPrefix("=") {
            throw ValidationError("-G takes name=value, e.g. -G splines=ortho; got '\(attribute)'")
        }
    }

    var options: DOTOptions {
        DOTOptions(rankdir: rankdir?.uppercased(), legend: legend, clusters: clusters, title: title,
                   graphAttributes: graphAttributes.map { attribute in
                       let parts = attribute.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                       return (String(parts[0]), String(parts[1]))
                   })
    }
}
