import Foundation

/// Renders diagnostics as one JSON document, for editors and scripts:
///
///     {"diagnostics":[{"column":17,"endColumn":24,"file":"t.ag","fixIts":[…],"id":"unknown-entity",
///       "line":2,"message":"…","notes":[],"severity":"error"}],"errors":1,"omitted":0,"warnings":0}
///
/// Keys are sorted, so the same diagnostics always give the same bytes. A
/// diagnostic without a location has no `file`, `line`, `column` or
/// `endColumn`. Notes have the diagnostic's shape; a fix-it gives `line`,
/// `column`, `endColumn` and `replacement`. Strings are escaped as JSON
/// requires, control characters included.
public struct JSONDiagnosticFormatter: Sendable {
    /// A formatter; it has no options.
    public init() {}

    /// The diagnostics of a compilation, with its counts: `errors` and
    /// `warnings` count the omitted ones too.
    public func format(_ result: CompileResult) -> String {
        format(result.diagnostics, errors: result.errorCount, warnings: result.warningCount, omitted: result.omittedCount)
    }

    /// `diagnostics` with the counts given; `errors` and `warnings` default
    /// to those among `diagnostics`.
    public func format(_ diagnostics: [Diagnostic], errors: Int? = nil, warnings: Int? = nil, omitted: Int = 0) -> String {
        let document = Document(diagnostics: diagnostics.map(Entry.init),
                                errors: errors ?? diagnostics.count { $0.severity == .error },
                                warnings: warnings ?? diagnostics.count { $0.severity == .warning },
                                omitted: omitted)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            // Only non-finite numbers fail to encode, and there are none.
            preconditionFailure("diagnostics could not be encoded as JSON: \(error)")
        }
    }

    private struct Document: Encodable {
        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
        var omitted: Int
    }

    private struct Entry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var endColumn: Int?
        var id: String
        var severity: String
        var message: String
        var notes: [Entry]
        var fixIts: [Edit]

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.path
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            endColumn = diagnostic.location?.endColumn
            id = diagnostic.id.rawValue
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            notes = diagnostic.notes.map(Entry.init)
            fixIts = diagnostic.fixIts.map(Edit.init)
        }
    }

    private struct Edit: Encodable {
        var line: Int
        var column: Int
        var endColumn: Int
        var replacement: String

        init(_ fixIt: FixIt) {
            line = fixIt.location.line
            column = fixIt.location.column
            endColumn = fixIt.location.endColumn
            replacement = fixIt.replacement
        }
    }
}
