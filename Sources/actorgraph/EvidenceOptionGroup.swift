import ActorGraph
import ArgumentParser

/// The graph as it stood on a day, only firmly asserted relations, or only
/// what one source says: options every command takes.
struct EvidenceOptionGroup: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the graph as it stood on this day (YYYY, YYYY-MM or YYYY-MM-DD): events that had happened, spans that held; undated relations always count.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("min-status"), help: ArgumentHelp("Keep relations at least this firm: denied < alleged < claimed < reported < confirmed.", valueName: "status"))
    var minStatus: String?

    @Option(name: .customLong("source"), help: ArgumentHelp("Keep only what this source (by id) reports.", valueName: "id"))
    var source: String?

    func validate() throws {
        if let asOf, PartialDate(asOf) == nil {
            throw ValidationError("--as-of takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '\(asOf)'")
        }
        if let minStatus, ClaimStatus(rawValue: minStatus) == nil {
            throw ValidationError("--min-status takes one of \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(minStatus)'")
        }
    }

    /// `graph` as the options ask for it; an unknown source is an input error.
    func apply(to graph: Graph) throws -> Graph {
        var filter = EvidenceFilter(asOf: asOf.flatMap(PartialDate.init), minimumStatus: minStatus.flatMap(ClaimStatus.init(rawValue:)))
        if let source {
            guard let index = graph.source(id: source) else {
                let nearest = Suggester.nearest(to: source, among: graph.sources.map(\.id))
                let hint = graph.sources.isEmpty ? "this graph declares no sources (see 'source' in docs/language.md)"
                    : Suggester.didYouMean(nearest) ?? "the graph's sources are: " + graph.sources.map(\.id).joined(separator: ", ")
                Console.error("error: --source: unknown source '\(source)'; \(hint)")
                throw ExitCode(1)
            }
            filter.source = index
        }
        return graph.filtered(by: filter)
    }
}
