/// What an alias's own list says about it: the language it is written in
/// and the sources that give it. Noms de guerre and transliterations are
/// the first source of identity errors, so an analyst records where each
/// spelling comes from (`aka "أبو تقوى" [lang: ar, src: r003]`).
public struct AliasNote: Hashable, Sendable {
    /// The language tag (`ar`, `en`, `ar-Latn`), or `nil` when not given.
    public var language: String?
    /// The sources that give this spelling.
    public var citations: [Citation]

    /// Creates a note on an alias.
    public init(language: String? = nil, citations: [Citation] = []) {
        self.language = language
        self.citations = citations
    }

    /// Whether the note says nothing, so it need not be stored.
    public var isEmpty: Bool { language == nil && citations.isEmpty }

    /// Whether `tag` reads as a language tag: letter subtags of 2-8 then
    /// letters or digits, joined by `-` (`ar`, `ar-Latn`, `zh-Hant-TW`).
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
