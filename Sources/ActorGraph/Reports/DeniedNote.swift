/// The line an answer ends with when it left denied relations out, so a
/// reader knows the answer is not the whole graph and how to get it.
public enum DeniedNote {
    /// `2 denied relations left out; --include-denied to count them`, as a
    /// line of its own, or nothing when none were left out.
    public static func text(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return "\(count) denied relation\(count == 1 ? "" : "s") left out; --include-denied to count them\n"
    }
}
