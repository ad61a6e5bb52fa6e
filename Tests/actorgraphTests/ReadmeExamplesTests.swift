import Foundation
import Testing

/// Every `$ actorgraph ...` example in README.md that runs on the graphs in
/// Graphs/ must print exactly what the README shows, so the docs cannot
/// drift from the tool.
struct ReadmeExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Example: CustomStringConvertible {
        var command: String
        var expected: String
        var description: String { command }
    }

    /// The examples: a `$ actorgraph` line in a code block, then its output
    /// up to the next blank line followed by `$`, or the end of the block.
    static let examples: [Example] = {
        guard let readme = try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inside = false
        var current: Example?
        func finish() {
            if var example = current {
                example.expected = example.expected.trimmingCharacters(in: .newlines)
                if example.command.contains("$G") || example.command.contains("docs/examples/") { examples.append(example) }
            }
            current = nil
        }
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                finish()
                inside.toggle()
            } else if inside, line.hasPrefix("$ actorgraph ") {
                finish()
                current = Example(command: String(line.dropFirst(2)), expected: "")
            } else if inside, current != nil {
                current!.expected += line + "\n"
            }
        }
        return examples
    }()

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.count >= 8)
    }

    @Test(arguments: examples)
    func exampleOutputIsWhatTheReadmeShows(_ example: Example) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Split like a shell would: words, and "quoted words".
        var arguments: [String] = []
        var word = "", quoted = false
        for character in example.command.dropFirst("actorgraph ".count) + " " {
            if character == "\"" { quoted.toggle() } else if character == " " && !quoted {
                if !word.isEmpty { arguments.append(word) }
                word = ""
            } else { word.append(character) }
        }
        arguments = arguments.flatMap { $0 == "$G" ? ["Graphs/catalogue.ag", "Graphs/baghdad-2024-01-04.ag"] : [$0] }
        // Drawings go to a scratch folder, not into the repository.
        for (index, argument) in arguments.enumerated() where index > 0 && ["--render", "-o"].contains(arguments[index - 1]) && argument != "-" {
            arguments[index] = scratch.appendingPathComponent(URL(fileURLWithPath: argument).lastPathComponent).path
        }
        let outcome = try CLIRunner.run(arguments, in: Self.root)
        let shown = example.expected.hasSuffix("...") ? String(example.expected.dropLast(3)).trimmingCharacters(in: .newlines) : example.expected
        let printed = (outcome.text + outcome.stderr).trimmingCharacters(in: .newlines)
        if example.expected.hasSuffix("...") {
            #expect(printed.hasPrefix(shown), "\(example.command)\n\(printed)")
        } else {
            #expect(printed == shown, "\(example.command)\n\(printed)")
        }
    }
}
