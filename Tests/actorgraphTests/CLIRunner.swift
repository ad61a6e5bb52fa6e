import Foundation
import Testing

/// Runs the built `actorgraph` binary, as a user's shell would.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The folder the test bundle was built into; the binary sits beside it.
    static let binary: URL = {
        var folder = Bundle.main.bundleURL
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("actorgraph").path) {
            folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("actorgraph").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("actorgraph")
    }()

    /// Runs `actorgraph arguments...` in `directory`, feeding `input` on
    /// standard input; with `standardOutput`, standard output goes to that
    /// file (such as `/dev/full`) instead of being captured.
    static func run(_ arguments: [String], in directory: URL, input: String = "", standardOutput: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Standard error goes to a file, so neither stream can fill a pipe
        // and block the child while the other is being read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        if let standardOutput {
            process.standardOutput = FileHandle(forWritingAtPath: standardOutput)
        } else {
            process.standardOutput = stdout
        }
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        try stdout.fileHandleForWriting.close()
        let out = standardOutput == nil ? stdout.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        let err = FileManager.default.contents(atPath: errorFile.path) ?? Data()
        return Outcome(status: process.terminationStatus, stdout: Array(out), stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A scratch folder holding small `.ag` files, removed afterwards.
final class Workspace {
    let url: URL

    init(files: [String: String] = Workspace.standardFiles) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: String..., input: String = "") throws -> CLIRunner.Outcome {
        try CLIRunner.run(arguments, in: url, input: input)
    }

    func contents(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map(Array.init)
    }

    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    static let standardFiles = [
        "catalogue.ag": """
        kind event [shape: "note"]
        state us "United States" aka "US"
        group nujaba "Harakat al-Nujaba" aka "al-Nujaba'a"
        person abu "Abu Taqwa"
        abu member-of nujaba
        """,
        "events.ag": """
        event strike "Baghdad strike"
        us attacked nujaba [date: 2024-01-04]
        us attacked strike
        """,
        "broken.ag": """
        person abu "Abu Taqwa"
        abu comands abu
        abu commands "Nobody"
        """,
        "lonely.ag": """
        person a
        person b
        person c
        a attacked b
        """,
    ]
}
