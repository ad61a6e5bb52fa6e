import Foundation

/// A name reduced further than ``NameKey`` does, to what survives the usual
/// ways one Arabic or Persian name is written in Latin letters: articles
/// (`al-`, `el-`, `Al `) are dropped, `w` and `u`, `q` and `k`, `y` and
/// `i`, `ee`/`ou` and `i`/`u` are the same letter, a doubled letter counts
/// once and a final `h` after a vowel is silent. "Abu Taqwa", "Abu Taqua"
/// and "abu taqwaa" share the skeleton `abutakua`; "Al Nujaba" and
/// "al-Nujaba'a" share `nujaba`.
///
/// Two names with one skeleton are only candidates: the skeleton loses
/// real differences, so the importer reports them and never merges on it.
enum NameSkeleton {
    /// Words dropped before the letters are compared.
    private static let articles: Set<Substring> = ["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "the"]

    /// The skeleton of `text`; empty when it has no letters or digits.
    static func of(_ text: String) -> String {
        let words = text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
        let kept = words.count > 1 ? words.filter { !articles.contains($0) } : words
        var out: [Character] = []
        for word in kept.isEmpty ? words : kept {
            var letters = Array(word)
            if letters.count > 2, letters.last == "h", let before = letters.dropLast().last, "aeiou".contains(before) {
                letters.removeLast()
            }
            var index = 0
            while index < letters.count {
                var letter = letters[index]
                let next = index + 1 < letters.count ? letters[index + 1] : nil
                switch (letter, next) {
                case ("o", "u"), ("e", "e"):
                    letter = letter == "o" ? "u" : "i"
                    index += 1
                case ("w", _): letter = "u"
                case ("q", _): letter = "k"
                case ("y", _), ("e", _): letter = letter == "y" ? "i" : "a"
                case ("o", _): letter = "u"
                default: break
                }
                if out.last != letter { out.append(letter) }
                index += 1
            }
        }
        return String(out)
    }
}
