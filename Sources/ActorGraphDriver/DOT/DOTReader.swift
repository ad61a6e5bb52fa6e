import ActorGraph
import ActorGraphRender
import Foundation

/// Graphviz DOT, read through Graphviz's own parser (``Graphviz/read(dot:)``),
/// so every DOT that Graphviz accepts is read as Graphviz reads it: nodes
/// become entities, edges relations (docs/import.md says how).
///
/// ActorGraph's own DOT export (the graph named `actorgraph`) reads back
/// with its entities' ids, kinds and aliases (from each node's tooltip),
/// names, and its relations' types, claims and times (from each edge's
/// label). Graphviz keeps no positions, so origins are where a node's name
/// or an edge's `tail -> head` is first written (``DOTSourceIndex``).
public struct DOTReader: GraphReader {
    /// The format: `dot`, extensions `.dot` and `.gv`.
    public static let format = GraphFormat(name: "dot", extensions: ["dot", "gv"], summary: "Graphviz DOT, read by Graphviz's own parser")

    /// Creates the reader.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// Whether the bytes start, after blanks and comments, with `strict`,
    /// `graph` or `digraph` (DOT's keywords are case-insensitive).
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool {
        var rest = leadingBytes
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        while true {
            rest = rest.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
            if rest.starts(with: Array("//".utf8)) || rest.first == UInt8(ascii: "#") {
                rest = rest.drop { $0 != UInt8(ascii: "\n") }
            } else if rest.starts(with: Array("/*".utf8)) {
                rest = rest.dropFirst(2)
                while !rest.isEmpty, !rest.starts(with: Array("*/".utf8)) { rest = rest.dropFirst() }
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        // The keyword ends where a DOT ID could not go on.
        let word = rest.prefix {
            switch $0 {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
            default: false
            }
        }
        return ["strict", "graph", "digraph"].contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    public func read(_ file: SourceFile, settings: ImportSettings) -> ImportReading {
        if let offset = Self.firstInvalidUTF8(file.bytes) {
            return ImportReading(document: nil, diagnostics: [Diagnostic(.error, .invalidUTF8, "this byte is not UTF-8; save the DOT file as UTF-8",
                                                                         at: file.location(at: offset))])
        }
        if let offset = file.bytes.firstIndex(of: 0) {
            return ImportReading(document: nil, diagnostics: [Diagnostic(.error, .malformedDOT, "a NUL byte, which ends the text for Graphviz; remove it",
                                                                         at: file.location(at: offset))])
        }
        let graph: GraphvizDocument
        do {
            graph = try Graphviz.read(dot: String(decoding: file.bytes, as: UTF8.self))
        } catch {
            let diagnostics = error.message.split(separator: "\n").map { message in
                Diagnostic(.error, .malformedDOT, "Graphviz cannot read this DOT: \(message); correct the DOT here (see graphviz.org/doc/info/lang.html)",
                           at: file.location(ofLine: GraphvizError.line(in: String(message)) ?? 1))
            }
            return ImportReading(document: nil, diagnostics: diagnostics)
        }
        let warnings = graph.warnings.map {
            Diagnostic(.warning, .graphvizWarning, "Graphviz: \($0)", at: file.location(ofLine: GraphvizError.line(in: $0) ?? 1))
        }
        let document = DOTDocumentBuilder(graph: graph, file: file).build()
        return ImportReading(document: document, diagnostics: warnings)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
