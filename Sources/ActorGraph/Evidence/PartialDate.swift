/// A calendar date known to the year, the month or the day, as reports
/// give them: `2019`, `2023-12`, `2024-01-04`.
///
/// A partial date stands for every day it covers, so it has an earliest
/// and a latest day; comparisons and "as of" tests use those. Stored in
/// four bytes (`yyyymmdd`, 0 for an unknown month or day), since every
/// dated relation carries one or two.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let packed: UInt32

    /// The year.
    public var year: Int { Int(packed / 10_000) }
    /// The month, 1-12, if known.
    public var month: Int? { Int(packed / 100 % 100).nonZero }
    /// The day of the month, if known.
    public var day: Int? { Int(packed % 100).nonZero }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else,
    /// including days a month does not have.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0, parts[0].allSatisfy(\.isNumber) else {
            return nil
        }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isNumber), let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, parts[2].allSatisfy(\.isNumber), let value = Int(parts[2]),
                  (1...Self.days(in: month, of: year)).contains(value) else { return nil }
            day = value
        }
        packed = UInt32(year * 10_000 + (month ?? 0) * 100 + (day ?? 0))
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day covered, as `yyyymmdd`.
    public var earliest: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day covered, as `yyyymmdd`.
    public var latest: Int {
        guard let month else { return year * 10_000 + 1231 }
        return year * 10_000 + month * 100 + (day ?? Self.days(in: month, of: year))
    }

    /// Earlier first day first; for the same first day, the more precise date first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.earliest, a.latest) < (b.earliest, b.latest)
    }

    /// The date as written: `2024`, `2024-01` or `2024-01-04`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}
