/// FollowTheMoney entity lines, `{"id", "schema", "properties"}` one a
/// line, as Aleph, OpenAleph, OpenSanctions and ActorGraph's own FtM
/// export write them (docs/import.md says what each schema becomes).
///
/// Each line is parsed on its own, so a malformed line is reported at its
/// own line and column and the others are still read and checked: one
/// run reports every bad line.
public struct FtMReader: GraphReader {
    /// The format: `ftm`, extensions `.ftm` and `.ijson`, as the export
    /// writes. `.json` stays ActorGraph's JSON, and `.jsonl` may hold any
    /// JSON lines, so an FtM file by those names is read with `--from ftm`
    /// or by its first line.
    public static let format = GraphFormat(name: "ftm", extensions: ["ftm", "ijson"], summary: "FollowTheMoney entity lines, from Aleph, OpenSanctions or the FtM export")

    /// Creates the reader.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// Whether the first line is one JSON object with `"id"` and `"schema"`
    /// keys, as every FtM line is; ActorGraph's JSON starts with its
    /// `"format"` and spreads over many lines.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        let line = leadingBytes.prefix { $0 != UInt8(ascii: "\n") }.drop { [0x20, 0x09, 0x0D].contains($0) }
        guard line.first == UInt8(ascii: "{") else { return false }
        return Self.contains(line, "\"id\"") && Self.contains(line, "\"schema\"")
    }

    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        var problems: [FtMProblem] = []
        var lines: [FtMLine] = []
        let bytes = file.bytes
        var start = 0, number = 0
        while start < bytes.count {
            number += 1
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var end = newline
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            defer { start = newline + 1 }
            let text = Array(bytes[start ..< end])
            guard text.contains(where: { ![0x20, 0x09].contains($0) }) else { continue }
            switch JSONReader.parse(text) {
            case .failure(let failure):
                problems.append(FtMProblem(id: .malformedJSON, span: start + failure.offset ..< start + failure.offset + 1,
                                           message: "malformed JSON: \(failure.message); each line of an FtM file is one JSON object"))
            case .success(let root):
                if let line = FtMLine(root, number: number, span: start ..< end, problems: &problems) { lines.append(line) }
            }
        }
        var builder = FtMDocumentBuilder(lines: lines)
        let document = builder.build(file)
        problems += builder.problems
        let diagnostics = Self.diagnostics(problems, in: file)
        return ImportReading(document: diagnostics.contains { $0.severity == .error } ? nil : document, diagnostics: diagnostics)
    }

    /// The problems as diagnostics, in file order.
    private static func diagnostics(_ problems: [FtMProblem], in file: SourceFile) -> [Diagnostic] {
        guard !problems.isEmpty else { return [] }
        var locator = SourceLocator(file)
        return problems.sorted { $0.span.lowerBound < $1.span.lowerBound }.map { problem in
            let notes = problem.first.map {
                [Diagnostic(.note, .firstDeclaredHere, "the first entity with this id", at: locator.location(at: $0.lowerBound, length: $0.count))]
            } ?? []
            return Diagnostic(problem.severity, problem.id, problem.message,
                              at: locator.location(at: problem.span.lowerBound, length: problem.span.count), notes: notes)
        }
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ word: String) -> Bool {
        let pattern = Array(word.utf8)
        guard bytes.count >= pattern.count else { return false }
        return bytes.indices.dropLast(pattern.count - 1).contains { bytes[$0...].starts(with: pattern) }
    }
}
