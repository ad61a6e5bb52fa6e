import ActorGraphDriver
import ArgumentParser
import Foundation

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
            if !message.isEmpty { DiagnosticReporter.writeError(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

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
        throw ValidationError(error.message)
    }
}
