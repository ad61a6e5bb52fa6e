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
    /// including days a month does not have. Reads ASCII bytes, since
    /// every dated relation of a large file goes through here.
    public init?(_ text: String) {
        var fields = (0, 0, 0)
        var lengths = (0, 0, 0)
        var field = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                field += 1
                guard field < 3 else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // Stop at the widest field allowed, before a long run of digits overflows.
            guard (field == 0 ? lengths.0 < 4 : field == 1 ? lengths.1 < 2 : lengths.2 < 2) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch field {
            case 0: fields.0 = fields.0 * 10 + digit; lengths.0 += 1
            case 1: fields.1 = fields.1 * 10 + digit; lengths.1 += 1
            default: fields.2 = fields.2 * 10 + digit; lengths.2 += 1
            }
        }
        guard lengths.0 == 4, fields.0 > 0 else { return nil }
        if field >= 1 { guard lengths.1 == 2, (1...12).contains(fields.1) else { return nil } }
        if field == 2 { guard lengths.2 == 2, (1...Self.days(in: fields.1, of: fields.0)).contains(fields.2) else { return nil } }
        packed = UInt32(fields.0 * 10_000 + (field >= 1 ? fields.1 : 0) * 100 + (field == 2 ? fields.2 : 0))
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// How much of a date is known, as exports name it beside the date.
    public enum Precision: String, Sendable {
        /// Only the year (`2019`).
        case year
        /// The year and month (`2024-01`).
        case month
        /// The day (`2024-01-04`).
        case day
    }

    /// Whether the date is known to the year, the month or the day.
    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

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
        // Four digits always, as the parser reads them back: `0999`, not `999`.
        let digits = String(year)
        var text = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}
