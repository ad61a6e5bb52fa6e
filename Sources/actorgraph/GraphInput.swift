import ActorGraph
import ArgumentParser
import Foundation

/// The `.ag` files a subcommand reads, and how it reports their diagnostics.
struct GraphInput: ParsableArguments {
    @Argument(help: ArgumentHelp("The .ag files that together form the graph ('-' for standard input).", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    func validate() throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once")
        }
    }

    /// Reads and checks the files, prints diagnostics to standard error,
    /// and returns the graph; exits with status 1 if there is any error.
    func load() throws -> Graph {
        var sources: [SourceFile] = []
        var unreadable = false
        for path in files {
            do {
                sources.append(try SourceFile.read(path: path))
            } catch {
                Console.error("\(path): error: cannot read the file (\(Self.reason(error))); check the path")
                unreadable = true
            }
        }
        if unreadable { throw ExitCode(1) }
        let result = GraphCompiler.compile(sources)
        let shown = result.diagnostics.filter { !quiet || $0.severity == .error }
        for diagnostic in shown { Console.error(diagnostic.formatted) }
        guard let graph = result.graph else {
            let warnings = result.warningCount > 0 ? " and \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")" : ""
            Console.error("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")\(warnings) generated; nothing written")
            throw ExitCode(1)
        }
        return graph
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
