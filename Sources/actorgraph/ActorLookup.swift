import ActorGraph
import ArgumentParser

/// Finds the actors named on the command line: by id, name or alias,
/// matched as in `.ag` files; a miss is an input error naming the nearest.
enum ActorLookup {
    static func entity(_ text: String, in graph: Graph) throws -> Int {
        if let index = graph.resolve(text) { return index }
        // Several spellings of one actor may be near; name each actor once.
        var nearest: [Int] = []
        for spelling in graph.suggestions(for: text, limit: 8) {
            if let index = graph.resolve(spelling), !nearest.contains(index) { nearest.append(index) }
        }
        let hint = nearest.isEmpty ? "check the spelling, or list actors with 'actorgraph describe'"
            : "nearest: " + nearest.prefix(3).map { "\(graph.entities[$0].name) (\(graph.entities[$0].id))" }.joined(separator: ", ")
        Console.error("error: no actor matches '\(text)' (ids, names and aliases are matched ignoring case, accents and punctuation); \(hint)")
        throw ExitCode(1)
    }

    /// Resolves comma-separated relation type names.
    static func relationTypes(_ names: [String], in graph: Graph, option: String) throws -> Set<Int> {
        try Set(names.map { name in
            if let index = graph.schema.relationType(named: name) { return index }
            let nearest = Suggester.nearest(to: name, among: graph.schema.relationTypes.map(\.name))
            Console.error("error: \(option): unknown relation type '\(name)'" + suggestion(nearest, among: graph.schema.relationTypes.map(\.name)))
            throw ExitCode(1)
        })
    }

    /// Resolves comma-separated kind names.
    static func kinds(_ names: [String], in graph: Graph, option: String) throws -> Set<Int> {
        try Set(names.map { name in
            if let index = graph.schema.kind(named: name) { return index }
            let nearest = Suggester.nearest(to: name, among: graph.schema.kinds.map(\.name))
            Console.error("error: \(option): unknown kind '\(name)'" + suggestion(nearest, among: graph.schema.kinds.map(\.name)))
            throw ExitCode(1)
        })
    }

    private static func suggestion(_ nearest: [String], among all: [String]) -> String {
        nearest.isEmpty ? "; the graph has: " + all.joined(separator: ", ") : "; did you mean " + nearest.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Splits `a,b` and repeated options into one list.
    static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }
}
