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

    /// Resolves relation type names given to `option`.
    static func relationTypes(_ names: [String], in graph: Graph, option: String) throws -> Set<Int> {
        try schemaNames(names, what: "relation type", among: graph.schema.relationTypes.map(\.name), option: option) {
            graph.schema.relationType(named: $0)
        }
    }

    /// Resolves kind names given to `option`.
    static func kinds(_ names: [String], in graph: Graph, option: String) throws -> Set<Int> {
        try schemaNames(names, what: "kind", among: graph.schema.kinds.map(\.name), option: option) { graph.schema.kind(named: $0) }
    }

    /// Looks each name up with `index`; a miss is an input error with the
    /// nearest names, or the whole list when none is near.
    private static func schemaNames(_ names: [String], what: String, among all: [String], option: String,
                                    index: (String) -> Int?) throws -> Set<Int> {
        try Set(names.map { name in
            if let found = index(name) { return found }
            let nearest = Suggester.nearest(to: name, among: all)
            let hint = Suggester.didYouMean(nearest) ?? "the graph has: " + all.joined(separator: ", ")
            Console.error("error: \(option): unknown \(what) '\(name)'; \(hint)")
            throw ExitCode(1)
        })
    }

    /// Splits `a,b` and repeated options into one list.
    static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }
}
