import Foundation
import Testing
@testable import ActorGraph

/// Every diagnostic id: a file that gives it, the severity it comes with,
/// and its line in docs/language.md.
struct DiagnosticIDTests {
    struct Case: CustomStringConvertible, Sendable {
        var id: DiagnosticID
        var bytes: [UInt8]
        /// `t.ag`, `t.json` for the ids of the JSON importer, or a file of
        /// another format read by its reader (`t.ftm`).
        var path = "t.ag"
        /// Whether the file is read by the registry's reader for its
        /// extension, as `actorgraph import` reads it, rather than translated.
        var isRead = false
        /// The CSV mapping to read `t.csv` with.
        var mapping: String?
        var description: String { id.rawValue }

        init(_ id: DiagnosticID, _ text: String) {
            self.id = id
            bytes = Array(text.utf8)
        }

        init(_ id: DiagnosticID, json: String) {
            self.init(id, json)
            path = "t.json"
        }

        /// A file of `path`, read by the reader its extension selects.
        init(_ id: DiagnosticID, reading text: String, path: String) {
            self.init(id, text)
            self.path = path
            isRead = true
        }

        /// A file of `path`, translated as every command reads it: read,
        /// then assembled as `actorgraph import` does without a catalogue.
        init(_ id: DiagnosticID, translating text: String, path: String) {
            self.init(id, text)
            self.path = path
        }

        /// A CSV file `t.csv`, read with the mapping `m.json` if one is given.
        init(_ id: DiagnosticID, csv: String, mapping: String? = nil) {
            self.init(id, reading: csv, path: "t.csv")
            self.mapping = mapping
        }

        init(_ id: DiagnosticID, bytes: [UInt8]) {
            self.id = id
            self.bytes = bytes
        }
    }

    static let sourced = "source r0\nperson a\n"

    /// Two GraphML nodes named alike, a group and a person, and an edge of no type.
    static let twoNodes = #"<graphml><key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/><graph>"#
        + #"<node id="a"><data key="k">group</data><data key="l">A</data></node><node id="b"><data key="k">person</data><data key="l">a</data></node>"#
        + #"<edge source="a" target="b"/></graph></graphml>"#

    /// One file per id, each giving that id (alone or among others).
    static let cases: [Case] = [
        Case(.invalidUTF8, bytes: Array("person a \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)),
        Case(.unexpectedCharacter, "person a\na attacked → a"),
        Case(.unterminatedString, "person a \"Abu\nperson b"),
        Case(.invalidEscape, "person a \"x\\qy\"\na attacked a"),
        Case(.invalidUnicodeEscape, "person a \"\\u{D800}\"\na attacked a"),
        Case(.expectedStatement, ": a"),
        Case(.expectedEndOfLine, "person a [n: 1] x\na attacked a"),
        Case(.expectedAlias, "person a aka ]"),
        Case(.listOnAlias, "person a aka \"X\" [note: n], \"Y\""),
        Case(.invalidLanguage, "person a aka \"X\" [lang: 1]"),
        Case(.expectedColon, "person a\na attacked a [date 2024]"),
        Case(.expectedValue, "person a\na attacked a [date: ]"),
        Case(.unexpectedToken, "person a\na attacked a [n: 1 :]"),
        Case(.unclosedBracket, "person a\na attacked a [date: 1\na attacked a"),
        Case(.nestedList, sourced + "a attacked a [k: 3 [src: r0 [x: 1]]]"),
        Case(.malformedDeclaration, "kind"),
        Case(.keywordAsName, "kind source"),
        Case(.duplicateKind, "kind event\nkind event"),
        Case(.duplicateRelationType, "relation r\nrelation r"),
        Case(.kindNamedLikeRelationType, "kind commands"),
        Case(.relationTypeNamedLikeKind, "relation person"),
        Case(.unknownKey, "kind event [colour: red]"),
        Case(.unknownShape, "kind event [shape: \"elipse\"]"),
        Case(.unknownLineStyle, "relation r [style: dashd]"),
        Case(.unknownArrowhead, "relation r [arrowhead: \"veee\"]"),
        Case(.unknownRole, "relation r [role: comand]"),
        Case(.invalidColor, "kind event [color: \"light blue\"]"),
        Case(.invalidSymmetric, "relation r [symmetric: yes]"),
        Case(.malformedKindList, "relation r [from: person, group]"),
        Case(.anyWithOtherKinds, "relation r [from: any|person]"),
        Case(.builtInEndpointRules, "relation commands [from: any]"),
        Case(.builtInRole, "relation commands [role: command]"),
        Case(.invalidReferenceKey, "kind event [refs: date]"),
        Case(.unknownKind, "kind event\nevnt kerman \"Kerman\""),
        Case(.missingID, "person"),
        Case(.quotedID, "person \"Abu Taqwa\""),
        Case(.reservedID, "group state"),
        Case(.unquotedName, "person abu Taqwa"),
        Case(.malformedEntity, "person a \"A\" extra"),
        Case(.malformedRelation, "person a\nperson b\na attacked b a"),
        Case(.quotedRelationType, "person a\na \"attacked\" a"),
        Case(.misplacedAlias, "person a\na attacked a aka \"x\""),
        Case(.duplicateID, "person a\nperson a\na attacked a"),
        Case(.ambiguousName, "group a \"Al Nujaba\"\ngroup b aka \"al-Nujaba\"\na attacked b"),
        Case(.unknownEntity, "group nujaba\nnujaba attacked nujabba"),
        Case(.unknownReference, "group nujaba\nnujaba attacked nujaba [target: nujabba]"),
        Case(.unknownRelationType, "group a\na comands a"),
        Case(.endpointRule, "group a\ngroup b\nb member-of a"),
        Case(.identityKinds, "kind event\nevent e\nperson a\ne same-as a"),
        Case(.unusedEntity, "person a\nperson b\nb attacked b"),
        Case(.duplicateKey, "person a\na attacked a [n: 1, n: 2]"),
        Case(.severalValues, "kind event [shape: box, note]"),
        Case(.severalWords, "kind event [shape: big box]"),
        Case(.unexpectedList, "kind event [shape: box [src: r0]]"),
        Case(.annotationNotSource, sourced + "a attacked a [k: 3 [note: x]]"),
        Case(.uncitedValue, sourced + "a attacked a [k: 3 [src: r0], 2]"),
        Case(.unreadFigure, sourced + "a attacked a [k: 3 [src: r0], \"3 fighters\" [src: r0]]"),
        Case(.malformedSource, "source"),
        Case(.duplicateSource, "source r1\nsource r1"),
        Case(.invalidReliability, "source r1 [reliability: G]"),
        Case(.unknownOriginal, "source r1 [copies: r0]"),
        Case(.sourceRepeatsItself, "source r1 [copies: r1]"),
        Case(.dependencyCycle, "source r1 [copies: r2]\nsource r2 [derived-from: r1 \"2-4\"]"),
        Case(.malformedLineRange, "source r0\nsource r1 [copies: r0 \"8-3\"]"),
        Case(.malformedCitation, sourced + "a attacked a [src: \"r0\"]"),
        Case(.unknownSource, "person a\na attacked a [src: r0]"),
        Case(.invalidCredibility, sourced + "a attacked a [src: r0 \"words\" 7]"),
        Case(.unknownStatus, "person a\na attacked a [status: alledged]"),
        Case(.badDate, "person a\na attacked a [date: 2024-02-30]"),
        Case(.dateAndSpan, "person a\na commands a [date: 2024, from: 2023]"),
        Case(.spanEndsBeforeStart, "person a\na commands a [from: 2024, to: 2023-12]"),
        Case(.firstDeclaredHere, "person a\nperson a\na attacked a"),
        Case(.otherDeclaredHere, "group a \"Al Nujaba\"\ngroup b aka \"al-Nujaba\"\na attacked b"),
        Case(.malformedCSV, csv: "name,kind\nA,\"group\n"),
        Case(.unrecognizedCSVColumns, csv: "x,y\n1,2\n"),
        Case(.emptyCSVCell, csv: "from,to\nA,\n"),
        Case(.badCSVMapping, csv: "from,to\nA,B\n", mapping: #"{"colums": {}}"#),
        Case(.unmatchedCSVMapping, csv: "from,to\nA,B\n", mapping: #"{"columns": {"Actor A": "subject"}}"#),
        Case(.malformedJSON, json: "{\"format\": \"actorgraph\","),
        Case(.notActorGraphJSON, json: #"{"nodes": []}"#),
        Case(.badJSONField, json: #"{"format": "actorgraph", "version": 1}"#),
        Case(.invalidJSONName, json: #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":[]},"sources":[],"#
            + #""entities":[{"id":"a b","kind":"group","name":"A"}],"relations":[]}"#),
        Case(.missingKind, translating: "<graphml><graph><node id=\"a\"/></graph></graphml>", path: "t.graphml"),
        Case(.missingRelationType, translating: Self.twoNodes, path: "t.graphml"),
        Case(.importKindDiffers, translating: Self.twoNodes, path: "t.graphml"),
        Case(.malformedXML, reading: "<graphml><graph></graphml>", path: "t.graphml"),
        Case(.notGraphML, reading: "<gexf/>", path: "t.graphml"),
        Case(.notGEXF, reading: "<graphml/>", path: "t.gexf"),
        Case(.missingXMLAttribute, reading: "<graphml><graph><node/></graph></graphml>", path: "t.graphml"),
        Case(.duplicateNode, reading: "<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", path: "t.graphml"),
        Case(.undeclaredNode, reading: "<gexf><graph><edges><edge source=\"a\" target=\"a\"/></edges></graph></gexf>", path: "t.gexf"),
        Case(.undeclaredKey, reading: "<graphml><graph><node id=\"a\"><data key=\"d0\">x</data></node></graph></graphml>", path: "t.graphml"),
        Case(.mistypedValue, reading: "<graphml><key id=\"d0\" for=\"node\" attr.type=\"int\"/><graph><node id=\"a\"><data key=\"d0\">x</data></node></graph></graphml>",
             path: "t.graphml"),
        Case(.unsupportedGraphElement, reading: "<graphml><graph><hyperedge/></graph></graphml>", path: "t.graphml"),
        Case(.undirectedEdge, reading: "<gexf><graph defaultedgetype=\"undirected\"/></gexf>", path: "t.gexf"),
        Case(.badFtMEntity, reading: #"{"id":"a"}"#, path: "t.ftm"),
        Case(.unreadFtMSchema, reading: #"{"id":"s","schema":"Sanction","properties":{}}"#, path: "t.ftm"),
    ]

    /// Each diagnostic of a compilation and its notes, flattened.
    static func all(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.flatMap { [$0] + all($0.notes) }
    }

    /// What reading the case's file reports: the CSV reader's or the importer's diagnostics,
    /// or else the checker's on what it translated.
    static func diagnostics(of item: Case) -> [Diagnostic] {
        let file = SourceFile(path: item.path, bytes: item.bytes)
        if item.isRead, let reader = FormatRegistry.standard.reader(for: file) {
            let settings = ImportSettings(mapping: item.mapping.map { SourceFile(path: "m.json", text: $0) })
            return all(reader.read(file, settings: settings).diagnostics)
        }
        let imported = FormatRegistry.standard.importer(for: file).translate(file)
        guard let source = imported.source else { return all(imported.diagnostics) }
        return all(imported.diagnostics + GraphCompiler.compile([source]).diagnostics)
    }

    static func severity(of item: Case) -> Diagnostic.Severity? {
        diagnostics(of: item).first { $0.id == item.id }?.severity
    }

    @Test(arguments: cases)
    func theFileGivesItsID(_ item: Case) {
        let diagnostics = Self.diagnostics(of: item)
        #expect(diagnostics.contains { $0.id == item.id }, "got \(diagnostics.map { "\($0.id): \($0.message)" })")
    }

    @Test func aRepresentativeOfEachFamilyHasItsID() throws {
        func first(_ text: String) throws -> Diagnostic { try #require(compile(text).diagnostics.first) }
        #expect(try first("person a \"x\\qy\"\na attacked a").id == .invalidEscape)
        #expect(try first("person a\na attacked a [date 2024]").id == .expectedColon)
        #expect(try first("kind event [shape: \"elipse\"]").id == .unknownShape)
        #expect(try first("group nujaba\nnujaba attacked nujabba").id == .unknownEntity)
        #expect(try first("group a\ngroup b\nb member-of a").id == .endpointRule)
        #expect(try first("person a\na attacked a [date: 2024-02-30]").id == .badDate)
        let duplicate = try first("person a\nperson a\na attacked a")
        #expect(duplicate.id == .duplicateID)
        #expect(duplicate.notes.map(\.id) == [.firstDeclaredHere])
    }

    @Test func graphIssuesNameTheirIDs() {
        let issue = GraphIssue(problem: .unknownEntity("x", quoted: false, suggestions: []), origin: nil, part: .object)
        #expect(issue.diagnosticID == .unknownEntity)
        #expect(GraphIssue(problem: .unusedEntity("x"), origin: nil, part: .id).diagnosticID == .unusedEntity)
    }

    @Test func idsAreKebabCaseAndDistinct() {
        let ids = Self.declared.map(\.raw)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(id)")
        }
        #expect(DiagnosticID.unknownEntity.rawValue == "unknown-entity")
        #expect(DiagnosticID.endpointRule.description == "endpoint-rule")
        #expect(("bad-date" as DiagnosticID) == .badDate)
    }

    // MARK: Against the code and the docs

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The constants declared in DiagnosticID.swift, read from the source,
    /// since Swift cannot list a type's static properties.
    static let declared: [(name: String, raw: String)] = {
        let url = root.appendingPathComponent("Sources/ActorGraph/Language/DiagnosticID.swift")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.matches(of: /static let (\w+): DiagnosticID = "([^"]+)"/).map { (String($0.1), String($0.2)) }
    }()

    /// Given only to graphs declared in code, never by the `.ag` compiler.
    static let codeOnly: Set<DiagnosticID> = [.invalidDeclaration]

    /// Given by readers outside the core library (DOT is read through
    /// Graphviz, in ActorGraphDriver), whose tests give each of them.
    static let readOutsideTheCore: [DiagnosticID: Diagnostic.Severity] = [.malformedDOT: .error, .graphvizWarning: .warning]

    /// Given by ``QuoteCheck`` after compiling, against report files, whose
    /// tests (Evidence/QuoteCheckTests) give each of them.
    static let checkedAgainstReports: [DiagnosticID: Diagnostic.Severity] = [.quoteNotInReport: .error, .reportNotFound: .warning]

    /// The `| `id` | severity | meaning |` rows of docs/language.md.
    static let documented: [String: String] = {
        let url = root.appendingPathComponent("docs/language.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return Dictionary(text.matches(of: /\n\| `([a-z0-9-]+)` \| (error|warning|note) \|/).map { (String($0.1), String($0.2)) },
                          uniquingKeysWith: { first, _ in first })
    }()

    @Test func everyIDHasACase() {
        #expect(Self.declared.count >= 60)
        let tested = Set(Self.cases.map(\.id.rawValue) + Self.codeOnly.map(\.rawValue) + Self.readOutsideTheCore.keys.map(\.rawValue)
                         + Self.checkedAgainstReports.keys.map(\.rawValue))
        for (name, raw) in Self.declared {
            #expect(tested.contains(raw), "no case gives .\(name)")
        }
    }

    @Test func everyIDIsDocumentedWithTheSeverityItComesWith() {
        for item in Self.cases {
            let documented = Self.documented[item.id.rawValue]
            #expect(documented != nil, "docs/language.md does not list \(item.id)")
            if let documented { #expect(Self.severity(of: item)?.rawValue == documented, "\(item.id)") }
        }
        for id in Self.codeOnly {
            #expect(Self.documented[id.rawValue] == "error", "docs/language.md does not list \(id)")
        }
        for (id, severity) in Self.readOutsideTheCore.merging(Self.checkedAgainstReports, uniquingKeysWith: { first, _ in first }) {
            #expect(Self.documented[id.rawValue] == severity.rawValue, "docs/language.md does not list \(id)")
        }
        let declared = Set(Self.declared.map(\.raw))
        for id in Self.documented.keys {
            #expect(declared.contains(id), "docs/language.md lists \(id), which DiagnosticID does not declare")
        }
    }

    @Test func everyIDIsUsedBySomeCheck() throws {
        var files: [URL] = []
        for folder in ["Sources/ActorGraph", "Sources/ActorGraphDriver"] {
            let url = Self.root.appendingPathComponent(folder)
            files += try #require(FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL])
        }
        let code = try files.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "DiagnosticID.swift" }
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        for (name, _) in Self.declared {
            #expect(code.contains(".\(name)"), ".\(name) is declared but never reported")
        }
    }
}
