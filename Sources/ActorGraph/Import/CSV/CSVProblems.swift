/// The problems found reading a CSV file and its mapping, their places
/// still byte offsets: a file wrong on every row is located and worded
/// only for the first ``limit`` of them, and lines are counted only when
/// something is reported.
struct CSVProblems {
    /// The mapping file's index in ``files``, whose problems come first.
    static let mapping = 0
    /// The CSV file's index in ``files``.
    static let table = 1

    /// How many problems are kept; the rest are counted.
    static let limit = 1_000

    private var collector = DiagnosticCollector(limit: CSVProblems.limit)
    /// How many errors were found, kept or not.
    private(set) var count = 0

    /// Reports an error at `length` bytes from `offset` of file `file`.
    mutating func error(_ id: DiagnosticID, in file: Int = CSVProblems.table, at offset: Int, length: Int, _ message: @autoclosure () -> String) {
        count += 1
        report(.error, id, in: file, at: offset, length: length, message)
    }

    /// Reports a warning, which does not keep the file from being read, at
    /// `length` bytes from `offset` of file `file`.
    mutating func warning(_ id: DiagnosticID, in file: Int = CSVProblems.table, at offset: Int, length: Int, _ message: @autoclosure () -> String) {
        report(.warning, id, in: file, at: offset, length: length, message)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, in file: Int, at offset: Int, length: Int, _ message: () -> String) {
        guard collector.admits(severity, file: file, offset: offset, stage: .parser) else { return }
        collector.add(PendingDiagnostic(severity: severity, id: id, message: message(), file: file, offset: offset, length: length), stage: .parser)
    }

    /// The problems as diagnostics located in `files` (the mapping, if
    /// any, then the table), and one more counting those not kept.
    func diagnostics(mapping: SourceFile?, table: SourceFile) -> [Diagnostic] {
        var mappingLocator = mapping.map(SourceLocator.init), tableLocator = SourceLocator(table)
        var diagnostics = collector.sorted().map { pending in
            let location = pending.file == Self.mapping
                ? mappingLocator?.location(at: pending.offset, length: pending.length)
                : tableLocator.location(at: pending.offset, length: pending.length)
            return Diagnostic(pending.severity, pending.id, pending.message, at: location)
        }
        if collector.omittedErrors > 0 {
            diagnostics.append(Diagnostic(.error, .malformedCSV,
                                          "\(collector.omittedErrors) more problems in \(table.path) are not shown; fix the ones above and import again"))
        }
        return diagnostics
    }
}
