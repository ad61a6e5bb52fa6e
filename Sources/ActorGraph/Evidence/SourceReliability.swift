/// The NATO / Admiralty grade of a source's reliability, A (completely
/// reliable) to F (reliability cannot be judged).
public enum SourceReliability: String, CaseIterable, Comparable, Sendable {
    /// Completely reliable.
    case A
    /// Usually reliable.
    case B
    /// Fairly reliable.
    case C
    /// Not usually reliable.
    case D
    /// Unreliable.
    case E
    /// Reliability cannot be judged.
    case F

    /// More reliable first.
    public static func < (a: SourceReliability, b: SourceReliability) -> Bool { a.rawValue < b.rawValue }
}
