/// A problem found while building a graph: an error that keeps the graph
/// from being used, or a warning.
///
/// Issues carry the `origin` the caller passed with the offending
/// declaration, so the `.ag` compiler can point at file, line and column,
/// and code built with the DSL can say which declaration was wrong.
public struct GraphIssue: Error, Hashable, Sendable {
    /// Which part of a declaration an issue points at.
    public enum Part: Hashable, Sendable {
        /// The entity id of a declaration.
        case id
        /// The `n`th alias of an entity declaration.
        case alias(Int)
        /// The display name of an entity declaration.
        case name
        /// The subject of a relation.
        case subject
        /// The relation type of a relation.
        case type
        /// The object of a relation.
        case object
        /// The `n`th actor named by a relation's `by:`.
        case claimant(Int)
        /// The `position`th actor named by the `by:` of value `value` of
        /// attribute `key`.
        case valueClaimant(key: String, value: Int, position: Int)
        /// The id of a source declaration.
        case source
        /// The `index`th value of the attribute `key`.
        case value(key: String, index: Int)
    }

    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// Two entities share an id; `first` is the first one's origin.
        case duplicateID(String, first: Int?)
        /// A name or alias folds to a key that already names another entity.
        case ambiguousName(String, otherID: String, other: Int?)
        /// A relation names an entity that does not exist.
        case unknownEntity(String, quoted: Bool, suggestions: [String])
        /// A relation names a relation type that does not exist.
        case unknownRelationType(String, suggestions: [String])
        /// A value of a reference key (`event:`, `target:`, a key a kind or
        /// relation type declares with `refs:`) names no entity.
        case unknownReference(key: String, value: String, suggestions: [String])
        /// A relation's end breaks its type's endpoint rule.
        case endpointRule(type: String, entityID: String, kind: String, rule: String)
        /// An identity relation (`same-as`) between entities of different
        /// kinds that are not both actors: an event cannot be a person.
        case identityKinds(type: String, subjectID: String, subjectKind: String, objectID: String, objectKind: String)
        /// No relation touches the entity, as an end or a claimant (`by:`).
        case unusedEntity(String)
        /// Two sources share an id; `first` is the first one's origin.
        case duplicateSource(String, first: Int?)
        /// A declaration made in code that cannot be built as written: a
        /// reserved attribute key, an unknown source, a malformed date.
        case invalidDeclaration(String)
    }

    /// What is wrong.
    public var problem: Problem
    /// The origin given with the declaration at fault, if any.
    public var origin: Int?
    /// Which part of that declaration.
    public var part: Part

    /// Whether the issue is only a warning.
    public var isWarning: Bool {
        if case .unusedEntity = problem { return true }
        return false
    }

    /// The id of the diagnostic the `.ag` compiler reports for this issue.
    public var diagnosticID: DiagnosticID {
        switch problem {
        case .duplicateID: return .duplicateID
        case .ambiguousName: return .ambiguousName
        case .unknownEntity: return .unknownEntity
        case .unknownRelationType: return .unknownRelationType
        case .unknownReference: return .unknownReference
        case .endpointRule: return .endpointRule
        case .identityKinds: return .identityKinds
        case .unusedEntity: return .unusedEntity
        case .duplicateSource: return .duplicateSource
        case .invalidDeclaration: return .invalidDeclaration
        }
    }

    /// A one-line message that says what is wrong and what to do.
    public var message: String {
        switch problem {
        case .duplicateID(let id, _):
            return "duplicate id '\(id)'; rename one of the two entities or merge their declarations"
        case .ambiguousName(let name, let otherID, _):
            return "'\(name)' already names entity '\(otherID)' (names match ignoring case, accents and punctuation); remove it or make it distinct"
        case .unknownEntity(let reference, let quoted, let suggestions):
            let shown = quoted ? "\"\(reference)\"" : "'\(reference)'"
            var what = quoted ? "no entity has the name or alias" : "unknown entity id"
            switch part {
            case .claimant, .valueClaimant: what = "'by:' names an actor that does not exist: " + what
            default: break
            }
            return "\(what) \(shown)" + Self.didYouMean(suggestions, otherwise: "declare it, e.g. 'group \(quoted ? "some-id \"\(reference)\"" : reference)'")
        case .unknownRelationType(let name, let suggestions):
            return "unknown relation type '\(name)'" + Self.didYouMean(suggestions, otherwise: "declare it with 'relation \(name) [from: any, to: any]'")
        case .unknownReference(let key, let value, let suggestions):
            return "'\(key):' names an entity, but no entity has the id, name or alias \"\(value)\""
                + Self.didYouMean(suggestions, otherwise: "declare it, e.g. 'group some-id \"\(value)\"', or give plain text another key")
        case .endpointRule(let type, let entityID, let kind, let rule):
            switch part {
            case .value:
                return "the role '\(type)' takes \(rule), but '\(entityID)' is a \(kind); name another entity, or assign it another role"
            case .id:
                return "the role '\(type)' is assigned in \(rule), but '\(entityID)' is a \(kind); assign it in another entity, or declare a role that allows \(kind)"
            default:
                break
            }
            let end = part == .subject ? "subject" : "object"
            return "'\(type)' needs its \(end) to be \(rule), but '\(entityID)' is a \(kind); use another relation type or declare a new one"
        case .identityKinds(let type, let subjectID, let subjectKind, let objectID, let objectKind):
            return "'\(type)' says two entities are one, but '\(subjectID)' is of kind \(subjectKind) and '\(objectID)' of kind \(objectKind); "
                + "its ends must be of one kind, or both actors: check the ids, or use another relation type"
        case .unusedEntity(let id):
            return "no relation touches '\(id)'; add a relation or remove it"
        case .duplicateSource(let id, _):
            return "duplicate source '\(id)'; rename one of the two sources or merge them"
        case .invalidDeclaration(let message):
            return message
        }
    }

    static func didYouMean(_ suggestions: [String], otherwise advice: String) -> String {
        "; " + (Suggester.didYouMean(suggestions) ?? advice)
    }
}

/// The errors that kept a graph built in code from being made.
public struct GraphBuildError: Error, CustomStringConvertible, Sendable {
    /// Every error found, in declaration order.
    public var issues: [GraphIssue]

    /// One message per line.
    public var description: String {
        issues.map(\.message).joined(separator: "\n")
    }
}
