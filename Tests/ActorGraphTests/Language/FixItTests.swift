import Testing
@testable import ActorGraph

/// Fix-its: where a message says what to type, the diagnostic carries it.
struct FixItTests {
    /// The first diagnostic's fix-its as (line, column, endColumn, replacement).
    func edits(_ text: String) throws -> [[String]] {
        let diagnostic = try #require(compile(text).diagnostics.first { $0.severity == .error })
        return diagnostic.fixIts.map { ["\($0.location.line)", "\($0.location.column)", "\($0.location.endColumn)", $0.replacement] }
    }

    /// `text` with every fix-it of every error applied, last place first so
    /// earlier columns stay valid (each line here has one edit at most).
    func applyingFixIts(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { Array($0.unicodeScalars) }
        let fixIts = compile(text).diagnostics.flatMap(\.fixIts).sorted { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }
        for fixIt in fixIts {
            let line = fixIt.location.line - 1
            lines[line].replaceSubrange(fixIt.location.column - 1 ..< fixIt.location.endColumn - 1, with: fixIt.replacement.unicodeScalars)
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    @Test func didYouMeanReplacesTheWord() throws {
        #expect(try edits("group a\na comands a") == [["2", "3", "10", "commands"]])
        #expect(try edits("group nujaba\nnujaba attacked nujabba") == [["2", "17", "24", "nujaba"]])
        #expect(try edits("kind event [colour: red]") == [["1", "13", "19", "color"]])
        #expect(try edits("relation r [from: persn, to: any]") == [["1", "19", "24", "person"]])
        #expect(try edits("kind event\nevnt kerman \"Kerman\"") == [["2", "1", "5", "event"]])
        #expect(try edits("person a\na attacked a [status: alledged]") == [["2", "23", "31", "alleged"]])
        #expect(try edits("source r000\nperson a\na attacked a [src: r00]") == [["3", "20", "23", "r000"]])
    }

    @Test func aQuotedNameIsReplacedByAQuotedName() throws {
        #expect(try edits("group n \"Harakat al-Nujaba\"\nn attacked \"Harakat al Nujabah\"")
            == [["2", "12", "32", "\"Harakat al-Nujaba\""]])
        #expect(try edits("kind event [shape: \"elipse\"]") == [["1", "20", "28", "\"ellipse\""]])
    }

    @Test func theNearestOfSeveralNamesIsTheOneFixedIn() throws {
        let diagnostic = try #require(compile("group ab\ngroup ac\nab attacked ad").diagnostics.first { $0.severity == .error })
        #expect(diagnostic.message.hasSuffix("did you mean 'ab' or 'ac'?"))
        #expect(diagnostic.fixIts.map(\.replacement) == ["ab"])
    }

    @Test func noNearNameNoFixIt() throws {
        #expect(try edits("group a\na zzzzzz a").isEmpty)
    }

    @Test func anUnquotedNameOfSeveralWordsIsQuotedWhole() throws {
        let diagnostic = try #require(compile("person abu Abu  Taqwa\nabu attacked abu").diagnostics.first)
        #expect(diagnostic.message == "put the display name in double quotes: \"Abu  Taqwa\"")
        #expect(try edits("person abu Abu  Taqwa\nabu attacked abu") == [["1", "12", "22", "\"Abu  Taqwa\""]])
        #expect(try edits("person abu Taqwa") == [["1", "12", "17", "\"Taqwa\""]])
        #expect(try edits("group kh Kataib Hezbollah\nkh attacked kh") == [["1", "10", "26", "\"Kataib Hezbollah\""]])
        #expect(try edits("group kh aka Kataib  Hezbollah, KH\nkh attacked kh") == [["1", "14", "31", "\"Kataib  Hezbollah\""]])
        #expect(try edits("source r1 Reuters News") == [["1", "11", "23", "\"Reuters News\""]])
        #expect(try edits("source r1 EFE") == [["1", "11", "14", "\"EFE\""]])
        #expect(try edits("kind event [shape: big box]") == [["1", "20", "27", "\"big box\""]])
    }

    @Test func wordsAroundAStringAreNotQuotedTogether() throws {
        #expect(try edits("person abu Abu \"Taqwa\"") == [["1", "12", "15", "\"Abu\""]])
    }

    @Test func anUnterminatedStringGetsItsQuote() throws {
        #expect(try edits("person a \"Abu\nperson b") == [["1", "14", "14", "\""]])
        #expect(try edits("person a \"Abu\r\nperson b") == [["1", "14", "14", "\""]])
    }

    @Test func anUnknownEscapeGetsItsBackslashDoubled() throws {
        #expect(try edits("person a \"x\\qy\"\na attacked a") == [["1", "12", "12", "\\"]])
        #expect(try edits("person a \"\\u{D800}\"\na attacked a").isEmpty)
    }

    @Test func aQuotedRelationTypeIsUnquoted() throws {
        #expect(try edits("person a\na \"attacked\" a") == [["2", "3", "13", "attacked"]])
    }

    @Test func applyingTheFixItsGivesAFileThatChecks() throws {
        let broken = """
        group nujaba "Harakat al-Nujaba"
        person abu Abu Taqwa
        abu comands nujaba
        abu attacked "Harakat al Nujabah" [note: "a \\q b"]
        abu funded-by nujabba [status: alledged]
        """
        let fixed = applyingFixIts(broken)
        #expect(compile(fixed).errorCount == 0, "\(fixed)\n\(TextDiagnosticFormatter().format(compile(fixed).diagnostics))")
    }

    @Test func aNameNeedingEscapesIsQuotedSoItReadsBack() {
        #expect(StringLiteral.quoted("say \"hi\"\\\n\t\u{1}") == "\"say \\\"hi\\\"\\\\\\n\\t\\u{1}\"")
        let quoted = Array(StringLiteral.quoted("a \"b\" \\ c").utf8)
        #expect(StringLiteral.decode(quoted, from: 1, to: quoted.count - 1) == "a \"b\" \\ c")
    }
}
