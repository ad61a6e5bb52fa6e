/// A report's text as ``QuoteCheck`` compares quotes with it: its words
/// folded (lower case, curly quotes straight, every dash a hyphen), so
/// white space, line breaks and typography do not decide a match.
struct ReportText {
    /// The report's words, folded.
    private let words: [String]
    /// Each word as written in the report, for showing a passage.
    private let written: [Substring]
    /// The folded words joined by single spaces.
    private let folded: String

    /// Splits `text` into words.
    init(_ text: String) {
        written = text.split(whereSeparator: \.isWhitespace)
        words = written.map(Self.fold)
        folded = words.joined(separator: " ")
    }

    /// Whether the report holds `quote`, folded alike.
    func contains(_ quote: String) -> Bool {
        folded.contains(Self.words(of: quote).joined(separator: " "))
    }

    /// The run of as many words as `quote` has that shares the most words
    /// with it, as written in the report; `nil` if no word is shared.
    func closestPassage(to quote: String) -> String? {
        let wanted = Self.words(of: quote)
        guard !wanted.isEmpty, !words.isEmpty else { return nil }
        let width = min(wanted.count, words.count)
        // Punctuation does not make a word another one: "Iran," is "Iran".
        func bare(_ word: String) -> String { String(word.filter { $0.isLetter || $0.isNumber }) }
        let wantedSet = Set(wanted.map(bare))
        let bareWords = words.map(bare)
        var best = 0, bestStart = 0
        for start in 0...(words.count - width) {
            let shared = bareWords[start..<(start + width)].count { wantedSet.contains($0) }
            if shared > best { best = shared; bestStart = start }
        }
        guard best > 0 else { return nil }
        return written[bestStart..<(bestStart + width)].joined(separator: " ")
    }

    /// `text`'s words, folded.
    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(fold)
    }

    /// One word in lower case, with curly quotes and apostrophes straight
    /// and every dash a hyphen.
    private static func fold(_ word: Substring) -> String {
        String(word.lowercased().map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
            default: character
            }
        })
    }
}
