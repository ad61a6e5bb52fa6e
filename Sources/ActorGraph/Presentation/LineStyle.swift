/// How the line of a relation is drawn.
public enum LineStyle: String, CaseIterable, Hashable, Sendable {
    /// A plain line.
    case solid
    /// Dashes: a claim or an accusation, or a type drawn so.
    case dashed
    /// Dots: a denial, or a type drawn so.
    case dotted
    /// A heavier plain line.
    case bold
    /// A line that narrows towards its head.
    case tapered
}
