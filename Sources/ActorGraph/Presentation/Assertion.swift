/// How firmly a drawing shows a relation, from its claim status: a firm
/// statement as a line, a claim, an accusation or an assessment as dashes, a denial as
/// dots. Every output draws these three alike, so a reader never takes an
/// accusation for a fact.
public enum Assertion: String, Hashable, Sendable {
    /// Reported or confirmed.
    case firm
    /// Claimed, alleged or assessed.
    case contested
    /// Denied.
    case denied

    /// The assertion a claim status is drawn as.
    public init(_ status: ClaimStatus) {
        switch status {
        case .reported, .confirmed: self = .firm
        case .claimed, .alleged, .assessed: self = .contested
        case .denied: self = .denied
        }
    }
}
