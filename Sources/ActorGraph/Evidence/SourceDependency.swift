/// That a source repeats another's reporting, in whole or in given
/// passages, as its declaration says: `copies: r000 "3-8"` or
/// `derived-from: reuters`. Two citations of one account are not two
/// accounts: ``Corroboration`` counts them once.
public struct SourceDependency: Hashable, Sendable {
    /// How the source repeats the original.
    public enum Kind: String, CaseIterable, Sendable {
        /// The same text, verbatim or translated (`copies:`).
        case copies
        /// A rewrite of the original's reporting (`derived-from:`).
        case derivedFrom = "derived-from"
    }

    /// How the source repeats the original.
    public var kind: Kind
    /// The original's index in ``Graph/sources``.
    public var original: Int
    /// The lines of the repeating source's report file (1-based, inclusive)
    /// that repeat the original; empty when the whole report does.
    public var lines: [ClosedRange<Int>]

    /// Creates a dependency.
    public init(kind: Kind, original: Int, lines: [ClosedRange<Int>] = []) {
        self.kind = kind
        self.original = original
        self.lines = lines
    }

    /// Whether the whole report repeats the original.
    public var isWhole: Bool { lines.isEmpty }

    /// Whether a citation found on `line` of the repeating source's report
    /// rests on the original. A citation whose line is not known (its quote
    /// not checked against the report) rests on the original only when the
    /// whole report repeats it.
    public func covers(line: Int?) -> Bool {
        if isWhole { return true }
        guard let line else { return false }
        return lines.contains { $0.contains(line) }
    }

    /// The ranges of `"1-2, 9-10"` (a line alone, `4`, is the range 4-4),
    /// or `nil` unless every comma-separated part is a line number from 1
    /// or a range of two whose first is not after its second.
    public static func lineRanges(_ text: String) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { bound in Int(String(bound.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())) }
            guard (1...2).contains(bounds.count), let first = bounds.first ?? nil, let last = bounds.last ?? nil,
                  first >= 1, first <= last else { return nil }
            ranges.append(first...last)
        }
        return ranges
    }

    /// A value of `copies:` or `derived-from:` as an attribute keeps it,
    /// as written: the original's id, then the quoted line ranges if any.
    public static func value(original id: String, lines: String?) -> String {
        lines.map { id + " " + StringLiteral.quoted($0) } ?? id
    }

    /// The original's id and the line ranges of a value that
    /// ``value(original:lines:)`` wrote; `nil` for any other text.
    static func parse(_ value: String) -> (id: String, lines: [ClosedRange<Int>])? {
        guard let space = value.firstIndex(of: " ") else { return value.isEmpty ? nil : (value, []) }
        let quoted = value[value.index(after: space)...]
        guard quoted.count >= 2, quoted.first == "\"", quoted.last == "\"",
              let lines = lineRanges(String(quoted.dropFirst().dropLast())) else { return nil }
        return (String(value[..<space]), lines)
    }

    /// What each of `sources` declares it repeats, by source index, in the
    /// order written; a value naming no source, or the source itself, is
    /// left out (the checker reports it).
    static func resolve(_ sources: [Source], index: [String: Int]) -> [[SourceDependency]] {
        sources.enumerated().map { position, source in
            source.attributes.flatMap { attribute -> [SourceDependency] in
                guard let kind = Kind(rawValue: attribute.key) else { return [] }
                return attribute.values.compactMap { value in
                    guard let (id, lines) = parse(value.text), let original = index[id], original != position else { return nil }
                    return SourceDependency(kind: kind, original: original, lines: lines)
                }
            }
        }
    }
}
