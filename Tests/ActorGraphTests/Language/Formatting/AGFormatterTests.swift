@testable import ActorGraph
import Testing

/// The canonical layout, rule by rule, and where comments go.
struct AGFormatterTests {
    /// The formatted text, which must also be what formatting it again gives.
    private func formatted(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let result = AGFormatter.format(SourceFile(path: "t.ag", text: text))
        #expect(result.diagnostics.isEmpty, "\(TextDiagnosticFormatter().format(result.diagnostics))", sourceLocation: sourceLocation)
        guard let text = result.text else { return nil }
        #expect(AGFormatter.format(SourceFile(path: "t.ag", text: text)).text == text, "not idempotent", sourceLocation: sourceLocation)
        return text
    }

    // MARK: Statements on one line

    @Test func normalisesSpacesInsideAStatement() {
        #expect(formatted("person   abu\t\"Abu\"   aka \"A\",\"B\"   [src: r0,r1 , note:\"x\"]\n")
            == "person abu \"Abu\" aka \"A\", \"B\" [src: r0, r1, note: \"x\"]\n")
    }

    @Test func keepsPipesTightAndTermsOfACitationApart() {
        #expect(formatted("relation r [from: person | group, to:any]\na r b [src: r0   \"q\"   2]\n")
            == "relation r [from: person|group, to: any]\na r b [src: r0 \"q\" 2]\n")
    }

    @Test func joinsAStatementThatFitsOnOneLineDroppingItsBlankLines() {
        #expect(formatted("group g \"G\" aka \"A\",\n\n  \"B\"\n\n[\n\n  x: 1,\n\n\n  y: 2, 3\n\n]\n") == "group g \"G\" aka \"A\", \"B\" [x: 1, y: 2, 3]\n")
    }

    @Test func alignsARunOfStatementsOfOneCategory() {
        #expect(formatted("""
        person abu "Abu Taqwa" aka "A", "B" [src: r0, r1]
        group nujaba "Nujaba" [fighters: 10]
        state us
        abu commands nujaba
        abu member-of nujaba [role: "x"]

        """) == """
        person abu    "Abu Taqwa" aka "A", "B" [src: r0, r1]
        group  nujaba "Nujaba"                 [fighters: 10]
        state  us
        abu commands  nujaba
        abu member-of nujaba [role: "x"]

        """)
    }

    @Test func alignsTheEntriesOfARunWithTheSameKeys() {
        #expect(formatted("""
        relation a [from: person, to: group|state, style: "dotted"]
        relation bb [from: actor, to: actor, style: "solid"]

        """) == """
        relation a  [from: person, to: group|state, style: "dotted"]
        relation bb [from: actor,  to: actor,       style: "solid"]

        """)
    }

    @Test func tellsEntitiesFromRelationsByKindsTypesAndShape() {
        #expect(formatted("""
        kind event
        event strike "Strike"
        widget w "W"
        nujaba funded-by "Iran"
        "Abu" commands nujaba
        nujaba-12 part-of nujaba

        """) == """
        kind event
        event  strike "Strike"
        widget w      "W"
        nujaba    funded-by "Iran"
        "Abu"     commands  nujaba
        nujaba-12 part-of   nujaba

        """)
    }

    @Test func aBlankLineOrACommentLineEndsARun() {
        #expect(formatted("group a \"A\"\ngroup bbbb \"B\"\n\ngroup c \"C\"\n# c\ngroup dddd \"D\"\n")
            == "group a    \"A\"\ngroup bbbb \"B\"\n\ngroup c \"C\"\n# c\ngroup dddd \"D\"\n")
    }

    @Test func aVeryWideCellDoesNotPushTheRunRight() {
        let long = "\"" + String(repeating: "n", count: 45) + "\""
        #expect(formatted("group a \(long) [x: 1]\ngroup b \"B\" [x: 2]\n") == "group a \(long) [x: 1]\ngroup b \"B\" [x: 2]\n")
    }

    @Test func linesUpTheTrailingCommentsOfARun() {
        #expect(formatted("source r0 \"Wire\" [reliability: B]   # the wire\nsource r001 \"Other wire\" [reliability: C] # other\n")
            == "source r0   \"Wire\"       [reliability: B]  # the wire\nsource r001 \"Other wire\" [reliability: C]  # other\n")
    }

    // MARK: Broken statements

    @Test func breaksAStatementLongerThanTheLineWidthOneEntryALine() {
        #expect(formatted("""
        event strike "Baghdad drone strike (4 January 2024)" [date: 2024-01-04, weapon: "drone", area: "eastern Baghdad"]
        """) == """
        event strike "Baghdad drone strike (4 January 2024)" [
            date:   2024-01-04,
            weapon: "drone",
            area:   "eastern Baghdad"
        ]

        """)
    }

    @Test func wrapsLongValueListsAtTheValueColumn() {
        let sources = (0 ..< 14).map { "r00\($0)" }.joined(separator: ", ")
        #expect(formatted("a part-of b [\nnote: \"x\", src: \(sources)]\n") == """
        a part-of b [
            note: "x",
            src:  r000, r001, r002, r003, r004, r005, r006, r007, r008, r009, r0010, r0011, r0012, r0013
        ]

        """)
        let quoted = (0 ..< 4).map { "r\($0) \"a quote of some twenty chars\"" }.joined(separator: ", ")
        #expect(formatted("a part-of b [src: \(quoted)]\n") == """
        a part-of b [
            src: r0 "a quote of some twenty chars", r1 "a quote of some twenty chars",
                 r2 "a quote of some twenty chars", r3 "a quote of some twenty chars"
        ]

        """)
    }

    @Test func putsDisputedValuesOneALineWithTheirSourcesLinedUp() {
        #expect(formatted("""
        event e "E" [killed: 3 [src: r0 "three" 2, r1 "a very long quote that goes on and on and on"], 20 [src: r1 "twenty killed in the attack"]]
        """) == """
        event e "E" [
            killed: 3  [src: r0 "three" 2, r1 "a very long quote that goes on and on and on"],
                    20 [src: r1 "twenty killed in the attack"]
        ]

        """)
    }

    @Test func breaksAValuesOwnListOneLevelDeeperWhenItDoesNotFit() {
        #expect(formatted("""
        event e "E" [site: "PMF logistical support headquarters" [src: r000 "logistical support headquarters", r001 "near the Iraqi Interior Ministry"], x: 1]
        """) == """
        event e "E" [
            site: "PMF logistical support headquarters" [
                      src: r000 "logistical support headquarters", r001 "near the Iraqi Interior Ministry"
                  ],
            x:    1
        ]

        """)
    }

    @Test func fillsAliasesLinedUpAfterAka() {
        #expect(formatted("""
        group pmf "Popular Mobilization Forces" aka "Popular Mobilization Force", "PMF", "Popular Crowd", "Popular Multitude", "Hashd al-Shaabi" [src: r000, r001]
        """) == """
        group pmf "Popular Mobilization Forces" aka "Popular Mobilization Force", "PMF", "Popular Crowd",
                                                    "Popular Multitude", "Hashd al-Shaabi" [src: r000, r001]

        """)
    }

    @Test func aBrokenStatementWithItsHeadOnOneLineStaysInItsRun() {
        #expect(formatted("""
        us-military part-of us [src: r002 "its forces" 1]
        us-military commands us-led-coalition [as: "leader", src: r000 "US-led international coalition" 1, r002 "Washington-led coalition"]
        """) == """
        us-military part-of  us               [src: r002 "its forces" 1]
        us-military commands us-led-coalition [
            as:  "leader",
            src: r000 "US-led international coalition" 1, r002 "Washington-led coalition"
        ]

        """)
    }

    // MARK: Comments

    @Test func keepsOwnLineCommentsBeforeWhatTheyPrecede() {
        #expect(formatted("""
        # header

        person p "P" aka "one", "two",
           # the third
           "three"
        group g "G" [
        # why
          fighters: 10,
            src: r0,
              # before the second source
              r1
          # before the end
        ]
        relation r
          # before the list
        [from: any]
        """) == """
        # header

        person p "P" aka "one", "two",
                         # the third
                         "three"
        group g "G" [
            # why
            fighters: 10,
            src:      r0,
                      # before the second source
                      r1
        # before the end
        ]
        relation r
        # before the list
        [
            from: any
        ]

        """)
    }

    @Test func keepsTrailingCommentsAtTheEndOfTheirLine() {
        #expect(formatted("""
        group g "G" [ # opens
          fighters: 10, # about
          note: "x" [src: r0] # cited
        ] # closes
        group h "H" # after the head
        [x: 1]
        person p "P" aka "one", # first
          "two"
        """) == """
        group g "G" [  # opens
            fighters: 10,  # about
            note:     "x" [src: r0]  # cited
        ]  # closes
        group h "H" [  # after the head
            x: 1
        ]
        person p "P" aka "one",  # first
                         "two"

        """)
    }

    @Test func aTrailingCommentAfterAStatementKeepsItOnOneLine() {
        #expect(formatted("group g \"G\" [x: 1]      # why\n") == "group g \"G\" [x: 1]  # why\n")
    }

    // MARK: Hostile input

    @Test func writesStringsAndCommentsByteForByte() {
        let text = "a b c [note: \"has # and [ and ] in it\", x: \"\\t\tتاب 🚀\"]  # 🚀 [not] \"code\"\t#\n"
        #expect(formatted(text) == "a b c [note: \"has # and [ and ] in it\", x: \"\\t\tتاب 🚀\"]  # 🚀 [not] \"code\"\t#\n")
    }

    @Test func normalisesLineEndsTabsBlankLinesAndTheEndOfTheFile() {
        #expect(formatted("\n\n\tgroup   g\t\"G\"  \r\n\r\n\r\n\r\n\r\ngroup h\r\n# no newline at end") == "group g \"G\"\n\n\ngroup h\n# no newline at end\n")
    }

    @Test func anEmptyOrCommentOnlyFileStaysSo() {
        #expect(formatted("") == "")
        #expect(formatted("\n\n  \n") == "")
        #expect(formatted("# only\n\n\n\n  # comments   \n\n") == "# only\n\n\n# comments\n")
    }

    // MARK: Errors

    @Test func refusesAFileWithSyntaxErrorsShowingEveryOne() {
        let result = AGFormatter.format(SourceFile(path: "t.ag", text: "group g \"G\n@ x y\ngroup h [x: 1\n"))
        #expect(result.text == nil)
        #expect(result.diagnostics.map(\.id) == [.unterminatedString, .unexpectedCharacter, .unclosedBracket])
        #expect(result.diagnostics.map { $0.location?.line } == [1, 2, 3])
    }

    @Test func ignoresWhatOnlyTheCheckerReports() {
        #expect(formatted("nobody commands nothing [src: r9]\nwidget w \"W\"\n") == "nobody commands nothing [src: r9]\nwidget w \"W\"\n")
    }
}
