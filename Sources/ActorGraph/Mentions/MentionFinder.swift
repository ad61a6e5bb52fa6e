/// Finds the actors of a graph that a report's text mentions, under which
/// spellings and where, and the capitalised names in it that match none.
///
/// Names and aliases are matched as the language matches them, folded by
/// ``NameKey`` (case, accents, spaces, hyphens and apostrophes aside), so
/// "Al-Nujaba'a", "Al Nujaba" and "al Nujaba" across a line break are one
/// spelling; a match starts and ends on word boundaries ("Iran" is not in
/// "Iranian", but is in "Iran-backed" and "Iran's"), and the longest match
/// wins ("Islamic Resistance in Iraq" over "Iraq"). Two refinements keep
/// common words out: a spelling written in capitals only (`US`, `PMF`)
/// matches capitals only, and a person's surname alone (`Ryder`,
/// `al-Sudani`) matches only capitalised, and is ambiguous when two people
/// share it. Entity ids are not spellings and are not matched.
///
/// The work is linear in the text: the folded spellings sit in one trie
/// that each word start walks only as far as some spelling goes on.
public struct MentionFinder: Sendable {
    /// The graph whose actors are looked for.
    public let graph: Graph
    private let trie: SpellingTrie

    /// A finder of `graph`'s actors.
    public init(graph: Graph) {
        self.graph = graph
        var trie = SpellingTrie()
        for (index, entity) in graph.entities.enumerated() {
            let isPerson = graph.schema.kinds[entity.kind].name == "person"
            for spelling in [entity.name] + entity.aliases {
                trie.insert(NameKey.fold(spelling), entity: index, isFull: true, requirement: Self.requirement(of: spelling))
                if isPerson, let surname = Self.surname(in: spelling) {
                    trie.insert(NameKey.fold(String(surname)), entity: index, isFull: false, requirement: .capitalised)
                }
            }
        }
        self.trie = trie
    }

    /// What the text must look like for `spelling` to match: capitals
    /// only for an acronym (two letters or more, every letter a capital).
    private static func requirement(of spelling: String) -> SpellingTrie.Requirement {
        let letters = spelling.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase) ? .upperCase : .none
    }

    /// The last word of a person's name of two words or more that are all
    /// capitalised somewhere (`al-Sudani` is), when it has four letters or
    /// more: "Abu Taqwa's right-hand man" describes, it has no surname.
    private static func surname(in spelling: String) -> Substring? {
        let parts = spelling.split(separator: " ")
        guard parts.count >= 2, let last = parts.last, NameKey.fold(String(last)).count >= 4,
              parts.allSatisfy({ $0.unicodeScalars.contains(where: \.properties.isUppercase) }) else { return nil }
        return last
    }

    /// The mentions, sentences naming two actors or more, and candidate
    /// names of `text`.
    public func mentions(in text: String) -> ReportMentions {
        let report = ReportWords(text)
        let words = report.words
        var mentions: [Mention] = []
        var consumed = [Bool](repeating: false, count: words.count)
        var sentenceEntities: [Int: [Int]] = [:]
        var start = 0
        while start < words.count {
            var node = SpellingTrie.root
            var upperCase = true
            var best: (end: Int, entities: [Int])?
            var end = start
            while end < words.count, let next = trie.step(from: node, by: words[end].folded) {
                node = next
                upperCase = upperCase && (words[end].isUpperCase || !words[end].folded.contains(where: \.isLetter))
                let found = trie.entities(at: node, upperCase: upperCase, capitalised: words[end].isCapitalised)
                if !found.isEmpty { best = (end, found) }
                guard words[end].joinsNext else { break }
                end += 1
            }
            guard let best else {
                start += 1
                continue
            }
            let first = words[start]
            mentions.append(Mention(entities: best.entities, spelling: Self.collapsed(text[first.range.lowerBound..<words[best.end].range.upperBound]),
                                    line: first.line, column: first.column))
            for index in start...best.end { consumed[index] = true }
            if best.entities.count == 1, !(sentenceEntities[first.sentence]?.contains(best.entities[0]) ?? false) {
                sentenceEntities[first.sentence, default: []].append(best.entities[0])
            }
            start = best.end + 1
        }
        let sentences = sentenceEntities.keys.sorted().compactMap { index -> MentionSentence? in
            guard let entities = sentenceEntities[index], entities.count >= 2 else { return nil }
            let sentence = report.sentences[index]
            return MentionSentence(text: Self.collapsed(text[sentence.range]), line: sentence.line, entities: entities)
        }
        let candidates = CandidateCollector(report: report, consumed: consumed) { folded in
            // "Iranian", "Iraqi": a known name with a suffix is an adjective of it.
            trie.hasPrefixSpelling(of: folded)
        }
        return ReportMentions(mentions: mentions, sentences: sentences, candidates: candidates.collect())
    }

    /// `text` with each run of white space made one space.
    static func collapsed(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
