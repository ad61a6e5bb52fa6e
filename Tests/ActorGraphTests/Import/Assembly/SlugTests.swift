import Testing
@testable import ActorGraph

/// Foreign text made `.ag` words: lower-case ASCII letters, digits and single hyphens.
struct SlugTests {
    @Test(arguments: [
        ("birthDate", "birth-date"), ("sourceUrl", "source-url"), ("URL", "url"), ("Date of birth", "date-of-birth"),
        ("start_date", "start-date"), ("-x.y-", "x-y"), ("a  //  b", "a-b"), ("Sūdānī, Mohammed Shia' al-", "sudani-mohammed-shia-al"),
        ("Ｆｕｌｌ", "full"), ("حركة", ""), ("  --  ", ""), ("", ""), ("v2Final", "v2final"), ("HTTPServer", "httpserver"),
    ])
    func textBecomesAWord(text: String, word: String) {
        #expect(Slug.word(text) == word)
        if !word.isEmpty { #expect(AGWriter.isWord(word)) }
    }

    @Test func aLimitCutsBetweenCharactersNeverLeavingAHyphenAtTheEnd() {
        #expect(Slug.word("abcd efgh", limit: 4) == "abcd")
        #expect(Slug.word("abcd efgh", limit: 5) == "abcd")
        #expect(Slug.word("abcd efgh", limit: 6) == "abcd-e")
        #expect(Slug.word(String(repeating: "Ab ", count: 40), limit: 48).utf8.count <= 48)
        #expect(Slug.word(String(repeating: "x", count: 100), limit: 48).utf8.count == 48)
    }
}
