/// A stable, kebab-case name for what a diagnostic means, such as
/// `unknown-entity`. Messages may be reworded; ids stay, so tools, editors
/// and tests can match on them. docs/language.md lists every one.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id as written in docs and JSON output.
    public let rawValue: String

    /// Wraps an id; the ones ActorGraph reports are the static constants.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps an id written as a literal.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The raw value.
    public var description: String { rawValue }
}

// Each constant is one meaning. docs/language.md lists them all with their
// severity, and a test checks that every constant here appears there.
extension DiagnosticID {
    // MARK: Characters and strings

    /// A byte sequence that is not UTF-8.
    public static let invalidUTF8: DiagnosticID = "invalid-utf8"
    /// A character that cannot start a token.
    public static let unexpectedCharacter: DiagnosticID = "unexpected-character"
    /// A string not closed before the end of its line.
    public static let unterminatedString: DiagnosticID = "unterminated-string"
    /// A backslash escape other than `\"`, `\\`, `\n`, `\t`, `\u{...}`.
    public static let invalidEscape: DiagnosticID = "invalid-escape"
    /// A `\u{...}` that does not name a Unicode scalar.
    public static let invalidUnicodeEscape: DiagnosticID = "invalid-unicode-escape"

    // MARK: The shape of statements

    /// A line that does not start with a word or string.
    public static let expectedStatement: DiagnosticID = "expected-statement"
    /// More tokens after a complete statement.
    public static let expectedEndOfLine: DiagnosticID = "expected-end-of-line"
    /// `aka` not followed by names.
    public static let expectedAlias: DiagnosticID = "expected-alias"
    /// A key other than `lang:` and `src:` in an alias's `[...]` list.
    public static let listOnAlias: DiagnosticID = "list-on-alias"
    /// An alias's `lang:` that is not a language tag.
    public static let invalidLanguage: DiagnosticID = "invalid-language"
    /// An attribute key without `:`.
    public static let expectedColon: DiagnosticID = "expected-colon"
    /// `key:` or `|` without a value after it.
    public static let expectedValue: DiagnosticID = "expected-value"
    /// A token that does not belong where it stands in an attribute list.
    public static let unexpectedToken: DiagnosticID = "unexpected-token"
    /// A `[` without its `]`.
    public static let unclosedBracket: DiagnosticID = "unclosed-bracket"
    /// A list inside a value's list.
    public static let nestedList: DiagnosticID = "nested-list"

    // MARK: Declarations

    /// A `kind`, `relation` or `source` line not in its declared form.
    public static let malformedDeclaration: DiagnosticID = "malformed-declaration"
    /// A keyword used as the name of a kind or relation type.
    public static let keywordAsName: DiagnosticID = "keyword-as-name"
    /// A kind declared twice.
    public static let duplicateKind: DiagnosticID = "duplicate-kind"
    /// A relation type declared twice.
    public static let duplicateRelationType: DiagnosticID = "duplicate-relation-type"
    /// A kind named like a relation type.
    public static let kindNamedLikeRelationType: DiagnosticID = "kind-named-like-relation-type"
    /// A relation type named like a kind.
    public static let relationTypeNamedLikeKind: DiagnosticID = "relation-type-named-like-kind"
    /// A key a declaration does not take.
    public static let unknownKey: DiagnosticID = "unknown-key"
    /// A Graphviz node shape that does not exist.
    public static let unknownShape: DiagnosticID = "unknown-shape"
    /// A line style that does not exist.
    public static let unknownLineStyle: DiagnosticID = "unknown-line-style"
    /// A Graphviz arrowhead that does not exist.
    public static let unknownArrowhead: DiagnosticID = "unknown-arrowhead"
    /// A relation role that does not exist.
    public static let unknownRole: DiagnosticID = "unknown-role"
    /// A value that is not a colour.
    public static let invalidColor: DiagnosticID = "invalid-color"
    /// `symmetric` other than `true` or `false`.
    public static let invalidSymmetric: DiagnosticID = "invalid-symmetric"
    /// `from:` or `to:` that is not kinds joined by `|`.
    public static let malformedKindList: DiagnosticID = "malformed-kind-list"
    /// `any` together with other kinds.
    public static let anyWithOtherKinds: DiagnosticID = "any-with-other-kinds"
    /// Endpoint rules given for a built-in relation type.
    public static let builtInEndpointRules: DiagnosticID = "built-in-endpoint-rules"
    /// A role given for a built-in relation type.
    public static let builtInRole: DiagnosticID = "built-in-role"
    /// A `refs:` entry that is not attribute keys joined by `|`, or that
    /// names a key holding citations, a status or dates.
    public static let invalidReferenceKey: DiagnosticID = "invalid-reference-key"

    // MARK: Entities and relations

    /// A word that names no kind, where a kind is expected.
    public static let unknownKind: DiagnosticID = "unknown-kind"
    /// An entity declaration without an id.
    public static let missingID: DiagnosticID = "missing-id"
    /// An id written as a quoted string.
    public static let quotedID: DiagnosticID = "quoted-id"
    /// An id that is a kind name or keyword.
    public static let reservedID: DiagnosticID = "reserved-id"
    /// A display name or title not in quotes.
    public static let unquotedName: DiagnosticID = "unquoted-name"
    /// An entity declaration with more than a kind, id and name before `aka` or `[`.
    public static let malformedEntity: DiagnosticID = "malformed-entity"
    /// A relation that is not `SUBJECT TYPE OBJECT`.
    public static let malformedRelation: DiagnosticID = "malformed-relation"
    /// A relation type written as a quoted string.
    public static let quotedRelationType: DiagnosticID = "quoted-relation-type"
    /// `aka` on a relation or declaration.
    public static let misplacedAlias: DiagnosticID = "misplaced-aka"
    /// Two entities with one id.
    public static let duplicateID: DiagnosticID = "duplicate-id"
    /// A name or alias that already names another entity.
    public static let ambiguousName: DiagnosticID = "ambiguous-name"
    /// A reference to an entity id, name or alias that does not exist.
    public static let unknownEntity: DiagnosticID = "unknown-entity"
    /// A value of a reference key (`event:`, `target:`, `place:`, `by:`, or
    /// one declared with `refs:`) that names no entity.
    public static let unknownReference: DiagnosticID = "unknown-reference"
    /// A relation type that does not exist.
    public static let unknownRelationType: DiagnosticID = "unknown-relation-type"
    /// A relation end whose kind its type does not allow.
    public static let endpointRule: DiagnosticID = "endpoint-rule"
    /// A `same-as` (identity) relation between entities of different
    /// kinds that are not both actors.
    public static let identityKinds: DiagnosticID = "same-as-kinds"
    /// An entity no relation touches.
    public static let unusedEntity: DiagnosticID = "unused-entity"
    /// A declaration made in code that cannot be built as written; only
    /// graphs built with the result builder give it.
    public static let invalidDeclaration: DiagnosticID = "invalid-declaration"

    // MARK: Attributes, sources, claims and time

    /// An attribute key given twice in one list.
    public static let duplicateKey: DiagnosticID = "duplicate-key"
    /// Several values where one is taken.
    public static let severalValues: DiagnosticID = "several-values"
    /// Several words where one word or string is taken.
    public static let severalWords: DiagnosticID = "several-words"
    /// A `[...]` list where none is taken.
    public static let unexpectedList: DiagnosticID = "unexpected-list"
    /// A key other than `src:` annotating a value.
    public static let annotationNotSource: DiagnosticID = "annotation-not-src"
    /// One of several values citing no source.
    public static let uncitedValue: DiagnosticID = "uncited-value"
    /// A value that is not a number as reported, beside values of its key
    /// that are, so the key's figures are compared as words.
    public static let unreadFigure: DiagnosticID = "unread-figure"
    /// A source declaration not in its declared form.
    public static let malformedSource: DiagnosticID = "malformed-source"
    /// Two sources with one id.
    public static let duplicateSource: DiagnosticID = "duplicate-source"
    /// A reliability grade other than A-F.
    public static let invalidReliability: DiagnosticID = "invalid-reliability"
    /// A `copies:` or `derived-from:` naming a source that is not declared.
    public static let unknownOriginal: DiagnosticID = "unknown-original"
    /// A source that declares it copies or derives from itself.
    public static let sourceRepeatsItself: DiagnosticID = "source-repeats-itself"
    /// Sources that declare they repeat each other in a circle.
    public static let dependencyCycle: DiagnosticID = "dependency-cycle"
    /// Line ranges of a `copies:` or `derived-from:` not in the form `"1-2, 9-10"`.
    public static let malformedLineRange: DiagnosticID = "malformed-line-range"
    /// A citation not in the form `ID "quoted words" GRADE`.
    public static let malformedCitation: DiagnosticID = "malformed-citation"
    /// A citation of a source that does not exist.
    public static let unknownSource: DiagnosticID = "unknown-source"
    /// A credibility grade other than 1-6.
    public static let invalidCredibility: DiagnosticID = "invalid-credibility"
    /// A claim status that does not exist.
    public static let unknownStatus: DiagnosticID = "unknown-status"
    /// A date that is malformed or does not exist.
    public static let badDate: DiagnosticID = "bad-date"
    /// A relation with both `date:` and `from:`/`to:`.
    public static let dateAndSpan: DiagnosticID = "date-and-span"
    /// A span whose `to:` is before its `from:`.
    public static let spanEndsBeforeStart: DiagnosticID = "span-ends-before-start"
    /// A quote that its source's report file does not contain.
    public static let quoteNotInReport: DiagnosticID = "quote-not-in-report"
    /// A cited source's report file that cannot be read, so its quotes go unchecked.
    public static let reportNotFound: DiagnosticID = "report-not-found"

    // MARK: Imported files

    /// A file read as JSON that is not well-formed JSON.
    public static let malformedJSON: DiagnosticID = "malformed-json"
    /// JSON that is not an ActorGraph document, or of a version this build does not read.
    public static let notActorGraphJSON: DiagnosticID = "not-actorgraph-json"
    /// A field of an ActorGraph JSON document that is missing or of the wrong type.
    public static let badJSONField: DiagnosticID = "bad-json-field"
    /// An id, name or key in a JSON document that `.ag` cannot write as a bare word.
    public static let invalidJSONName: DiagnosticID = "invalid-json-name"
    /// An imported entity whose file gives no kind, with no `--kind` default.
    public static let missingKind: DiagnosticID = "missing-kind"
    /// An imported relation whose file gives no type, with no `--relation` default.
    public static let missingRelationType: DiagnosticID = "missing-relation-type"
    /// An imported entity whose kind differs from the entity it was matched or merged with.
    public static let importKindDiffers: DiagnosticID = "import-kind-differs"
    /// A GraphML or GEXF file that is not well-formed XML, or that nests, encodes or declares what the reader refuses.
    public static let malformedXML: DiagnosticID = "malformed-xml"
    /// XML read as GraphML whose root is not `<graphml>`, or without a `<graph>`.
    public static let notGraphML: DiagnosticID = "not-graphml"
    /// XML read as GEXF whose root is not `<gexf>`, or without a `<graph>`.
    public static let notGEXF: DiagnosticID = "not-gexf"
    /// A node without an id, an edge without a source or target, a key or attribute without its id.
    public static let missingXMLAttribute: DiagnosticID = "missing-xml-attribute"
    /// Two nodes of one GraphML or GEXF file with the same id.
    public static let duplicateNode: DiagnosticID = "duplicate-node"
    /// An edge end or claimant that names no node of the file.
    public static let undeclaredNode: DiagnosticID = "undeclared-node"
    /// A GraphML `<data key>` or GEXF `<attvalue for>` that no key or attribute declares for its element.
    public static let undeclaredKey: DiagnosticID = "undeclared-key"
    /// A value that does not fit the type its key or attribute declares.
    public static let mistypedValue: DiagnosticID = "mistyped-value"
    /// A part of GraphML or GEXF the reader skips: nested graphs, hyperedges, ports, several spells.
    public static let unsupportedGraphElement: DiagnosticID = "unsupported-graph-element"
    /// An undirected graph or edge, read as subject to object in the order written.
    public static let undirectedEdge: DiagnosticID = "undirected-edge"
    /// A FollowTheMoney line that is JSON but not an entity: no string
    /// `id` or `schema`, properties that are not lists of strings, an
    /// interval without its ends.
    public static let badFtMEntity: DiagnosticID = "bad-ftm-entity"
    /// A FollowTheMoney entity of a schema the reader does not import.
    public static let unreadFtMSchema: DiagnosticID = "unread-ftm-schema"
    /// A DOT file that Graphviz cannot read.
    public static let malformedDOT: DiagnosticID = "malformed-dot"
    /// A warning Graphviz gave while reading a DOT file.
    public static let graphvizWarning: DiagnosticID = "graphviz-warning"
    /// A CSV file that is not well-formed: a quote never closed, text after a closing quote, a ragged row, no header, two columns with one name.
    public static let malformedCSV: DiagnosticID = "malformed-csv"
    /// A CSV header in which no column says what the rows are: no name or id, and not both ends of a relation.
    public static let unrecognizedCSVColumns: DiagnosticID = "unrecognized-csv-columns"
    /// A CSV cell a row cannot do without (a relation's end, an entity's name or id) that is empty.
    public static let emptyCSVCell: DiagnosticID = "empty-csv-cell"
    /// A CSV mapping file whose keys, roles or values are wrong, or whose columns play roles the file cannot have.
    public static let badCSVMapping: DiagnosticID = "bad-csv-mapping"
    /// A CSV file whose header has none of the columns the mapping names: the mapping is not this file's, or misspells its columns.
    public static let unmatchedCSVMapping: DiagnosticID = "unmatched-csv-mapping"

    // MARK: Notes

    /// Where the first of two duplicates was declared.
    public static let firstDeclaredHere: DiagnosticID = "first-declared-here"
    /// Where the other entity an ambiguous name names was declared.
    public static let otherDeclaredHere: DiagnosticID = "other-declared-here"
}
