/// Where node names and edges first appear in a DOT text, found by a light
/// scan of its tokens: Graphviz's parser keeps no positions, so this is
/// the best an origin can do. A name is found where it is first written
/// as an ID (bare, quoted or HTML-like); an edge where `tail -> head`
/// (or `--`) is first written, chains included; an edge to or from a
/// subgraph is found at its tail.
struct DOTSourceIndex {
    /// The byte span of each ID's first occurrence, by its text.
    private(set) var names: [String: Range<Int>] = [:]
    /// The span from the tail's first byte to the head's last, by tail and head.
    private(set) var edges: [EdgeEnds: Range<Int>] = [:]

    struct EdgeEnds: Hashable {
        var tail: String
        var head: String
    }

    init(_ bytes: [UInt8]) {
        var index = 0
        // The last ID read, and whether an edge operator followed it.
        var previous: (text: String, span: Range<Int>)?
        var afterEdgeOperator = false
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            var id: String?
            switch byte {
            case UInt8(ascii: "\n"):
                index += 1
                lineStart = true
                continue
            case 0x20, 0x09, 0x0D:
                index += 1
                continue
            case UInt8(ascii: "#") where lineStart:
                // A preprocessor line, which Graphviz skips.
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index = min(index + 2, bytes.count)
                continue
            case UInt8(ascii: "\""):
                id = Self.quoted(bytes, &index)
            case UInt8(ascii: "<"):
                id = Self.html(bytes, &index)
            case UInt8(ascii: "-") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: ">") || bytes[index + 1] == UInt8(ascii: "-")):
                index += 2
                afterEdgeOperator = previous != nil
                lineStart = false
                continue
            default:
                if Self.isIDByte(byte) {
                    while index < bytes.count, Self.isIDByte(bytes[index]) { index += 1 }
                    id = String(decoding: bytes[start ..< index], as: UTF8.self)
                } else {
                    index += 1
                }
            }
            lineStart = false
            guard let id else {
                previous = nil
                afterEdgeOperator = false
                continue
            }
            let span = start ..< index
            if names[id] == nil { names[id] = span }
            if afterEdgeOperator, let tail = previous {
                let ends = EdgeEnds(tail: tail.text, head: id)
                if edges[ends] == nil { edges[ends] = tail.span.lowerBound ..< index }
            }
            previous = (id, span)
            afterEdgeOperator = false
        }
    }

    /// A letter, digit, `_`, `.`, or any byte of a non-ASCII character: what a bare DOT ID holds.
    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    /// A quoted string's text as Graphviz reads it: `\"` is a quote and a
    /// backslash before a line break joins the lines; every other byte stays.
    private static func quoted(_ bytes: [UInt8], _ index: inout Int) -> String {
        index += 1
        var text: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "\"") {
                    text.append(next)
                    index += 2
                    continue
                }
                if next == UInt8(ascii: "\n") {
                    index += 2
                    continue
                }
            }
            text.append(bytes[index])
            index += 1
        }
        index = min(index + 1, bytes.count)
        return String(decoding: text, as: UTF8.self)
    }

    /// An HTML-like ID's text between its outer angle brackets, which nest.
    private static func html(_ bytes: [UInt8], _ index: inout Int) -> String {
        let start = index + 1
        var depth = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") { depth += 1 }
            if bytes[index] == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        let end = min(index, bytes.count)
        index = min(index + 1, bytes.count)
        return String(decoding: bytes[min(start, end) ..< end], as: UTF8.self)
    }
}
