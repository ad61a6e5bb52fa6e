/// Which kinds of entity may stand at one end of a relation type.
public enum EndpointRule: Hashable, Sendable {
    /// Any kind, declared or built in.
    case any
    /// Any actor kind (`person`, `group`, `state`).
    case actor
    /// Exactly these kinds, by name.
    case kinds([String])

    /// Whether an entity of `kind` may stand at this end.
    public func allows(_ kind: EntityKind) -> Bool {
        switch self {
        case .any: return true
        case .actor: return kind.isActor
        case .kinds(let names): return names.contains(kind.name)
        }
    }

    /// The rule as written in `.ag`: `any`, `actor` or `person|group`.
    public var description: String {
        switch self {
        case .any: return "any"
        case .actor: return "actor"
        case .kinds(let names): return names.joined(separator: "|")
        }
    }
}
