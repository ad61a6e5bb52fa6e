import Foundation

/// Foreign text (a column header, an FtM property, a name) made an `.ag`
/// word, the one way every reader and the assembler do it, so the same
/// text gives the same word wherever it came from.
enum Slug {
    /// `text` as a word of ASCII letters, lower case, and digits: accents
    /// dropped first (`é` is `e`), a lower-case letter followed by a capital
    /// split there (`birthDate` is `birth-date`, `sourceUrl` `source-url`,
    /// while `URL` is `url`), and every other run of characters one `-`,
    /// none at either end. At most `limit` characters, when given; empty
    /// when nothing is left (a name in Arabic script).
    static func word(_ text: String, limit: Int? = nil) -> String {
        // Folding is slow and changes nothing in ASCII text, which most is.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        let limit = limit ?? Int.max
        var word: [UInt8] = []
        var pendingHyphen = false
        var afterLowercase = false
        for byte in ascii.utf8 {
            let isUppercase = (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(byte)
            let isLowercase = (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(byte)
            guard isUppercase || isLowercase || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) else {
                pendingHyphen = true
                afterLowercase = false
                continue
            }
            if isUppercase && afterLowercase { pendingHyphen = true }
            if pendingHyphen && !word.isEmpty {
                // A hyphen only with room for a character after it.
                guard word.count + 2 <= limit else { break }
                word.append(UInt8(ascii: "-"))
            }
            guard word.count < limit else { break }
            pendingHyphen = false
            word.append(isUppercase ? byte + 32 : byte)
            afterLowercase = isLowercase
        }
        return String(decoding: word, as: UTF8.self)
    }
}
