import ActorGraph
import ArgumentParser
import Foundation

/// The `.ag` files a subcommand reads, and how it reports their diagnostics.
struct GraphInput: ParsableArguments {
    @Argument(help: ArgumentHelp("The .ag files that together form the graph ('-' for standard input).", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @OptionGroup var evidence: EvidenceOptionGroup

    func validate() throws {
        try Self.validate(files)
    }

    static func validate(_ files: [String]) throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once")
        }
    }

    /// Reads and checks the files, prints diagnostics to standard error,
    /// and returns the graph; exits with status 1 if there is any error.
    func load() throws -> Graph {
        try evidence.apply(to: try Self.load(files, quiet: quiet))
    }

    /// Past this many, diagnostics are counted rather than printed: a
    /// broken file should not bury the terminal.
    static let maximumShown = 1_000

    static func load(_ files: [String], quiet: Bool) throws -> Graph {
        var sources: [SourceFile] = []
        var unreadable = false
        for path in files {
            do {
                sources.append(try SourceFile.read(path: path))
            } catch {
                Console.error("\(path): error: cannot read the file (\(Self.reason(error, path: path))); check the path")
                unreadable = true
            }
        }
        if unreadable { throw ExitCode(1) }
        let result = GraphCompiler.compile(sources)
        let shown = result.diagnostics.filter { !quiet || $0.severity == .error }
        for diagnostic in shown.prefix(Self.maximumShown) { Console.error(diagnostic.formatted) }
        if shown.count > Self.maximumShown {
            Console.error("... and \(shown.count - Self.maximumShown) more; fix these first, then check again")
        }
        guard let graph = result.graph else {
            let warnings = result.warningCount > 0 ? " and \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")" : ""
            Console.error("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")\(warnings) generated; nothing written")
            throw ExitCode(1)
        }
        return graph
    }

    /// Why a file could not be read, in the words `ls` would use.
    private static func reason(_ error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory; give the .ag files inside it" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// The operands of a query command: the `.ag` files, then the actors the
/// query is about (ArgumentParser allows no positional after a list, so
/// the trailing operands are split off here).
struct QueryInput: ParsableArguments {
    @Argument(help: ArgumentHelp("The .ag files that together form the graph ('-' for standard input), then the actor(s) the query is about.",
                                 valueName: "file"))
    var operands: [String]

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @OptionGroup var evidence: EvidenceOptionGroup

    /// The files and the `count` trailing actor names.
    func split(actors count: Int, named names: String) throws -> (files: [String], actors: [String]) {
        guard operands.count > count else {
            throw ValidationError("give one or more .ag files, then \(names)")
        }
        let files = Array(operands.dropLast(count))
        try GraphInput.validate(files)
        return (files, Array(operands.suffix(count)))
    }

    func load(actors count: Int, named names: String) throws -> (graph: Graph, actors: [String]) {
        let (files, actors) = try split(actors: count, named: names)
        return (try evidence.apply(to: try GraphInput.load(files, quiet: quiet)), actors)
    }
}
