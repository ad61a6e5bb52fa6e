import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// Draw only part of the graph: around one actor, or only some kinds or
/// relation types.
struct PartOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Draw only the actors within --radius relations of this actor.", valueName: "actor"))
    var focus: String?

    @Option(help: "With --focus: how many relations away to draw (default 1).")
    var radius: Int?

    @Option(name: .customLong("only-kinds"), help: ArgumentHelp("Draw only entities of these kinds (comma-separated).", valueName: "kinds"))
    var onlyKinds: [String] = []

    @Option(name: .customLong("only-relations"), help: ArgumentHelp("Draw only relations of these types, and the actors they join (comma-separated).", valueName: "types"))
    var onlyRelations: [String] = []

    func validate() throws {
        if let radius, radius < 0 { throw ValidationError("--radius takes a number of relations, 0 or more") }
        if radius != nil && focus == nil { throw ValidationError("--radius goes with --focus ACTOR") }
        // An empty list would quietly select everything, the opposite of what was asked.
        if !onlyKinds.isEmpty && commaSeparated(onlyKinds).isEmpty { throw ValidationError("--only-kinds needs at least one kind, e.g. --only-kinds person,group") }
        if !onlyRelations.isEmpty && commaSeparated(onlyRelations).isEmpty {
            throw ValidationError("--only-relations needs at least one relation type, e.g. --only-relations commands,part-of")
        }
    }

    /// `input`'s evidence filters with this part.
    func selection(with input: InputOptions) -> Selection {
        var selection = input.selection
        selection.focus = focus
        selection.radius = radius ?? 1
        selection.onlyKinds = commaSeparated(onlyKinds)
        selection.onlyRelations = commaSeparated(onlyRelations)
        return selection
    }
}

/// Which relations a query may follow and whom it may pass through.
struct TraversalOptionGroup: ParsableArguments {
    @Flag(help: "Follow relations only along their arrows (symmetric ones like allied-with still go both ways).")
    var directed = false

    @Option(help: ArgumentHelp("Follow only these relation types (comma-separated or repeated).", valueName: "types"))
    var via: [String] = []

    @Option(help: ArgumentHelp("Never pass through these actors (ids, names or aliases; comma-separated or repeated).", valueName: "actors"))
    var avoid: [String] = []

    @Option(name: .customLong("through-kind"), help: ArgumentHelp("Intermediate actors only of these kinds (comma-separated or repeated).", valueName: "kinds"))
    var throughKind: [String] = []

    @OptionGroup var denied: DeniedOption

    /// The filter for `graph`; a name it does not know is an input error
    /// that names the option.
    func filter(for graph: Graph) throws(ToolError) -> TraversalFilter {
        let types = commaSeparated(via), kinds = commaSeparated(throughKind)
        return TraversalFilter(
            directed: directed,
            relationTypes: types.isEmpty ? nil : try ToolError.lookingUp(option: "--via") { () throws(LookupError) in try graph.relationTypes(named: types) },
            avoided: Set(try ToolError.lookingUp { () throws(LookupError) in try commaSeparated(avoid).map { name throws(LookupError) in try graph.entity(named: name) } }),
            intermediateKinds: kinds.isEmpty ? nil : try ToolError.lookingUp(option: "--through-kind") { () throws(LookupError) in try graph.kinds(named: kinds) },
            includeDenied: denied.includeDenied)
    }
}

/// Whether denied relations count as connections (`path`, `neighbors`,
/// `chain`, `rank`); by default they do not, and the answer says how
/// many it left out.
struct DeniedOption: ParsableArguments {
    @Flag(name: .customLong("include-denied"), help: "Count denied relations as connections too (by default they are left out, and the answer says how many).")
    var includeDenied = false
}
