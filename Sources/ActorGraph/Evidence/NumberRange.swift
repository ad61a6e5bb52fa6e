/// The numbers a reported figure allows: "at least 3" allows 3 and up,
/// "2-4" allows 2 to 4, "4" allows only 4.
///
/// Figures in conflict reports are counts (the killed, the wounded,
/// munitions), so a range never goes below 0. Each end may be open
/// ("more than 80" does not allow 80), so that ranges which only touch
/// are told apart from ranges which overlap. Two reports contradict each
/// other exactly when the intersection of their ranges is empty.
public struct NumberRange: Hashable, Sendable, CustomStringConvertible {
    /// The lowest number allowed, or the number every allowed one exceeds.
    public let lower: Double
    /// Whether `lower` itself is allowed.
    public let lowerIncluded: Bool
    /// The highest number allowed, or the number every allowed one stays
    /// below; `nil` when there is no upper end.
    public let upper: Double?
    /// Whether `upper` itself is allowed.
    public let upperIncluded: Bool

    /// Every count: what "unknown" allows.
    public static let any = NumberRange(lower: 0, upper: nil)!

    /// A range with these ends; `nil` when no number lies between them.
    public init?(lower: Double, lowerIncluded: Bool = true, upper: Double?, upperIncluded: Bool = true) {
        guard lower >= 0, lower.isFinite, upper?.isFinite ?? true else { return nil }
        if let upper {
            guard lower < upper || (lower == upper && lowerIncluded && upperIncluded) else { return nil }
        }
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upper == nil ? false : upperIncluded
    }

    /// Exactly `value`.
    public init(exactly value: Double) {
        self.init(lower: value, upper: value)!
    }

    /// Whether `value` lies in the range.
    public func contains(_ value: Double) -> Bool {
        let aboveLower = lowerIncluded ? value >= lower : value > lower
        guard let upper else { return aboveLower }
        return aboveLower && (upperIncluded ? value <= upper : value < upper)
    }

    /// The numbers both ranges allow; `nil` when the two cannot both hold.
    public func intersection(_ other: NumberRange) -> NumberRange? {
        let (lower, lowerIncluded) = self.lower != other.lower
            ? (self.lower > other.lower ? (self.lower, self.lowerIncluded) : (other.lower, other.lowerIncluded))
            : (self.lower, self.lowerIncluded && other.lowerIncluded)
        let upper: Double?
        let upperIncluded: Bool
        switch (self.upper, other.upper) {
        case (nil, nil): (upper, upperIncluded) = (nil, false)
        case (let one?, nil): (upper, upperIncluded) = (one, self.upperIncluded)
        case (nil, let two?): (upper, upperIncluded) = (two, other.upperIncluded)
        case (let one?, let two?):
            (upper, upperIncluded) = one != two
                ? (one < two ? (one, self.upperIncluded) : (two, other.upperIncluded))
                : (one, self.upperIncluded && other.upperIncluded)
        }
        return NumberRange(lower: lower, lowerIncluded: lowerIncluded, upper: upper, upperIncluded: upperIncluded)
    }

    /// The lowest count the range allows, the figure the conservative rule
    /// keeps: the lower end, or the next whole number above an open one
    /// (81 for "more than 80") while that is still in the range.
    public var lowest: Double {
        if lowerIncluded { return lower }
        let next = (lower + 1).rounded(.down)
        return contains(next) ? next : lower
    }

    /// "4", "at least 3", "more than 80", "2-4", "at most 5",
    /// "more than 80 and at most 100", or "any number".
    public var description: String {
        let low = Self.text(lower)
        guard let upper else {
            if lower == 0 && lowerIncluded { return "any number" }
            return lowerIncluded ? "at least \(low)" : "more than \(low)"
        }
        let high = Self.text(upper)
        if lower == upper { return low }
        if lowerIncluded && upperIncluded { return lower == 0 ? "at most \(high)" : "\(low)-\(high)" }
        let top = upperIncluded ? "at most \(high)" : "fewer than \(high)"
        if lower == 0 && lowerIncluded { return top }
        return (lowerIncluded ? "at least \(low)" : "more than \(low)") + " and " + top
    }

    /// A number without a trailing ".0" when it is whole.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
