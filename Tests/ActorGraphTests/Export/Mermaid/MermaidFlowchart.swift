import Testing

/// A Mermaid flowchart as the exporter's tests read it: every line must be
/// the header, a comment, a node declaration, a link, or a `classDef`,
/// `class` or `linkStyle` statement, with each label a closed quoted
/// string; anything else is recorded as a stray line. Labels are decoded
/// back from Mermaid's entity codes and `<br>`.
struct MermaidFlowchart {
    struct Node: Equatable {
        var id: Int
        var open: String
        var label: String
    }

    struct Link: Equatable {
        var from: Int
        var arrow: String
        var label: String
        var to: Int
    }

    static let shapes = ["[": "]", "([": "])", "((": "))", "(((": ")))", "{": "}", "{{": "}}", "[/": "/]", "[\\": "/]", "[(": ")]", ">": "]"]
    static let alternateCloses = ["[/": "\\]"]
    static let arrows: Set<String> = ["-->", "---", "==>", "===", "==x", "--x", "-.->", "-.-", "-.-x"]

    private(set) var header = ""
    private(set) var nodes: [Node] = []
    private(set) var links: [Link] = []
    private(set) var styles: [String] = []
    private(set) var strays: [String] = []

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        header = lines.first ?? ""
        for line in lines.dropFirst() {
            guard line.hasPrefix("    ") else {
                strays.append(line)
                continue
            }
            let statement = String(line.dropFirst(4))
            if statement.hasPrefix("%% ") { continue }
            if ["classDef ", "class ", "linkStyle "].contains(where: { statement.hasPrefix($0) }) {
                if statement.contains("\"") || statement.split(separator: " ").count != 3 { strays.append(line) } else { styles.append(statement) }
            } else if let link = Self.link(statement) {
                links.append(link)
            } else if let node = Self.node(statement) {
                nodes.append(node)
            } else {
                strays.append(line)
            }
        }
    }

    /// `nID ARROW|"LABEL"| nID`.
    private static func link(_ statement: String) -> Link? {
        guard let (from, rest) = id(statement), rest.hasPrefix(" "), let bar = rest.firstIndex(of: "|") else { return nil }
        let arrow = String(rest[rest.index(after: rest.startIndex)..<bar])
        guard arrows.contains(arrow), let (label, tail) = quoted(String(rest[rest.index(after: bar)...])),
              tail.hasPrefix("| "), let (to, end) = id(String(tail.dropFirst(2))), end.isEmpty else { return nil }
        return Link(from: from, arrow: arrow, label: label, to: to)
    }

    /// `nID OPEN"LABEL"CLOSE`.
    private static func node(_ statement: String) -> Node? {
        guard let (id, rest) = id(statement), let quote = rest.firstIndex(of: "\"") else { return nil }
        let open = String(rest[..<quote])
        guard let close = shapes[open], let (label, tail) = quoted(String(rest[quote...])),
              tail == close || tail == alternateCloses[open] else { return nil }
        return Node(id: id, open: open, label: label)
    }

    /// `n` and digits at the start of `text`, and what follows.
    private static func id(_ text: String) -> (Int, String)? {
        guard text.hasPrefix("n") else { return nil }
        let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        return (number, String(text.dropFirst(1 + digits.count)))
    }

    /// A `"..."` string at the start of `text`, decoded, and what follows.
    private static func quoted(_ text: String) -> (String, String)? {
        guard text.hasPrefix("\""), let end = text.dropFirst().firstIndex(of: "\"") else { return nil }
        return (decode(String(text[text.index(after: text.startIndex)..<end])), String(text[text.index(after: end)...]))
    }

    /// `#quot;`, `#NNN;` and `<br>` back to the characters they stand for.
    static func decode(_ label: String) -> String {
        var text = ""
        var rest = Substring(label)
        while let first = rest.first {
            if rest.hasPrefix("<br>") {
                text += "\n"
                rest = rest.dropFirst(4)
            } else if first == "#", let semicolon = rest.firstIndex(of: ";") {
                let code = rest[rest.index(after: rest.startIndex)..<semicolon]
                if code == "quot" { text += "\"" } else if let value = UInt32(code), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } else { text += "#" + code + ";" }
                rest = rest[rest.index(after: semicolon)...]
            } else {
                text.append(first)
                rest = rest.dropFirst()
            }
        }
        return text
    }
}
