/// How firmly a relation is asserted: a report states it, an actor claims
/// or alleges it, the actor concerned confirms it, or someone denies it.
/// Ordered from weakest to strongest, so `--min-status` can keep only the
/// firmer ones.
public enum ClaimStatus: String, CaseIterable, Comparable, Sendable {
    /// Someone denies it happened.
    case denied
    /// Someone accuses another of it.
    case alleged
    /// Someone claims it (often the actor itself).
    case claimed
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
        case .reported: return 3
        case .confirmed: return 4
        }
    }

    /// Weaker first.
    public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool { a.rank < b.rank }
}
