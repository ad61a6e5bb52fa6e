import Foundation

/// `actorgraph-bench`: release-build measurements of ActorGraph.
///
///     swift run -c release actorgraph-bench language [--entities N] [--relations M] [--runs R] [--save FILE] [--formats F,..]
///     swift run -c release actorgraph-bench queries  [--entities N] [--relations M] [--pairs P] [--no-networkx]
///     swift run -c release actorgraph-bench bad-input [--case NAME]
///     swift run -c release actorgraph-bench import    [--entities N] [--relations M] [--runs R]
///     swift run -c release actorgraph-bench mentions  [--graphs DIR] [--reports DIR] [--runs R]
///
/// With no subcommand, all five run with their default sizes.
@main
enum Benchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let subcommand = arguments.first.flatMap { ["language", "queries", "bad-input", "import", "mentions"].contains($0) ? $0 : nil }
        if subcommand != nil { arguments.removeFirst() }
        let options = try Options(arguments)
        #if DEBUG
        print("warning: this is a debug build; run with 'swift run -c release actorgraph-bench' for real figures")
        #endif
        if subcommand == nil || subcommand == "language" { LanguageBenchmark(options: options).run() }
        if subcommand == nil { print("") }
        if subcommand == nil || subcommand == "queries" { try QueryBenchmark(options: options).run() }
        if subcommand == nil { print("") }
        if subcommand == nil || subcommand == "bad-input" { try BadInputBenchmark(options: options).run() }
        if subcommand == nil { print("") }
        if subcommand == nil || subcommand == "import" { try ImportBenchmark(options: options).run() }
        if subcommand == nil { print("") }
        if subcommand == nil || subcommand == "mentions" { try MentionsBenchmark(options: options).run() }
    }
}

/// Command-line options shared by the benchmarks; `nil` sizes mean each
/// benchmark's own default.
struct Options {
    var entities: Int?
    var relations: Int?
    var runs = 5
    var pairs = 1_000
    var savePath: String?
    var networkX = true
    /// `bad-input` runs each case in a child process given this.
    var caseName: String?
    /// `language` times only these exporters beside DOT; `nil` times all.
    var formats: Set<String>?
    /// `mentions` reads the graph's `.ag` files in this folder, and the
    /// reports its sources name in that one.
    var graphs: String?
    var reports: String?

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() -> String {
                guard let next = iterator.next() else { Self.fail("\(argument) needs a value") }
                return next
            }
            switch argument {
            case "--entities": entities = Self.number(value(), for: argument)
            case "--relations": relations = Self.number(value(), for: argument)
            case "--runs": runs = max(1, Self.number(value(), for: argument))
            case "--pairs": pairs = max(1, Self.number(value(), for: argument))
            case "--save": savePath = value()
            case "--no-networkx": networkX = false
            case "--case": caseName = value()
            case "--formats": formats = Set(value().split(separator: ",").map(String.init))
            case "--graphs": graphs = value()
            case "--reports": reports = value()
            default:
                Self.fail("unknown argument \(argument); use [language|queries|bad-input|import|mentions] --entities N --relations M --runs R --pairs P --save FILE --no-networkx --case NAME --formats F,.. --graphs DIR --reports DIR")
            }
        }
    }

    private static func number(_ text: String, for option: String) -> Int {
        guard let value = Int(text), value >= 0 else { fail("\(option) takes a whole number, not '\(text)'") }
        return value
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("actorgraph-bench: \(message)\n".utf8))
        exit(2)
    }
}
