import Foundation

/// A name reduced further than ``NameKey`` does, to what survives the usual
/// ways one Arabic or Persian name is written in Latin letters: articles
/// (`al-`, `el-`, `Al `) are dropped, `w` and `u`, `q` and `k`, `y` and
/// `i`, `e` and `a`, `o` and `u`, `ee` and `i`, `ou` and `u` are the same
/// letter, a doubled letter counts once and a final `h` after a vowel is
/// silent. "Abu Taqwa", "Abu Taqua" and "abu taqwaa" share the skeleton
/// `abutakua`; "Al Nujaba" and "al-Nujaba'a" share `nujaba`.
///
/// Two names with one skeleton are only candidates: the skeleton loses
/// real differences, so the importer reports them and never merges on it.
enum NameSkeleton {
    /// Words dropped before the letters are compared.
    private static let articles: Set<[UInt32]> = Set(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "the"].map { $0.unicodeScalars.map(\.value) })

    /// The skeleton of `text`, as Unicode scalar values; empty when it has
    /// no letters or digits.
    static func of(_ text: String) -> [UInt32] {
        var words: [[UInt32]] = []
        var word: [UInt32] = []
        // Most names are ASCII: their bytes are their scalars, lower-cased
        // by arithmetic. Others are lower-cased and stripped of accents first.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                if (0x41...0x5A).contains(value) { value += 0x20 }
                guard (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) else {
                    if !word.isEmpty { words.append(word) }
                    word = []
                    continue
                }
            } else if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                if !word.isEmpty { words.append(word) }
                word = []
                continue
            }
            word.append(value)
        }
        if !word.isEmpty { words.append(word) }
        let kept = words.count > 1 ? words.filter { !articles.contains($0) } : words
        var out: [UInt32] = []
        for word in kept.isEmpty ? words : kept { append(word, to: &out) }
        return out
    }

    private static let (a, e, h, i, k, o, q, u, w, y) = (UInt32(0x61), UInt32(0x65), UInt32(0x68), UInt32(0x69), UInt32(0x6B),
                                                         UInt32(0x6F), UInt32(0x71), UInt32(0x75), UInt32(0x77), UInt32(0x79))

    /// Appends the letters of one word, merged as the type's summary says.
    private static func append(_ word: [UInt32], to out: inout [UInt32]) {
        var end = word.count
        if end > 2, word[end - 1] == h, [a, e, i, o, u].contains(word[end - 2]) { end -= 1 }
        var index = 0
        while index < end {
            var letter = word[index]
            let next = index + 1 < end ? word[index + 1] : nil
            if (letter == o && next == u) || (letter == e && next == e) {
                letter = letter == o ? u : i
                index += 1
            } else {
                switch letter {
                case w, o: letter = u
                case q: letter = k
                case y: letter = i
                case e: letter = a
                default: break
                }
            }
            if out.last != letter { out.append(letter) }
            index += 1
        }
    }
}
