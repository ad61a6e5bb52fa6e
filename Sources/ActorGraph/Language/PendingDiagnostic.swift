/// A diagnostic whose place is still a byte range; turned into a
/// ``Diagnostic`` with line and column only when it is reported, so
/// parsing never counts lines.
struct PendingDiagnostic: Sendable {
    var severity: Diagnostic.Severity
    var id: DiagnosticID
    var message: String
    var file: Int
    var offset: Int
    var length: Int
    var notes: [PendingDiagnostic] = []
    var fixIts: [PendingFixIt] = []
}

/// A fix-it whose range is still bytes of the diagnostic's file.
struct PendingFixIt: Sendable {
    var offset: Int
    var length: Int
    var replacement: String
}
