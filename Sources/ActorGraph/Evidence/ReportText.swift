/// A report's text as ``QuoteCheck`` compares quotes with it: its words
/// folded (lower case, curly quotes straight, every dash a hyphen), so
/// white space, line breaks and typography do not decide a match, with the
/// line each word is on, so a quote found is found on a line.
struct ReportText {
    /// The report's words, folded.
    private let words: [String]
    /// Each word as written in the report, for showing a passage.
    private let written: [Substring]
    /// The line (1-based) each word starts on.
    private let lines: [Int]
    /// The folded words joined by single spaces, as UTF-8.
    private let folded: [UInt8]
    /// Where each word starts in ``folded``, ascending.
    private let starts: [Int]

    /// Splits `text` into words.
    init(_ text: String) {
        var written: [Substring] = [], lines: [Int] = []
        var line = 1
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            if character.isWhitespace {
                if let begun = start { written.append(text[begun..<index]); start = nil }
                // "\r\n" is one Character, so a Windows line break counts once.
                if character.isNewline { line += 1 }
            } else if start == nil {
                start = index
                lines.append(line)
            }
        }
        if let begun = start { written.append(text[begun...]) }
        self.written = written
        self.lines = lines
        words = written.map(Self.fold)
        var folded: [UInt8] = [], starts: [Int] = []
        folded.reserveCapacity(text.utf8.count)
        for word in words {
            if !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
            starts.append(folded.count)
            folded.append(contentsOf: word.utf8)
        }
        self.folded = folded
        self.starts = starts
    }

    /// Whether the report holds `quote`, folded alike.
    func contains(_ quote: String) -> Bool {
        let wanted = Self.bytes(of: quote)
        return wanted.isEmpty || Self.firstOffset(of: wanted, in: folded) != nil
    }

    /// The line (1-based) on which the report's first occurrence of
    /// `quote` starts, folded alike; `nil` when the report does not hold
    /// it or the quote has no words.
    func line(of quote: String) -> Int? {
        let wanted = Self.bytes(of: quote)
        guard !wanted.isEmpty, let offset = Self.firstOffset(of: wanted, in: folded) else { return nil }
        // A quote may begin inside a word ("inanced by Iran"): take the word it begins in.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return lines[low]
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

    /// `text`'s folded words joined by single spaces, as UTF-8.
    private static func bytes(of text: String) -> [UInt8] {
        Array(words(of: text).joined(separator: " ").utf8)
    }

    /// The offset of the first occurrence of `pattern` in `text`, found by
    /// Knuth-Morris-Pratt: linear in both, so a hostile report and quote
    /// (long runs of one word) cannot make the check quadratic.
    private static func firstOffset(of pattern: [UInt8], in text: [UInt8]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        var failure = [Int](repeating: 0, count: pattern.count)
        var matched = 0
        for index in 1..<pattern.count {
            while matched > 0 && pattern[index] != pattern[matched] { matched = failure[matched - 1] }
            if pattern[index] == pattern[matched] { matched += 1 }
            failure[index] = matched
        }
        matched = 0
        for (index, byte) in text.enumerated() {
            while matched > 0 && byte != pattern[matched] { matched = failure[matched - 1] }
            if byte == pattern[matched] { matched += 1 }
            if matched == pattern.count { return index - pattern.count + 1 }
        }
        return nil
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
