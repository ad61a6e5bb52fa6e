/// One hop of a path: the relation used, and whether the path follows it
/// along its arrow (`forward`) or against it.
public struct PathStep: Hashable, Sendable {
    /// The relation's index in the graph.
    public var relation: Int
    /// `true` when the path goes from the relation's source to its target.
    public var forward: Bool

    /// Creates a step.
    public init(relation: Int, forward: Bool) {
        self.relation = relation
        self.forward = forward
    }
}
