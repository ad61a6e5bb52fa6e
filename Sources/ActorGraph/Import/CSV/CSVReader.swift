/// Reads CSV and TSV tables (see docs/import.md, "CSV and TSV tables"): a file of entities,
/// one per row, or of relations, one per row, its columns found by
/// their header names or by the user's mapping file. Cells are read as
/// byte ranges and only the used ones decoded, so large tables read fast
/// and in the memory of what they hold.
///
/// Problems of the file (a quote never closed, a ragged row, bytes that
/// are not UTF-8, a status, date or credibility that cannot be read, an
/// empty end of a relation) and of the mapping are all reported in one
/// run, each at its line and column and naming the row and column.
public struct CSVReader: GraphReader {
    /// Comma-separated values, `.csv`.
    public static let csv = GraphFormat(name: "csv", extensions: ["csv"], summary: "a table of entities or relations, one per row, its columns found by their names or a mapping")
    /// Tab-separated values, `.tsv`.
    public static let tsv = GraphFormat(name: "tsv", extensions: ["tsv", "tab"], summary: "a table like CSV with tabs between the cells")

    public let format: GraphFormat
    /// What separates cells unless the mapping says otherwise.
    private let delimiter: UInt8

    /// A reader of `format`, ``csv`` or ``tsv``.
    public init(format: GraphFormat = CSVReader.csv) {
        self.format = format
        delimiter = format == Self.tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }

    /// Whether the first line is a header whose columns say what the rows
    /// are, entities or relations, with at least two cells.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        let line = Array(leadingBytes.prefix { $0 != UInt8(ascii: "\n") })
        var scanner = CSVScanner(bytes: line, delimiter: delimiter)
        var header = CSVRecord()
        guard scanner.next(into: &header), header.issues.isEmpty, header.cells.count >= 2 else { return false }
        var problems = CSVProblems()
        return Self.layout(header, bytes: line, mapping: CSVMapping(), problems: &problems) != nil
    }

    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        var problems = CSVProblems()
        let mapping = settings.mapping.map { CSVMapping.read($0, problems: &problems) } ?? CSVMapping()
        let file = mapping.encoding == .latin1 ? SourceFile(path: file.path, bytes: Self.utf8(fromLatin1: file.bytes)) : file
        var scanner = CSVScanner(bytes: file.bytes, delimiter: mapping.delimiter ?? delimiter)
        var record = CSVRecord()
        guard scanner.next(into: &record), !record.cells.allSatisfy({ $0.isEmpty(in: file.bytes) }) else {
            problems.error(.malformedCSV, at: 0, length: 1, "the file has no header row; its first row must name the columns, such as name,kind or from,type,to")
            return ImportReading(document: nil, diagnostics: problems.diagnostics(mapping: settings.mapping, table: file))
        }
        var checker = CSVRowChecker(bytes: file.bytes)
        _ = checker.check(record, problems: &problems)
        // Without a layout the rows are still checked, so one run reports every problem of the file.
        let layout = record.issues.isEmpty ? Self.layout(record, bytes: file.bytes, mapping: mapping, problems: &problems) : nil
        checker.headers = layout?.headers ?? record.cells.map { $0.text(in: file.bytes) ?? "" }
        var rows = layout.map { CSVRowReader(bytes: file.bytes, layout: $0, mapping: mapping) }
        while scanner.next(into: &record) {
            if checker.check(record, problems: &problems) { rows?.read(record, problems: &problems) }
        }
        guard problems.count == 0, let rows else {
            return ImportReading(document: nil, diagnostics: problems.diagnostics(mapping: settings.mapping, table: file))
        }
        return ImportReading(document: ImportDocument(file: file, format: format.name, sources: rows.sources, entities: rows.entities,
                                                      relations: rows.relations),
                             diagnostics: problems.diagnostics(mapping: settings.mapping, table: file))
    }

    /// The layout the header gives, its trailing unnamed columns left out.
    private static func layout(_ header: CSVRecord, bytes: [UInt8], mapping: CSVMapping, problems: inout CSVProblems) -> CSVLayout? {
        let count = (header.cells.lastIndex { !$0.isEmpty(in: bytes) } ?? -1) + 1
        let cells = header.cells.prefix(count)
        return CSVLayout(headers: cells.map { $0.text(in: bytes) ?? "" }, spans: cells.map(\.span), mapping: mapping, problems: &problems)
    }

    /// `bytes` read as ISO 8859-1, each byte the scalar of its value, as UTF-8.
    private static func utf8(fromLatin1 bytes: [UInt8]) -> [UInt8] {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                utf8.append(0xC0 | byte >> 6)
                utf8.append(0x80 | byte & 0x3F)
            }
        }
        return utf8
    }
}
