import ActorGraphDriver
import ArgumentParser
import Foundation
import Synchronization

/// Runs the command and maps outcomes to exit statuses the way Unix tools
/// do: 0 ok, 1 errors in the input or a failed write, 2 bad usage
/// (ArgumentParser's own default for usage errors is 64, which scripts do
/// not expect).
@main
enum EntryPoint {
    static func main() {
        do {
            var command = try ActorGraphCommand.parseAsRoot()
            try command.run()
        } catch {
            let code = ActorGraphCommand.exitCode(for: error)
            let message = ActorGraphCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            let status = code == .validationFailure ? 2 : code.rawValue
            // An ExitCode comes from `perform`, which has reported already.
            // Anything else is the argument parser's, worded as text with the
            // usage lines; a run that asked for JSON still gets one document.
            if !(error is ExitCode), diagnosticStyle(in: CommandLine.arguments) == .json {
                let text = ActorGraphCommand.message(for: error)
                let failure = validationFailure.withLock { $0 }.flatMap { $0.message == text ? $0 : nil }
                let reporter = DiagnosticReporter(style: .json)
                reporter.report(failure ?? ToolError(.usage, id: "usage", text))
                reporter.finish()
                exit(status)
            }
            if !message.isEmpty { DiagnosticReporter.writeError(message) }
            exit(status)
        }
    }

    /// The `--diagnostics` style the arguments ask for, read from them
    /// directly, since a usage error leaves no parsed command to ask; text
    /// unless a valid `--diagnostics json` comes before any `--`.
    static func diagnosticStyle(in arguments: [String]) -> DiagnosticReporter.Style {
        var style = DiagnosticReporter.Style.text
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            if arguments[index] == "--diagnostics", index + 1 < arguments.endIndex {
                index += 1
                style = DiagnosticReporter.Style(rawValue: arguments[index]) ?? style
            } else if arguments[index].hasPrefix("--diagnostics=") {
                style = DiagnosticReporter.Style(rawValue: String(arguments[index].dropFirst("--diagnostics=".count))) ?? style
            }
            index += 1
        }
        return style
    }
}

/// The failure `validating` last turned into a usage error: ArgumentParser
/// keeps the error a `validate()` throws to itself, and a JSON report
/// should still give the failure's own id (`unknown-format`), not `usage`.
private let validationFailure = Mutex<ToolError?>(nil)

/// Runs a command's work, reporting through `reporter`: the one place
/// where a ``ToolError`` becomes its message and its exit status.
func perform(_ reporter: DiagnosticReporter, _ body: () throws(ToolError) -> Void) throws {
    do {
        try body()
    } catch {
        reporter.report(error)
        reporter.finish()
        throw ExitCode(error.exitStatus)
    }
    reporter.finish()
}

/// `body`'s result, a ``ToolError`` it throws becoming a usage error, for
/// the checks `validate()` makes with the library.
func validating<T>(_ body: () throws(ToolError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        validationFailure.withLock { $0 = error }
        throw ValidationError(error.message)
    }
}
