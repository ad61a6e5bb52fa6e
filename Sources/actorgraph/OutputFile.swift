import ArgumentParser
import Foundation

/// Where a subcommand writes: standard output for `-`, else a file that
/// is written to a temporary name beside it and renamed into place, so a
/// failure never leaves a half-written file.
struct OutputFile {
    let path: String

    var isStandardOutput: Bool { path == "-" }

    func write(_ bytes: [UInt8]) throws {
        if isStandardOutput {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            Console.error("\(path): error: cannot write the output (\(error.localizedDescription)); check that the folder exists and is writable")
            throw ExitCode(1)
        }
    }
}
