import Foundation
import Testing

/// Byte-for-byte comparison with files under `Golden/Expected/`. Run the
/// tests with `ACTORGRAPH_RECORD_GOLDEN=1` to write the files anew after a
/// change meant to alter output, then review the diff in git.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")
    static let recording = ProcessInfo.processInfo.environment["ACTORGRAPH_RECORD_GOLDEN"] == "1"

    /// Checks `actual` against the golden file `name`, or records it.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: url.path),
                                    "no golden file \(name); record it with ACTORGRAPH_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        let text = String(decoding: expected, as: UTF8.self)
        guard text != actual else { return }
        let expectedLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = first < expectedLines.count ? String(expectedLines[first]) : "(end of file)"
        let got = first < actualLines.count ? String(actualLines[first]) : "(end of output)"
        Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(re-record with ACTORGRAPH_RECORD_GOLDEN=1 if the change is meant)",
                     sourceLocation: sourceLocation)
    }
}
