/// ActorGraph's values in STIX's words: timestamps, the Admiralty grades
/// as confidence and reliability, relation types as relationship types.
enum STIXValues {
    /// `yyyymmdd` (as ``PartialDate/earliest`` and ``PartialDate/latest``
    /// give it) as a STIX timestamp: the day's first moment, or with
    /// `endOfDay` its last millisecond, so a span covers every day of its
    /// dates. The year is always four digits, as RFC 3339 wants.
    static func timestamp(_ day: Int, endOfDay: Bool = false) -> String {
        withTimestamp(day, endOfDay: endOfDay) { String(decoding: $0, as: UTF8.self) }
    }

    /// What ``timestamp(_:endOfDay:)`` gives, as bytes lent to `body`, for
    /// a writer that copies it into its output without making a String.
    static func withTimestamp<Result>(_ day: Int, endOfDay: Bool = false, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let time: StaticString = endOfDay ? "T23:59:59.999Z" : "T00:00:00.000Z"
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10 + time.utf8CodeUnitCount) { text in
            var digits = day
            // From the last digit back: dd at 9-8, mm at 6-5, yyyy at 3-0.
            for position in digitPositions {
                text[position] = UInt8(ascii: "0") + UInt8(digits % 10)
                digits /= 10
            }
            text[4] = UInt8(ascii: "-")
            text[7] = UInt8(ascii: "-")
            time.withUTF8Buffer { suffix in _ = UnsafeMutableBufferPointer(rebasing: text[10...]).initialize(from: suffix) }
            return body(UnsafeBufferPointer(text))
        }
    }

    private static let digitPositions = [9, 8, 6, 5, 3, 2, 1, 0]

    /// The STIX confidence (0-100) of a credibility grade: 1 → 90, 2 → 70,
    /// 3 → 50, 4 → 30, 5 → 10; `nil` for 6 ("truth cannot be judged"),
    /// which says nothing about confidence.
    static func confidence(_ grade: Int) -> Int? {
        (1...5).contains(grade) ? 110 - 20 * grade : nil
    }

    /// A reliability grade as OpenCTI's `x_opencti_reliability` vocabulary writes it.
    static func reliability(_ grade: SourceReliability) -> String {
        switch grade {
        case .A: return "A - Completely reliable"
        case .B: return "B - Usually reliable"
        case .C: return "C - Fairly reliable"
        case .D: return "D - Not usually reliable"
        case .E: return "E - Unreliable"
        case .F: return "F - Reliability cannot be judged"
        }
    }

    /// STIX's own relationship type where one means the same (`targets`
    /// for a hostile relation, `located-at` for `located-in`), otherwise
    /// the type's name in the custom form STIX allows: lower-case letters,
    /// digits and hyphens, any other character a hyphen.
    static func relationshipType(_ type: RelationType) -> String {
        if type.role == .hostility { return "targets" }
        if type.name == "located-in" { return "located-at" }
        let bytes = type.name.lowercased().utf8.map { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): return byte
            default: return UInt8(ascii: "-")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
