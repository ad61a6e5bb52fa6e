/// A report's text cut into words and sentences, as ``MentionFinder``
/// reads it: a word is a run of letters, digits and combining marks, so
/// `Nujaba's` is `Nujaba` then `s` and "Iran" is never found inside
/// "Iranian"; each word knows where it is (1-based line and column in
/// Unicode scalars, as ``SourceLocation`` counts) and whether a name may
/// go on past it.
struct ReportWords {
    /// One word of the text.
    struct Word {
        /// Where the word is in the text.
        var range: Range<String.Index>
        var line: Int
        var column: Int
        /// The word folded as ``NameKey`` folds names.
        var folded: String
        /// Whether what lies between this word and the next may sit inside
        /// a name: spaces and at most one line break, hyphens, apostrophes,
        /// and the dot of an initial (`U.S.`).
        var joinsNext = false
        /// Whether the first letter is a capital.
        var isCapitalised: Bool
        /// Whether every cased letter is a capital, and there is one.
        var isUpperCase: Bool
        /// The index of the sentence the word is in.
        var sentence: Int
        /// Whether the word is the first of its sentence.
        var startsSentence: Bool
    }

    /// One sentence: its text as written, from its first character to its
    /// final punctuation, and the line it starts on.
    struct Sentence {
        var range: Range<String.Index>
        var line: Int
    }

    let text: String
    private(set) var words: [Word] = []
    private(set) var sentences: [Sentence] = []

    /// Lines at most this long throughout mean the text is hard-wrapped,
    /// so a single line break does not end a sentence; in a text with
    /// longer lines each line is a paragraph or a headline.
    static let wrappedLineLength = 100

    /// Abbreviations whose dot ends no sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "brig", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "st", "jr", "sr",
        "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    init(_ text: String) {
        self.text = text
        let hardWrapped = text.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= Self.wrappedLineLength }
        let scalars = text.unicodeScalars
        var line = 1, column = 1
        var wordStart: (index: String.Index, line: Int, column: Int)?
        // The gap since the last word: what it holds decides whether a name
        // may span it and whether a sentence ends in it.
        var gapJoins = true, gapNewlines = 0, gapDot = false, terminal = false
        var boundary: String.Index?
        var sentenceStart: (index: String.Index, line: Int)?
        var lastNonSpace: String.Index?
        var index = scalars.startIndex

        func endWord(at end: String.Index) {
            guard let start = wordStart else { return }
            let written = text[start.index..<end]
            var capitalised = false, upper = false, lower = false
            for (position, scalar) in written.unicodeScalars.enumerated() {
                let (isUpper, isLower) = scalar.isASCII
                    ? (("A"..."Z").contains(scalar), ("a"..."z").contains(scalar))
                    : (scalar.properties.isUppercase, scalar.properties.isLowercase)
                if isUpper { upper = true; if position == 0 { capitalised = true } }
                if isLower { lower = true }
            }
            let startsSentence = words.last.map { $0.sentence != sentences.count } ?? true
            words.append(Word(range: start.index..<end, line: start.line, column: start.column, folded: NameKey.fold(String(written)),
                              isCapitalised: capitalised, isUpperCase: upper && !lower, sentence: sentences.count, startsSentence: startsSentence))
            wordStart = nil
            gapJoins = true; gapNewlines = 0; gapDot = false; terminal = false
        }

        // A stop ends a sentence where white space follows it, unless it
        // ends an abbreviation or an initial ("Gen.", "U.S.").
        func endsSentence() -> Bool {
            guard terminal, let last = words.last else { return false }
            return !Self.abbreviations.contains(last.folded) && (last.folded.unicodeScalars.count > 1 || !last.isUpperCase)
        }

        func closeSentence() {
            guard let start = sentenceStart, let last = lastNonSpace, start.index <= last else { return }
            sentences.append(Sentence(range: start.index..<scalars.index(after: last), line: start.line))
            sentenceStart = nil
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWhitespace = scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
            if Self.isWordScalar(scalar) {
                if wordStart == nil {
                    if let previous = words.indices.last {
                        words[previous].joinsNext = boundary == nil && gapJoins && gapNewlines <= 1 && (!gapDot || words[previous].folded.count == 1)
                    }
                    wordStart = (index, line, column)
                }
            } else {
                endWord(at: index)
                switch scalar {
                case "\n", "\r", "\u{2028}", "\u{2029}":
                    if scalar != "\r" {
                        gapNewlines += 1
                        let stop = endsSentence()
                        if gapNewlines >= 2 || !hardWrapped || stop { boundary = boundary ?? index }
                    }
                case " ", "\t", "\u{A0}", "\u{2009}", "\u{202F}":
                    if endsSentence() { boundary = boundary ?? index }
                case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "\u{2018}", "\u{02BC}":
                    break
                case ".":
                    gapDot = true
                    terminal = true
                case "!", "?":
                    gapJoins = false
                    terminal = true
                case "\"", "\u{201D}", "\u{00BB}", ")", "]":
                    // Closing marks may follow a sentence's final stop.
                    gapJoins = false
                default:
                    if !isWhitespace {
                        gapJoins = false
                        terminal = false
                    }
                }
            }
            if !isWhitespace {
                if boundary != nil {
                    closeSentence()
                    boundary = nil
                }
                if sentenceStart == nil { sentenceStart = (index, line) }
                lastNonSpace = index
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            index = scalars.index(after: index)
        }
        endWord(at: scalars.endIndex)
        closeSentence()
    }

    /// Whether `scalar` belongs to a word: a letter, a digit or a
    /// combining mark. Most text is ASCII, tested without a property lookup.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }
}
