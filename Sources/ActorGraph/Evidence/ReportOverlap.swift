/// The passages that reports share: wire copy that one outlet reprints from
/// another. Two reports that repeat one text are one piece of evidence, not
/// two, so an analyst needs to see them before counting sources.
///
/// Reports are compared as normalised words (lowercased runs of letters and
/// digits, so punctuation, quotation marks and line breaks do not matter) in
/// overlapping shingles of ``shingleLength`` words. Each shingle is hashed
/// once into a dictionary that remembers its first occurrence, so the work
/// grows with the total number of words, not with the number of pairs of
/// reports. Runs of shared shingles, allowing for a few changed words, become
/// one ``Passage``.
public struct ReportOverlap: Sendable {
    /// A passage of a later report that repeats an earlier one.
    public struct Passage: Hashable, Sendable {
        /// The report that repeats the passage, with its lines (1-based).
        public var report: String
        /// The lines of `report` the passage spans.
        public var lines: ClosedRange<Int>
        /// The earlier report the passage repeats.
        public var original: String
        /// The lines of `original` the passage spans.
        public var originalLines: ClosedRange<Int>
        /// How many words of `report` in the passage are shared.
        public var sharedWords: Int
        /// How many words `report` has in `lines`.
        public var words: Int

        /// One line for people: `r001 lines 3-8 repeat r000 lines 2-6: 118
        /// of 125 words`.
        public var summary: String {
            "\(report) \(Self.describe(lines)) repeat \(original) \(Self.describe(originalLines)): \(sharedWords) of \(words) words"
        }

        /// The declaration an analyst may add to record the copy.
        public var suggestion: String {
            "# \(report) repeats \(original) (\(Self.describe(lines)))"
        }

        private static func describe(_ lines: ClosedRange<Int>) -> String {
            lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)-\(lines.upperBound)"
        }
    }

    /// How many consecutive words a shared passage has at least: long enough
    /// that set phrases ("police and security sources said") do not count.
    public let shingleLength: Int
    /// The shared passages, in the order of the reports given, then by line.
    public let passages: [Passage]

    /// Finds the passages that each report shares with the reports before it
    /// in `reports` (id and text); the earlier report counts as the original.
    public init(reports: [(id: String, text: String)], shingleLength: Int = 12) {
        precondition(shingleLength > 0, "a shingle has at least one word")
        self.shingleLength = shingleLength
        let texts = reports.map { WordList($0.text) }
        var firstSeen: [UInt64: Occurrence] = [:]
        var passages: [Passage] = []
        for (index, words) in texts.enumerated() {
            var matches: [Match] = []
            for (position, hash) in words.shingleHashes(length: shingleLength) {
                if let seen = firstSeen[hash] {
                    if seen.report != index,
                       texts[seen.report].words[seen.position ..< seen.position + shingleLength] == words.words[position ..< position + shingleLength] {
                        matches.append(Match(position: position, original: seen.report, originalPosition: seen.position))
                    }
                } else {
                    firstSeen[hash] = Occurrence(report: index, position: position)
                }
            }
            for run in Self.runs(of: matches, shingleLength: shingleLength) {
                let original = texts[run.original]
                let lastWord = run.end + shingleLength - 1
                let lines = words.lines[run.start] ... words.lines[lastWord]
                passages.append(Passage(report: reports[index].id, lines: lines,
                                        original: reports[run.original].id,
                                        originalLines: original.lines[run.originalStart] ... original.lines[run.originalEnd + shingleLength - 1],
                                        sharedWords: run.sharedWords, words: words.count(in: lines)))
            }
        }
        self.passages = passages
    }

    private struct Occurrence {
        var report: Int
        var position: Int
    }

    private struct Match {
        var position: Int
        var original: Int
        var originalPosition: Int
    }

    private struct Run {
        var original: Int
        var start: Int
        var end: Int
        var originalStart: Int
        var originalEnd: Int
        var sharedWords: Int
    }

    /// Joins matches in order of position into runs: a match continues a run
    /// of the same original when it follows the run's last match in both
    /// reports by at most two shingles' words, as a few changed, added or
    /// dropped words leave (one changed word alone unmatches a shingle's
    /// worth of positions).
    private static func runs(of matches: [Match], shingleLength: Int) -> [Run] {
        var runs: [Run] = []
        let gap = 1 ... 2 * shingleLength
        for match in matches {
            if var run = runs.last, run.original == match.original,
               gap.contains(match.position - run.end),
               gap.contains(match.originalPosition - run.originalEnd) {
                run.sharedWords += min(shingleLength, match.position - run.end)
                run.end = match.position
                run.originalEnd = match.originalPosition
                runs[runs.count - 1] = run
            } else {
                runs.append(Run(original: match.original, start: match.position, end: match.position,
                                originalStart: match.originalPosition, originalEnd: match.originalPosition,
                                sharedWords: shingleLength))
            }
        }
        return runs
    }
}

/// A text as normalised words, each with the line it is on.
private struct WordList {
    var words: [String] = []
    var lines: [Int] = []

    init(_ text: String) {
        var line = 1
        var word = ""
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(contentsOf: character.lowercased())
                continue
            }
            if !word.isEmpty {
                words.append(word)
                lines.append(line)
                word = ""
            }
            if character.isNewline { line += 1 }
        }
        if !word.isEmpty {
            words.append(word)
            lines.append(line)
        }
    }

    /// The words on `lines`.
    func count(in range: ClosedRange<Int>) -> Int {
        lines.lazy.filter { range.contains($0) }.count
    }

    /// Each shingle's first position and a rolling hash of its words, so a
    /// text is hashed in one pass whatever the shingle length.
    func shingleHashes(length: Int) -> [(position: Int, hash: UInt64)] {
        guard words.count >= length else { return [] }
        let base: UInt64 = 1_099_511_628_211
        let hashes = words.map(Self.fnv1a)
        var power: UInt64 = 1
        for _ in 1 ..< length { power = power &* base }
        var hash: UInt64 = 0
        for value in hashes[0 ..< length] { hash = hash &* base &+ value }
        var result = [(position: 0, hash: hash)]
        result.reserveCapacity(words.count - length + 1)
        for position in 1 ..< words.count - length + 1 {
            hash = (hash &- hashes[position - 1] &* power) &* base &+ hashes[position + length - 1]
            result.append((position, hash))
        }
        return result
    }

    /// FNV-1a of the word's UTF-8 bytes: the same in every run, unlike
    /// `Hasher`, so results never depend on the process.
    private static func fnv1a(_ word: String) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in word.utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return hash
    }
}
