/// A figure as a report gives it: "at least 3", "more than 80", "about
/// 100", "2-4", "dozens", "unknown" or a plain number.
///
/// Reports rarely give exact counts, and a count stored without its
/// qualifier makes compatible reports look contradictory ("at least
/// three" and "at least two" are not a dispute). A reported number keeps
/// the words for display and reads them as the range of counts they allow,
/// so conflict reports can tell real disputes from different wordings.
/// `docs/language.md` lists every phrase understood.
public struct ReportedNumber: Hashable, Sendable {
    /// How the report qualifies its figure.
    public enum Qualifier: String, CaseIterable, Sendable {
        /// A plain number: "4", "four", "1,200".
        case exact
        /// "at least 3", "more than 80", "over 100", "100+".
        case lowerBound = "lower bound"
        /// "at most 5", "fewer than 10", "up to 20".
        case upperBound = "upper bound"
        /// "about 100", "nearly 50": within a tenth of the number (and at
        /// least 1) around it, or below it for "nearly" and "almost".
        case approximate
        /// "2-4", "2 to 4", "between 2 and 4", and vague words such as
        /// "dozens" or "several", each read as a fixed range.
        case range
        /// "unknown": every count is possible.
        case unknown
    }

    /// The words as written.
    public let text: String
    /// How the figure is qualified.
    public let qualifier: Qualifier
    /// The counts the words allow.
    public let range: NumberRange

    /// Reads `text` as a figure; `nil` when it is not one of the phrases
    /// understood (so "rockets" or "2 km" stay plain text). Case and
    /// runs of spaces do not matter.
    public init?(_ text: String) {
        // Long text is never a figure; stop before splitting it.
        guard text.utf8.count <= 64 else { return nil }
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard let (qualifier, range) = Self.read(words) else { return nil }
        self.text = text
        self.qualifier = qualifier
        self.range = range
    }

    private static func read(_ words: [String]) -> (Qualifier, NumberRange)? {
        let phrase = words.joined(separator: " ")
        if phrase == "unknown" { return (.unknown, .any) }
        if let vague = vagueWords[phrase] { return (.range, vague) }
        if let value = number(words) { return (.exact, NumberRange(exactly: value)) }
        if words.count == 1, words[0].hasSuffix("+"), let value = number([String(words[0].dropLast())]) {
            return (.lowerBound, NumberRange(lower: value, upper: nil)!)
        }
        for (prefix, bound) in bounds where words.starts(with: prefix) {
            guard let value = number(Array(words.dropFirst(prefix.count))), let range = bound.range(value) else { return nil }
            return (bound.qualifier, range)
        }
        return span(words).map { (.range, $0) }
    }

    /// "2-4", "2–4" (digits only), "2 to 4", "between 2 and 4", "from 2 to 4".
    private static func span(_ words: [String]) -> NumberRange? {
        let ends: ([String], [String])
        if words.count == 1 {
            // Only digits around a dash: "twenty-five" is a number, not a range.
            let parts = words[0].split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "–" }
            guard parts.count == 2, let low = digits(String(parts[0])), let high = digits(String(parts[1])), low < high else { return nil }
            return NumberRange(lower: low, upper: high)
        } else if let to = words.firstIndex(of: "to") {
            let start = words.first == "from" ? 1 : 0
            ends = (Array(words[start..<to]), Array(words[(to + 1)...]))
        } else if words.first == "between", let and = words.firstIndex(of: "and") {
            ends = (Array(words[1..<and]), Array(words[(and + 1)...]))
        } else {
            return nil
        }
        guard let low = number(ends.0), let high = number(ends.1), low < high else { return nil }
        return NumberRange(lower: low, upper: high)
    }

    /// How a qualifying phrase bounds the number after it.
    private enum Bound {
        case atLeast, moreThan, atMost, fewerThan, about, below

        var qualifier: Qualifier {
            switch self {
            case .atLeast, .moreThan: return .lowerBound
            case .atMost, .fewerThan: return .upperBound
            case .about, .below: return .approximate
            }
        }

        func range(_ value: Double) -> NumberRange? {
            let spread = max(value / 10, 1)
            switch self {
            case .atLeast: return NumberRange(lower: value, upper: nil)
            case .moreThan: return NumberRange(lower: value, lowerIncluded: false, upper: nil)
            case .atMost: return NumberRange(lower: 0, upper: value)
            case .fewerThan: return NumberRange(lower: 0, upper: value, upperIncluded: false)
            case .about: return NumberRange(lower: max(value - spread, 0), upper: value + spread)
            case .below: return NumberRange(lower: max(value - spread, 0), upper: value, upperIncluded: false)
            }
        }
    }

    /// The qualifying phrases, each as its words.
    private static let bounds: [([String], Bound)] = ([
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
        ("more than", .moreThan), ("over", .moreThan), ("upwards of", .moreThan),
        ("at most", .atMost), ("no more than", .atMost), ("up to", .atMost),
        ("fewer than", .fewerThan), ("less than", .fewerThan), ("under", .fewerThan),
        ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about), ("some", .about),
        ("nearly", .below), ("almost", .below),
    ] as [(String, Bound)]).map { ($0.0.split(separator: " ").map(String.init), $0.1) }

    /// Words that stand for a range of counts.
    private static let vagueWords: [String: NumberRange] = [
        "a few": NumberRange(lower: 2, upper: 9)!,
        "several": NumberRange(lower: 3, upper: 9)!,
        "dozens": NumberRange(lower: 24, upper: 199)!,
        "scores": NumberRange(lower: 40, upper: 199)!,
        "hundreds": NumberRange(lower: 200, upper: 1999)!,
        "thousands": NumberRange(lower: 2000, upper: 19999)!,
    ]

    /// A number in digits ("1,200", "2.5") or in words ("four",
    /// "twenty-five", "twenty five"); `nil` for anything else.
    static func number(_ words: [String]) -> Double? {
        switch words.count {
        case 1: return digits(words[0]) ?? numberWord(words[0])
        case 2: return compound(tens: words[0], unit: words[1])
        default: return nil
        }
    }

    /// Digits, with commas between groups of three and an optional
    /// decimal part; at most 15 digits, so the value is exact.
    private static func digits(_ word: String) -> Double? {
        let parts = word.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let first = whole.first, (1...3).contains(first.count) || whole.count == 1,
              whole.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        let digits = whole.joined() + (parts.count == 2 ? "." + parts[1] : "")
        let count = digits.filter { $0 != "." }.count
        guard (1...15).contains(count), !whole.joined().isEmpty, parts.count == 1 || !parts[1].isEmpty,
              digits.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }) else { return nil }
        return Double(digits)
    }

    /// A number word, or a hyphenated pair such as "twenty-five".
    private static func numberWord(_ word: String) -> Double? {
        if let value = units[word] ?? tens[word] { return Double(value) }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return compound(tens: String(parts[0]), unit: String(parts[1]))
    }

    private static func compound(tens word: String, unit: String) -> Double? {
        guard let ten = tens[word], let one = units[unit], (1...9).contains(one) else { return nil }
        return Double(ten + one)
    }

    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
}

extension AttributeValue {
    /// The value read as a figure as reported, if it is one.
    public var reportedNumber: ReportedNumber? { ReportedNumber(text) }
}
