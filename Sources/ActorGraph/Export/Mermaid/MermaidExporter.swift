/// A Mermaid flowchart for a diagram in a README or an issue, which
/// GitHub, GitLab and many editors draw from a ` ```mermaid ` block: each
/// entity a node shaped and coloured by its kind, each relation a link
/// labelled as every drawing labels it, dotted where it is only claimed,
/// alleged or denied.
///
/// Node ids are generated (`n17` is entity 17 of the files), so no user
/// text is ever read as Mermaid syntax; names and labels are quoted and
/// escaped with Mermaid's entity codes (see `MermaidBuffer`). GitHub
/// draws at most 500 links and 50,000 characters, so a larger selection is
/// refused with a message that says how to narrow it. What a diagram
/// cannot show (attributes, citations, aliases) is left out; `docs/formats.md`
/// says so.
public struct MermaidExporter: GraphExporter {
    /// The most links Mermaid draws by default (its `maxEdges`), GitHub included.
    public static let maximumLinks = 500
    /// The longest diagram Mermaid draws by default (its `maxTextSize`), in UTF-16 code units as JavaScript counts.
    public static let maximumCharacters = 50_000

    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "mermaid", extensions: ["mmd", "mermaid"], summary: "a Mermaid flowchart for a README (at most 500 relations)")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        let relationCount = view.relationCount
        guard relationCount <= Self.maximumLinks else { throw Self.tooLarge("\(relationCount) relations") }
        let bytes = Self.write(view, direction: options.drawing.direction ?? .TB)
        let characters = String(decoding: bytes, as: UTF8.self).utf16.count
        guard characters <= Self.maximumCharacters else { throw Self.tooLarge("\(characters) characters") }
        return ExportedFile(bytes: bytes)
    }

    private static func tooLarge(_ size: String) -> ExportError {
        ExportError("""
            this selection is too large for a Mermaid diagram: it has \(size), and GitHub draws at most \
            \(maximumLinks) relations and \(maximumCharacters) characters; narrow it with --focus ACTOR --radius 1 \
            or --only-relations TYPE,..., or export an image (--to svg)
            """)
    }

    static func write(_ view: GraphView, direction: LayoutDirection) -> [UInt8] {
        let graph = view.graph
        let presentation = Presentation(view)
        let entities = view.entityIndices, relations = view.relationIndices
        var out = MermaidBuffer()
        out.reserve(entities.count * 60 + relations.count * 90)
        out.raw("flowchart \(direction.rawValue)\n")
        out.raw("    %% ActorGraph export, entities: \(entities.count), relations: \(relations.count)\n")

        var kindsUsed = [[Int]](repeating: [], count: graph.schema.kinds.count)
        for index in entities {
            let kind = graph.entities[index].kind
            kindsUsed[kind].append(index)
            let brackets = MermaidShape.brackets(presentation.appearance(ofKind: kind).shape)
            out.raw("    n\(index)\(brackets.open)\"")
            out.label(graph.entities[index].name)
            out.raw("\"\(brackets.close)\n")
        }

        // Mermaid styles links by their place among the links drawn, so each type gathers its places.
        var linksOfType = [[Int]](repeating: [], count: graph.schema.relationTypes.count)
        for (place, index) in relations.enumerated() {
            let relation = graph.relations[index]
            let shown = presentation.relation(index)
            linksOfType[relation.type].append(place)
            out.raw("    n\(relation.subject) \(link(shown.assertion, shown.appearance))|\"")
            for (line, text) in shown.label.enumerated() {
                if line > 0 { out.raw("<br>") }
                out.label(text)
            }
            out.raw("\"| n\(relation.object)\n")
        }

        for (kind, members) in kindsUsed.enumerated() where !members.isEmpty {
            let look = presentation.appearance(ofKind: kind)
            let paint = [("fill", look.fill), ("stroke", look.stroke), ("color", look.text)].compactMap { name, color in color.hex.map { name + ":" + $0 } }
            out.raw("    classDef k\(kind) \((paint + ["stroke-width:\(look.weight)px"]).joined(separator: ","))\n")
            out.raw("    class \(members.map { "n\($0)" }.joined(separator: ",")) k\(kind)\n")
        }
        for (type, places) in linksOfType.enumerated() where !places.isEmpty {
            guard let color = presentation.appearance(ofType: type).color.hex else { continue }
            out.raw("    linkStyle \(places.map(String.init).joined(separator: ",")) stroke:\(color),color:\(color)\n")
        }
        return out.storage
    }

    /// The link for a relation: dotted when it is only claimed, alleged or
    /// denied, since Mermaid has one broken line and it is kept for claims;
    /// thick when drawn bold or heavier (confirmed); plain otherwise. A
    /// symmetric type has no head, a denial a cross where Graphviz draws a bar.
    static func link(_ assertion: Assertion, _ appearance: EdgeAppearance) -> String {
        let head = appearance.isSymmetric ? "" : assertion == .denied ? "x" : ">"
        if assertion != .firm { return "-.-" + head }
        if appearance.line == .bold || appearance.weight > Theme.edgeWeight { return head.isEmpty ? "===" : "==" + head }
        return head.isEmpty ? "---" : "--" + head
    }
}
