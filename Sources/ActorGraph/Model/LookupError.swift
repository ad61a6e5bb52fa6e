/// A name given to a query or a selection that the graph does not know:
/// an actor, a kind, a relation type or a source. The message names the
/// nearest spellings, or says what there is.
public struct LookupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable id for what was not found: `unknown-actor`, `unknown-kind`,
    /// `unknown-relation-type` or `unknown-source`.
    public var id: String
    /// What was not found and what to do.
    public var message: String

    /// Creates an error.
    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }

    public var description: String { message }
}
