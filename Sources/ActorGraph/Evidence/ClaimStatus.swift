/// How firmly a relation or a value is asserted: a report states it, an
/// actor claims or alleges it, an agency assesses it, the actor concerned
/// confirms it, or someone denies it. Ordered from weakest to strongest,
/// so `--min-status` can keep only the firmer ones.
///
/// Claimed and alleged differ by who speaks: an actor *claims* something
/// about itself (its own act, "we carried out the attack"); it *alleges*
/// something against another (an accusation). An allegation is the weaker,
/// since the accuser has a stake in it.
public enum ClaimStatus: String, CaseIterable, Comparable, Sendable {
    /// Someone denies it happened.
    case denied
    /// Someone accuses another of it.
    case alleged
    /// An actor claims it about itself, or claims its own act.
    case claimed
    /// An agency's analytic judgement (an intelligence assessment): firmer
    /// than a claim or an allegation, but a judgement, so weaker than a
    /// report stating it as fact and than a confirmation.
    case assessed
    /// A report states it as fact (the default).
    case reported
    /// The actor concerned, or an authority, confirms it.
    case confirmed

    /// The position in the order above; a switch, since filters compare
    /// the status of every relation of a large graph.
    private var rank: Int {
        switch self {
        case .denied: return 0
        case .alleged: return 1
        case .claimed: return 2
        case .assessed: return 3
        case .reported: return 4
        case .confirmed: return 5
        }
    }

    /// Weaker first.
    public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool { a.rank < b.rank }
}
