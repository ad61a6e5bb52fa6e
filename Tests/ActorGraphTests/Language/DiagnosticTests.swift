import Testing
@testable import ActorGraph

/// One test per diagnostic the checker gives, each with its line and column.
struct DiagnosticTests {
    @Test func unterminatedString() {
        expectDiagnostic("person a \"Abu\nperson b", .error, line: 1, column: 10, "unterminated string")
    }

    @Test func unknownEscape() {
        expectDiagnostic("person a \"x\\qy\"\na attacked a", .error, line: 1, column: 12, "unknown escape '\\q'")
    }

    @Test func invalidUnicodeEscape() {
        expectDiagnostic("person a \"\\u{D800}\"\na attacked a", .error, line: 1, column: 11, "invalid unicode escape")
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = Array("person a \"ok\"\nperson b \"".utf8) + [0xC3, 0x28] + Array("\"\na attacked b\n".utf8)
        let diagnostics = GraphCompiler.compile([SourceFile(path: "t.ag", bytes: bytes)]).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.first?.location?.column == 11)
        #expect(diagnostics.first?.message.contains("invalid UTF-8") == true)
    }

    @Test func unexpectedCharacter() {
        expectDiagnostic("person a\nperson b\na attacked → b", .error, line: 3, column: 12, "unexpected character '→'")
    }

    @Test func duplicateIDWithNote() {
        let diagnostics = compile("person a\nperson b\nperson a\na attacked b").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location?.line == 3)
        #expect(diagnostics[0].location?.column == 8)
        #expect(diagnostics[0].notes.first?.location?.line == 1)
        #expect(diagnostics[0].notes.first?.message.contains("first declared here") == true)
    }

    @Test func aliasPointingToTwoEntities() {
        expectDiagnostic("group a \"Al Nujaba\"\ngroup b aka \"Other\", \"al-Nujaba\"\na attacked b", .error, line: 2, column: 22,
                         "already names entity 'a'")
    }

    @Test func unknownIDWithSuggestion() {
        expectDiagnostic("group nujaba\nnujaba attacked nujabba", .error, line: 2, column: 17, "did you mean 'nujaba'?")
    }

    @Test func unknownNameWithSuggestion() {
        expectDiagnostic("group n \"Harakat al-Nujaba\"\nn attacked \"Harakat al Nujabah\"", .error, line: 2, column: 12,
                         "did you mean 'Harakat al-Nujaba'?")
    }

    @Test func unknownRelationTypeWithSuggestion() {
        expectDiagnostic("group a\na comands a", .error, line: 2, column: 3, "unknown relation type 'comands'; did you mean 'commands'?")
    }

    @Test func unknownRelationTypeWithoutSuggestionSaysHowToDeclare() {
        expectDiagnostic("group a\na zzzzzz a", .error, line: 2, column: 3, "declare it with 'relation zzzzzz")
    }

    @Test func unknownKindWithSuggestion() {
        expectDiagnostic("kind event\nevnt kerman \"Kerman bombing\"", .error, line: 2, column: 1, "unknown kind 'evnt'; did you mean 'event'?")
    }

    @Test func unknownKindInATwoWordLine() {
        expectDiagnostic("kind place\nplase baghdad", .error, line: 2, column: 1, "unknown kind 'plase'; did you mean 'place'?")
    }

    @Test func endpointRuleBroken() {
        expectDiagnostic("group a\ngroup b\nb member-of a", .error, line: 3, column: 1,
                         "'member-of' needs its subject to be person, but 'b' is a group")
    }

    @Test func endpointRuleBrokenAtTheObject() {
        expectDiagnostic("person a\ngroup b\nb part-of a", .error, line: 3, column: 11, "needs its object to be group|state")
    }

    @Test func unusedEntityWarning() {
        expectDiagnostic("person a\nperson b\nperson c\na attacked b", .warning, line: 3, column: 8, "no relation touches 'c'")
    }

    @Test func duplicateAttribute() {
        expectDiagnostic("person a\na attacked a [n: 1, n: 2]", .error, line: 2, column: 21, "duplicate attribute 'n'")
    }

    @Test func unclosedAttributeList() {
        let result = compile("person a\na attacked a [date: 1\na attacked a")
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first?.location?.line == 2)
        #expect(result.diagnostics.first?.location?.column == 14)
        #expect(result.diagnostics.first?.message.contains("unclosed '['") == true)
    }

    @Test func missingColonInAttributes() {
        expectDiagnostic("person a\na attacked a [date 2024]", .error, line: 2, column: 20, "after attribute 'date'")
    }

    @Test func missingAttributeValue() {
        expectDiagnostic("person a\na attacked a [date: ]", .error, line: 2, column: 21, "'date:' needs a value")
    }

    @Test func alternativesOutsideFromAndTo() {
        expectDiagnostic("person a\na attacked a [n: 1|2]", .error, line: 2, column: 20, "a value of 'n' is one word or quoted string")
    }

    @Test func relationWithTooManyTerms() {
        expectDiagnostic("person a\nperson b\na attacked b a", .error, line: 3, column: 14, "a relation is 'SUBJECT TYPE OBJECT'")
    }

    @Test func akaOnARelation() {
        expectDiagnostic("person a\na attacked a aka \"x\"", .error, line: 2, column: 14, "'aka' gives aliases to an entity")
    }

    @Test func quotedID() {
        expectDiagnostic("person \"Abu Taqwa\"", .error, line: 1, column: 8, "an id is a bare word")
    }

    @Test func unquotedDisplayName() {
        expectDiagnostic("person abu Taqwa", .error, line: 1, column: 12, "put the display name in double quotes")
    }

    @Test func anUnquotedNameOfSeveralWordsIsOneErrorAndItsEntityStays() throws {
        let text = "group kh Kataib Hezbollah [src: s1]\nsource s1 \"S\"\ngroup us \"US\"\nkh attacked us\nus attacked kh\n\"Kataib Hezbollah\" attacked us"
        let diagnostics = compile(text).diagnostics
        #expect(diagnostics.count == 1, "\(TextDiagnosticFormatter().format(diagnostics))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == .unquotedName)
        #expect(diagnostic.message == "put the display name in double quotes: \"Kataib Hezbollah\"")
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.location?.column == 10)
        #expect(diagnostic.location?.endColumn == 26)
        #expect(diagnostic.fixIts.map(\.replacement) == ["\"Kataib Hezbollah\""])
    }

    @Test func anUnquotedAliasOfSeveralWordsIsOneErrorAndTheAliasStays() {
        let diagnostics = compile("group kh aka Kataib Hezbollah, KH\n\"kataib hezbollah\" attacked kh").diagnostics
        #expect(diagnostics.map(\.id) == [.unquotedName])
        #expect(diagnostics.first?.message == "put the alias in double quotes: \"Kataib Hezbollah\"")
    }

    @Test func anUnquotedSourceTitleIsOneErrorAndTheSourceStays() {
        let diagnostics = compile("source r1 Reuters News\ngroup a\na attacked a [src: r1]").diagnostics
        #expect(diagnostics.map(\.id) == [.unquotedName])
        #expect(diagnostics.first?.message == "put the source's title in double quotes: \"Reuters News\"")
    }

    @Test func anUnquotedNameBeforeAStringIsOneErrorAndItsEntityStays() {
        let diagnostics = compile("group kh Kataib \"Hezbollah\"\nkh attacked kh").diagnostics
        #expect(diagnostics.map(\.id) == [.unquotedName])
    }

    @Test func anEntityWithTooManyWordsStays() {
        let diagnostics = compile("group kh \"Kataib Hezbollah\" kh2\nkh attacked kh").diagnostics
        #expect(diagnostics.map(\.id) == [.malformedEntity])
    }

    @Test func anEntityKeyInAnAliasListIsOneErrorAndTheEntityStays() throws {
        let text = "source s1 \"S\"\ngroup kh \"KH\" aka \"X\" [kind: militia], \"Y\" [src: s1]\nkh attacked kh"
        let diagnostics = compile(text).diagnostics
        #expect(diagnostics.count == 1, "\(TextDiagnosticFormatter().format(diagnostics))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == .listOnAlias)
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.column == 24)
        #expect(diagnostic.message == "an alias's [...] list holds only lang: and src:; 'kind' describes the entity: move it to the list "
            + "after the last alias, as in aka \"X\" [lang: ar], \"Y\" [kind: ...]")
    }

    @Test func aMissingCommaBetweenAliasesIsOneErrorAndBothStay() throws {
        let result = compile("source s1 \"S\"\ngroup kh \"KH\" aka \"X\" [src: s1] \"Y\"\nkh attacked \"Y\"")
        #expect(result.diagnostics.map(\.id) == [.expectedAlias])
        #expect(result.diagnostics.first?.location?.column == 33)
        #expect(result.diagnostics.first?.fixIts.first?.replacement == ",")
        #expect(result.diagnostics.first?.fixIts.first?.location.column == 32)
    }

    @Test func aLanguageThatIsNotATagIsOneErrorAndTheAliasStays() throws {
        let result = compile("group kh \"KH\" aka \"X\" [lang: arabic1]\nkh attacked \"X\"")
        #expect(result.diagnostics.map(\.id) == [.invalidLanguage])
        #expect(result.diagnostics.first?.message == "'arabic1' is not a language tag; write a code such as ar, en, fa or ar-Latn")
    }

    @Test func sameAsJoinsOneKindOrTwoActors() throws {
        expectDiagnostic("kind event\nevent strike\nperson abu\nstrike same-as abu", .error, line: 4, column: 16,
                         "'same-as' says two entities are one, but 'strike' is of kind event and 'abu' of kind person; its ends must be of one kind, "
                             + "or both actors: check the ids, or use another relation type")
        _ = try graph("kind event\nevent a\nevent b\nperson p\ngroup g\na same-as b\np same-as g [status: alleged]")
    }

    @Test func theListAfterTheLastAliasIsTheEntitysOwn() throws {
        let graph = try graph("source s1 \"S\"\ngroup kh \"KH\" aka \"X\" [src: s1]\nkh attacked kh")
        #expect(graph.entities[0].aliases == ["X"])
        #expect(graph.entities[0].citations.map(\.source) == [0])
    }

    @Test func idThatIsAKindName() {
        expectDiagnostic("group state", .error, line: 1, column: 7, "'state' is a kind name or keyword")
    }

    @Test func duplicateKindDeclaration() {
        expectDiagnostic("kind event\nkind event", .error, line: 2, column: 6, "duplicate kind 'event'")
    }

    @Test func kindNamedLikeARelationType() {
        expectDiagnostic("kind commands", .error, line: 1, column: 6, "'commands' is a relation type")
    }

    @Test func unknownShapeWithSuggestion() {
        expectDiagnostic("kind event [shape: \"elipse\"]", .error, line: 1, column: 20, "did you mean 'ellipse'?")
    }

    @Test func unknownKindKey() {
        expectDiagnostic("kind event [colour: red]", .error, line: 1, column: 13, "unknown key 'colour' for a kind; did you mean 'color'?")
    }

    @Test func badColour() {
        expectDiagnostic("kind event [color: \"light blue\"]", .error, line: 1, column: 20, "is not a colour")
    }

    @Test func unknownKindInEndpointRule() {
        expectDiagnostic("relation r [from: persn, to: any]", .error, line: 1, column: 19, "unknown kind 'persn'; did you mean 'person'?")
    }

    @Test func builtInEndpointRulesAreFixed() {
        expectDiagnostic("relation commands [from: any]", .error, line: 1, column: 20, "endpoint rules of built-in 'commands' are fixed")
    }

    @Test func badSymmetricValue() {
        expectDiagnostic("relation r [symmetric: yes]", .error, line: 1, column: 24, "'symmetric' takes true or false")
    }

    @Test func unknownArrowhead() {
        expectDiagnostic("relation r [arrowhead: \"veee\"]", .error, line: 1, column: 24, "did you mean 'vee'")
    }

    @Test func duplicateRelationTypeAcrossFiles() {
        let result = GraphCompiler.compile([SourceFile(path: "one.ag", text: "relation r"), SourceFile(path: "two.ag", text: "\nrelation r")])
        #expect(result.errorCount == 1)
        #expect(result.diagnostics[0].location?.path == "two.ag")
        #expect(result.diagnostics[0].notes[0].location?.path == "one.ag")
    }

    @Test func statementStartingWithPunctuation() {
        expectDiagnostic(": a", .error, line: 1, column: 1, "unexpected ':' at the start of a statement")
    }

    // MARK: Sources, claims and time

    private static let sourced = "source r000 \"EFE report\" [reliability: B]\nperson a\nperson b\n"

    @Test func unknownSourceWithSuggestion() {
        expectDiagnostic(Self.sourced + "a attacked b [src: r00]", .error, line: 4, column: 20, "unknown source 'r00'; did you mean 'r000'?")
    }

    @Test func unknownSourceWithoutSuggestionSaysHowToDeclare() {
        expectDiagnostic(Self.sourced + "a attacked b [src: reuters]", .error, line: 4, column: 20, "declare it with 'source reuters")
    }

    @Test func badCredibilityGrade() {
        expectDiagnostic(Self.sourced + "a attacked b [src: r000 \"words\" 7]", .error, line: 4, column: 33, "'7' is not a credibility grade")
    }

    @Test func badReliabilityGrade() {
        expectDiagnostic("source r1 \"x\" [reliability: G]\nperson a\na attacked a [src: r1]", .error, line: 1, column: 29,
                         "'G' is not a reliability grade; grades run from A")
    }

    @Test func badDateOnARelation() {
        expectDiagnostic("person a\nperson b\na attacked b [date: 2024-02-30]", .error, line: 3, column: 21, "'2024-02-30' is not a date")
    }

    @Test func badDateOnASource() {
        expectDiagnostic("source r1 [date: 2024-1-4]\nperson a\na attacked a [src: r1]", .error, line: 1, column: 18, "is not a date")
    }

    @Test func spanEndingBeforeItStarts() {
        expectDiagnostic("person a\nperson b\na commands b [from: 2024, to: 2023-12]", .error, line: 3, column: 31, "'to: 2023-12' is before 'from: 2024'")
    }

    @Test func dateAndSpanTogether() {
        expectDiagnostic("person a\nperson b\na commands b [date: 2024, from: 2023]", .error, line: 3, column: 33, "'date:' (an event) or 'from:'/'to:'")
    }

    @Test func byNamingAnUnknownActor() {
        expectDiagnostic("person a\nperson bob\na attacked a [status: alleged, by: bobb]", .error, line: 3, column: 36,
                         "'by:' names an actor that does not exist: unknown entity id 'bobb'; did you mean 'bob'?")
    }

    @Test func unknownStatusWithSuggestion() {
        expectDiagnostic("person a\na attacked a [status: alledged]", .error, line: 2, column: 23, "unknown status 'alledged'; did you mean 'alleged'?")
    }

    @Test func severalValuesWithoutASource() {
        expectDiagnostic(Self.sourced + "a attacked b [killed: 3 [src: r000], 2]", .error, line: 4, column: 38,
                         "'killed' has several values, so each needs its source")
    }

    @Test func onlySourcesAndTheClaimAnnotateValues() {
        expectDiagnostic(Self.sourced + "a attacked b [killed: 3 [note: x]]", .error, line: 4, column: 26,
                         "a value's list takes only 'src:', 'status:' and 'by:'")
    }

    @Test func listsNestOneLevel() {
        expectDiagnostic(Self.sourced + "a attacked b [killed: 3 [src: r000 [x: 1]]]", .error, line: 4, column: 36, "lists nest one level deep")
    }

    @Test func duplicateSourceWithNote() {
        let diagnostics = compile("source r1\nsource r1\nperson a\na attacked a [src: r1]").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.first?.message.contains("duplicate source 'r1'") == true)
        #expect(diagnostics.first?.notes.first?.location?.line == 1)
    }

    @Test func unknownSourceKey() {
        expectDiagnostic("source r1 [outlett: \"EFE\"]", .error, line: 1, column: 12, "unknown key 'outlett' for a source; did you mean 'outlet'?")
    }

    @Test func sourceIsAKeyword() {
        expectDiagnostic("group source", .error, line: 1, column: 7, "'source' is a kind name or keyword")
    }

    @Test func controlCharactersAreNamedAndShownVisibly() {
        let diagnostic = compile("person a\u{0}b").diagnostics[0]
        #expect(diagnostic.message.hasPrefix("unexpected character U+0000;"))
        #expect(diagnostic.location?.lineText == "person a\u{FFFD}b")
        #expect(diagnostic.location?.column == 9)
    }

    @Test func aBrokenAttributeListDoesNotCascade() {
        let result = compile("person x [from: \"Iraq\"]\nperson y\nx commands y [date: 2024-13]\ny attacked x [n: 1 [src: r0\n")
        #expect(result.diagnostics.map { $0.location!.line } == [1, 3, 4, 4])
    }

    @Test func anUnclosedValueListDoesNotSwallowTheNextLine() throws {
        let result = compile("person a\nperson b\na commands b [x: 1 [src: r0\nperson c\nc commands a\n")
        #expect(!result.diagnostics.contains { $0.message.contains("unknown entity id 'c'") })
        #expect(result.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.location?.line == 3 })
    }

    @Test func aRunOfStrayTokensIsOneError() {
        let result = compile("person a \"A\" [" + String(repeating: "[", count: 5_000) + "\na attacked a")
        #expect(result.errorCount == 2)
    }

    @Test func longLinesAreShownAsAWindowAroundTheCaret() throws {
        let text = "person a\na attacked a [" + (0..<200).map { "k\($0): 1, " }.joined() + "y 2]"
        let diagnostic = try #require(compile(text).diagnostics.first { $0.severity == .error })
        let shown = TextDiagnosticFormatter().format(diagnostic).split(separator: "\n")
        #expect(shown[1].hasPrefix("…") && !shown[1].hasSuffix("…"))
        #expect(shown[1].count < 200)
        let caretColumn = shown[2].firstIndex(of: "^").map { shown[2].distance(from: shown[2].startIndex, to: $0) }
        let errorColumn = shown[1].range(of: "2]").map { shown[1].distance(from: shown[1].startIndex, to: $0.lowerBound) }
        #expect(caretColumn == errorColumn)
    }

    @Test func formattedDiagnosticShowsLineAndCaret() {
        let diagnostic = compile("group nujaba\nnujaba attacked nujabba").diagnostics[0]
        #expect(TextDiagnosticFormatter().format(diagnostic) == """
        t.ag:2:17: error: unknown entity id 'nujabba'; did you mean 'nujaba'?
        nujaba attacked nujabba
                        ^~~~~~~

        """)
    }

    @Test func caretColumnsCountCharactersNotBytes() {
        let diagnostic = compile("group a \"النجباء\" \"x\"").diagnostics[0]
        #expect(diagnostic.location?.column == 19)
    }
}
