import ActorGraph
import ArgumentParser

/// Whether a query takes actors that `same-as` relations join as one
/// (`path`, `neighbors`, `rank`); by default every entity stands alone.
struct IdentityOption: ParsableArguments {
    @Option(name: .customLong("merge-identities"),
            help: ArgumentHelp("Treat actors joined by same-as relations at least this firm as one actor (alleged < claimed < reported < confirmed; denied ones never merge); the answer names them and says on whose word.",
                               valueName: "status"))
    var mergeIdentities: ClaimStatus?

    /// `view` with its identities merged, or `view` itself without the option.
    func merged(_ view: GraphView) -> IdentityMerge? {
        mergeIdentities.map { IdentityMerge(view, atLeast: $0) }
    }
}
