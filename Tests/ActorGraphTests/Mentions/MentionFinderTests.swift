import Testing
@testable import ActorGraph

struct MentionFinderTests {
    static let catalogue = """
    state iran "Iran"
    state iraq "Iraq"
    state us "United States" aka "US", "U.S."
    group nujaba "Harakat al-Nujaba" aka "Al Nujaba", "al-Nujaba'a"
    group iri "Islamic Resistance in Iraq"
    group pmf "Popular Mobilization Forces" aka "PMF"
    person abu-taqwa "Abu Taqwa" aka "Mushtaq Talib al-Saidi"
    person other-saidi "Hassan al-Saidi"
    person ryder "Pat Ryder"
    """

    let finder: MentionFinder

    init() throws {
        finder = MentionFinder(graph: try graph(Self.catalogue))
    }

    private func ids(_ mentions: ReportMentions) -> [String] {
        mentions.mentions.map { $0.entities.map { finder.graph.entities[$0].id }.joined(separator: "|") }
    }

    @Test func aNameBrokenAcrossALineIsOneMentionAtItsFirstWord() {
        let found = finder.mentions(in: "Fighters of Harakat al-\nNujaba and of the Islamic\n  Resistance in Iraq met.")
        #expect(ids(found) == ["nujaba", "iri"])
        #expect(found.mentions.map(\.spelling) == ["Harakat al- Nujaba", "Islamic Resistance in Iraq"])
        #expect(found.mentions.map { "\($0.line):\($0.column)" } == ["1:13", "2:19"])
    }

    @Test func possessivesMatchWithEitherApostrophe() {
        let found = finder.mentions(in: "Al Nujaba's commander and al-Nujaba’s fighters, Iran’s ally.")
        #expect(ids(found) == ["nujaba", "nujaba", "iran"])
        #expect(found.mentions.map(\.spelling) == ["Al Nujaba", "al-Nujaba", "Iran"])
    }

    @Test func hyphenSpaceAndApostropheVariantsFoldAlike() {
        let found = finder.mentions(in: "Al-Nujaba'a, al Nujabaa and AL NUJABA.")
        #expect(ids(found) == ["nujaba", "nujaba", "nujaba"])
    }

    @Test func wordBoundariesKeepANameOutOfLongerWords() {
        let found = finder.mentions(in: "Iranian officials and Iraqis met; Iran-backed groups.")
        #expect(ids(found) == ["iran"])
        #expect(found.mentions[0].column == 35)
    }

    @Test func theLongestMatchWins() {
        #expect(ids(finder.mentions(in: "the Islamic Resistance in Iraq attacked")) == ["iri"])
        #expect(ids(finder.mentions(in: "resistance in Iraq")) == ["iraq"])
    }

    @Test func anAcronymMatchesOnlyInCapitals() {
        #expect(ids(finder.mentions(in: "He told us the US and the U.S. forces and the PMF")) == ["us", "us", "pmf"])
    }

    @Test func aSurnameAloneMatchesCapitalisedAndIsAmbiguousWhenShared() {
        let found = finder.mentions(in: "Ryder said al-Saidi was killed. Pat Ryder added nothing.")
        #expect(ids(found) == ["ryder", "abu-taqwa|other-saidi", "ryder"])
        #expect(found.ambiguous.map(\.spellings) == [["al-Saidi"]])
        #expect(found.actors.map(\.count) == [2])
        #expect(ids(finder.mentions(in: "they ryder")) == [])
    }

    @Test func sentencesNamingTwoActorsAreKeptVerbatim() {
        let found = finder.mentions(in: "Iran backs the PMF.\nNothing here. Mr. Ryder said Iraq\nwas hit. \u{201C}Iran is behind it,\u{201D} he said.")
        #expect(found.sentences.map(\.text) == ["Iran backs the PMF.", "Mr. Ryder said Iraq was hit."])
        #expect(found.sentences.map(\.line) == [1, 2])
    }

    @Test func candidatesAreCapitalisedUnknownNamesRankedByFrequency() {
        let text = """
        The Kataib Hezbollah fighters met Abu Fadak al-Mohammedawi on Thursday.
        Police said Kataib Hezbollah denied it. The police and the Ministry of the Interior in January.
        Kataib Hezbollah. Iranian officials said so.
        """
        let found = finder.mentions(in: text)
        #expect(found.candidates.map(\.name) == ["Kataib Hezbollah", "Abu Fadak al-Mohammedawi", "Ministry of the Interior"])
        #expect(found.candidates.map(\.count) == [3, 1, 1])
        #expect(found.candidates.first.map { "\($0.line):\($0.column)" } == "1:5")
    }

    @Test func aWordThatOnlyOpensSentencesIsRankedLast() {
        let found = finder.mentions(in: "Video footage showed Hezbollah. Kindly wait. Video again, said Reuters.\nHezbollah denied it.")
        #expect(found.candidates.map(\.name) == ["Hezbollah", "Reuters", "Video", "Kindly"])
        #expect(found.candidates.map(\.onlyOpensSentences) == [false, false, true, true])
    }

    @Test func aLongCapitalisedRunIsCutAndDebrisIsNoName() {
        let found = finder.mentions(in: String(repeating: "Al ", count: 20) + "X " + String(repeating: "Q", count: 41))
        #expect(found.candidates.map(\.name) == ["Al Al Al Al Al Al Al Al", "Al Al Al Al X"])
        #expect(found.candidates.map(\.count) == [2, 1])
    }

    @Test func emptyAndOddTextFindsNothing() {
        for text in ["", "\n\n", "...", "’s", "- -", "\u{0}\u{FFFD}"] {
            let found = finder.mentions(in: text)
            #expect(found.mentions.isEmpty && found.candidates.isEmpty && found.sentences.isEmpty)
        }
    }
}
