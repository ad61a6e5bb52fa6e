/// When a relation holds, in GEXF's `date` time format (`xsd:date`,
/// `YYYY-MM-DD`). GEXF has no partial dates, so a date known only to the
/// month or the year becomes the whole stretch it covers: `2024-01` runs
/// from `2024-01-01` to `2024-01-31`. The dates as written travel beside
/// it in the `date`, `from` and `to` attributes, so no precision is lost.
enum GEXFTime {
    /// The first and last day `time` covers: an event from the first to
    /// the last day of its date, a span from the first day of its start to
    /// the last day of its end. An open end is `nil`, which GEXF reads as
    /// unbounded.
    static func interval(_ time: TimeSpan) -> (start: String?, end: String?) {
        (time.start.map { day($0.earliest) }, time.end.map { day($0.latest) })
    }

    /// `yyyymmdd` as `YYYY-MM-DD`.
    static func day(_ packed: Int) -> String {
        let year = packed / 10_000, month = packed / 100 % 100, day = packed % 100
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
    }
}
