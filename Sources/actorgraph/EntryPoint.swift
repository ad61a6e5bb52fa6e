import ArgumentParser
import Foundation

/// Runs the command and maps outcomes to exit statuses the way Unix tools
/// do: 0 ok, 1 errors in the input, 2 bad usage (ArgumentParser's own
/// default for usage errors is 64, which scripts do not expect).
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
            if !message.isEmpty { Console.error(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
