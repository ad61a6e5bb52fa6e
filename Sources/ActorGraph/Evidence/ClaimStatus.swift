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

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Weaker first.
    public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool { a.rank < b.rank }
}
