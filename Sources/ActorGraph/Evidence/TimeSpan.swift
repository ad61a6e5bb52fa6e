/// When a relation held: a single date (`date: 2024-01-04`), or a span
/// (`from: 2019-12, to: 2024-01-04`) whose ends may be open.
public struct TimeSpan: Hashable, Sendable {
    /// When it began (or happened); `nil` if unknown.
    public var start: PartialDate?
    /// When it ended; `nil` if ongoing or unknown.
    public var end: PartialDate?
    /// Whether it is a single dated event rather than a span.
    public var isEvent: Bool

    /// A single dated event.
    public static func on(_ date: PartialDate) -> TimeSpan {
        TimeSpan(start: date, end: date, isEvent: true)
    }

    /// Creates a span.
    public init(start: PartialDate?, end: PartialDate?, isEvent: Bool = false) {
        self.start = start
        self.end = end
        self.isEvent = isEvent
    }

    /// Whether the relation is part of the graph as it stood on `day`: an
    /// event once it has happened (any day it may have happened on is on or
    /// before `day`); a span once it may have begun and until it surely ended.
    public func holds(asOf day: PartialDate) -> Bool {
        if let start, start.earliest > day.latest { return false }
        if isEvent { return true }
        if let end, end.latest < day.earliest { return false }
        return true
    }

    /// The date to sort a timeline by.
    public var sortKey: PartialDate? { start ?? end }

    /// `2024-01-04`, `2019-12 – 2024-01-04`, `from 2023-10-07` or `until 2024-01-04`.
    public var description: String {
        if isEvent, let start { return start.description }
        switch (start, end) {
        case let (start?, end?): return "\(start) – \(end)"
        case let (start?, nil): return "from \(start)"
        case let (nil, end?): return "until \(end)"
        case (nil, nil): return "undated"
        }
    }
}
