/// A diagnostic whose place is still a byte range; turned into a
/// ``Diagnostic`` with line and column only when it is reported, so
/// parsing never counts lines.
struct PendingDiagnostic: Sendable {
    var severity: Diagnostic.Severity
    var message: String
    var file: Int
    var offset: Int
    var length: Int
    var notes: [PendingDiagnostic] = []
}
