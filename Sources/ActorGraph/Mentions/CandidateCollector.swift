/// Gathers the capitalised runs of words that no mention covers, the
/// names a graph may lack: `Abu Aqeel al-Moussawi`, `Kata'ib Hezbollah`.
/// Lower-case connectors may sit inside a name (`Ministry of the
/// Interior`, `Hashd al Shaabi`), never at its ends; months, weekdays and
/// a sentence's first word when it is a function word or is written in
/// lower case elsewhere in the text ("Police said", "police") are left out,
/// and so is a single word that extends a known name ("Iranian"). A single
/// word that only ever opens a sentence is kept, but ranked last.
struct CandidateCollector {
    let report: ReportWords
    /// Which words a mention covers.
    let consumed: [Bool]
    /// Whether a folded word is a known name with a suffix.
    let extendsKnownName: (String) -> Bool

    private static let connectors: Set<String> = ["al", "el", "ul", "ad", "as", "ash", "at", "az", "of", "the", "bin", "ibn", "bint", "bani",
                                                  "de", "del", "da", "di", "du", "der", "van", "von", "la", "le"]
    private static let calendar: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    private static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "or", "as", "after", "before", "when",
        "while", "since", "during", "despite", "although", "though", "if", "then", "this", "that", "these", "those", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "there", "here", "according", "meanwhile", "however",
        "also", "some", "many", "most", "all", "both", "with", "without", "over", "under", "about", "what", "who", "which", "where",
        "why", "how", "not", "no", "yes", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "such", "other",
        "another", "each", "every", "any", "so", "because", "until", "than", "only", "even", "still", "now", "one", "two", "three",
    ]

    /// The most words a name has: a longer capitalised run (a headline in
    /// title case, text in capitals) is cut into names this long.
    static let longestName = 8

    /// The candidates, most frequent first, then in text order; single
    /// words that only open sentences after every other.
    func collect() -> [NameCandidate] {
        let words = report.words
        let lowerCase = Set(words.lazy.filter { !$0.isCapitalised && !$0.isUpperCase }.map(\.folded))
        func isNameWord(_ index: Int) -> Bool {
            let word = words[index]
            // A word of more than 40 letters is debris (a URL, a hash, a run of keys), not part of a name.
            guard !consumed[index], word.isCapitalised, word.folded.unicodeScalars.count <= 40, !Self.calendar.contains(word.folded) else { return false }
            return !(word.startsSentence && (Self.functionWords.contains(word.folded) || lowerCase.contains(word.folded)))
        }
        var found: [NameCandidate] = []
        var positions: [String: Int] = [:]
        var start = 0
        while start < words.count {
            guard isNameWord(start), !Self.functionWords.contains(words[start].folded) else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < words.count, end - start + 1 < Self.longestName, words[end].joinsNext {
                var next = end + 1
                while next < words.count, next - end <= 2, !words[next].isCapitalised, !consumed[next],
                      Self.connectors.contains(words[next].folded), words[next].joinsNext {
                    next += 1
                }
                guard next < words.count, isNameWord(next) else { break }
                end = next
            }
            let key = words[start...end].map(\.folded).joined()
            defer { start = end + 1 }
            // One letter is an initial or a list's label, not a name.
            if start == end, key.count < 2 || extendsKnownName(key) { continue }
            let opensSentence = start == end && words[start].startsSentence
            if let position = positions[key] {
                found[position].count += 1
                found[position].onlyOpensSentences = found[position].onlyOpensSentences && opensSentence
            } else {
                positions[key] = found.count
                let name = MentionFinder.collapsed(report.text[words[start].range.lowerBound..<words[end].range.upperBound])
                found.append(NameCandidate(name: name, count: 1, line: words[start].line, column: words[start].column,
                                           onlyOpensSentences: opensSentence))
            }
        }
        // A stable sort: equal ranks stay in text order.
        func rank(_ candidate: NameCandidate, _ offset: Int) -> (Int, Int, Int) { (candidate.onlyOpensSentences ? 0 : 1, candidate.count, -offset) }
        return found.enumerated().sorted { rank($0.element, $0.offset) > rank($1.element, $1.offset) }.map(\.element)
    }
}
