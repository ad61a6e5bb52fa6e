/// Whether a source had been published by a given day, as its `date:`
/// shows: what `--known-by` asks of every cited source.
///
/// A date is a span of days (a month-only `2024-01` covers the whole
/// month), so a source is ``published`` only when the last day its date
/// covers is on or before the day asked about. A source that may have
/// appeared later, because its date reaches past the day or it has none,
/// is ``uncertain`` and counted as not yet published: for an audit,
/// counting a report that came out afterwards is the worse error.
public enum Publication: Hashable, Sendable {
    /// Out by the day: every day its date covers is on or before it.
    case published
    /// Possibly out, possibly not: undated, or dated to a month or year
    /// that reaches past the day.
    case uncertain
    /// Out only after the day: every day its date covers is later.
    case later

    /// When `source` was published, seen from `day`; a day given as a
    /// month or a year stands for its last day ("known by January" is
    /// known by the end of January).
    public init(of source: Source, by day: PartialDate) {
        guard let date = source.date else {
            self = .uncertain
            return
        }
        if date.latest <= day.latest {
            self = .published
        } else {
            self = date.earliest <= day.latest ? .uncertain : .later
        }
    }

    /// Whether the source's citations count.
    public var counts: Bool { self == .published }
}
