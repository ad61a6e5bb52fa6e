import ActorGraph
import ActorGraphRender
import Foundation

/// Maps a DOT graph as Graphviz read it to an ``ImportDocument``: each
/// node an entity, each edge a relation, the attributes set on them (not
/// Graphviz's defaults, nor those that only say how to draw) as attributes.
struct DOTDocumentBuilder {
    let graph: GraphvizDocument
    let file: SourceFile
    /// Whether the graph is ActorGraph's own export, whose tooltips and
    /// labels say ids, kinds and claims in words of its own.
    private let isOwnExport: Bool
    private let positions: DOTSourceIndex

    /// Attributes that only say how Graphviz draws, which are not facts
    /// about an actor or relation and are left out.
    static let drawingAttributes: Set<String> = [
        "shape", "style", "color", "fillcolor", "fontcolor", "fontname", "fontsize", "penwidth", "width", "height", "fixedsize",
        "margin", "pos", "peripheries", "orientation", "regular", "sides", "skew", "distortion", "image", "imagescale", "labelloc",
        "labeljust", "arrowhead", "arrowtail", "arrowsize", "dir", "constraint", "weight", "minlen", "headport", "tailport",
        "labelfontcolor", "labelfontname", "labelfontsize", "labelangle", "labeldistance", "decorate", "gradientangle", "group",
        "ordering", "nojustify", "z", "area", "samehead", "sametail", "headclip", "tailclip", "lhead", "ltail", "sortv",
        "colorscheme", "layer", "len", "splines", "ratio", "rankdir", "nodesep", "ranksep", "bgcolor",
    ]

    init(graph: GraphvizDocument, file: SourceFile) {
        self.graph = graph
        self.file = file
        isOwnExport = graph.name == "actorgraph"
        positions = DOTSourceIndex(file.bytes)
    }

    func build() -> ImportDocument {
        var keys: [String: String] = [:]
        let clusters = clusterLabels()
        // The export's legend draws kinds and types, not actors.
        let legend = Set(isOwnExport ? graph.subgraphs.filter { $0.name == "cluster_legend" }.flatMap(\.nodeNames) : [])
        var entities: [ImportedEntity] = []
        for node in graph.nodes where !legend.contains(node.name) {
            let entity = entity(node, cluster: clusters[node.name])
            keys[node.name] = entity.key
            entities.append(entity)
        }
        let relations = graph.edges.filter { !legend.contains($0.tail) }.map { relation($0, keys: keys) }
        return ImportDocument(file: file, format: "dot", entities: entities, relations: relations)
    }

    // MARK: Entities

    private func entity(_ node: GraphvizDocument.Node, cluster: String?) -> ImportedEntity {
        var attributes = graph.explicitAttributes(of: node)
        var key = node.name
        var kind = ""
        var aliases: [String] = []
        if isOwnExport, let tooltip = attributes.removeValue(forKey: "tooltip") {
            // `ID (KIND)`, then `aka A, B`, then attributes and citations.
            let lines = Self.tooltipText(tooltip).components(separatedBy: "\n")
            if let first = lines.first, first.hasSuffix(")"), let open = first.range(of: " (") {
                key = String(first[..<open.lowerBound])
                kind = String(first[open.upperBound ..< first.index(before: first.endIndex)])
            }
            if let aka = lines.first(where: { $0.hasPrefix("aka ") }) {
                aliases = aka.dropFirst(4).components(separatedBy: ", ")
            }
        }
        let label = attributes.removeValue(forKey: "label")
        let name = label.flatMap { Self.text(of: $0, isHTML: node.htmlAttributes.contains("label"), name: node.name) } ?? node.name
        // The node's own `kind`, else its `class` when that is one word
        // (an SVG class such as `person`), else a `kind` for every node.
        if kind.isEmpty {
            kind = attributes.removeValue(forKey: "kind") ?? ""
        }
        if kind.isEmpty, let classes = attributes["class"], AGWriter.isWord(classes) {
            kind = classes
            attributes["class"] = nil
        }
        if kind.isEmpty {
            kind = graph.nodeDefaults["kind"] ?? ""
        }
        var imported = Self.attributes(attributes, onRelation: false)
        if let cluster { imported.append(Attribute("cluster", cluster)) }
        let span = positions.names[node.name] ?? 0 ..< 0
        return ImportedEntity(key: key, kind: kind, name: name, aliases: aliases, attributes: imported,
                              origin: ImportOrigin(element: "node \"\(node.name)\"", span: span, fields: [.key: span]))
    }

    /// The innermost cluster each node is drawn in, by its label or else
    /// its name, for files other than ActorGraph's own (whose clusters are
    /// entities with `part-of` relations of their own).
    private func clusterLabels() -> [String: String] {
        guard !isOwnExport else { return [:] }
        var labels: [String: String] = [:]
        // Outer clusters first, so inner ones overwrite them; a queue, as the subgraphs nest.
        var queue = graph.subgraphs[...]
        while let subgraph = queue.popFirst() {
            queue.append(contentsOf: subgraph.subgraphs)
            guard subgraph.name.hasPrefix("cluster") else { continue }
            let label = graph.explicitAttributes(of: subgraph)["label"].flatMap {
                Self.text(of: $0, isHTML: subgraph.htmlAttributes.contains("label"), name: subgraph.name)
            } ?? subgraph.name
            for name in subgraph.nodeNames { labels[name] = label }
        }
        return labels
    }

    // MARK: Relations

    private func relation(_ edge: GraphvizDocument.Edge, keys: [String: String]) -> ImportedRelation {
        var attributes = graph.explicitAttributes(of: edge)
        var type = attributes.removeValue(forKey: "type") ?? attributes.removeValue(forKey: "relation") ?? ""
        var status = ClaimStatus.reported
        var claimants: [ImportReference] = []
        if let written = attributes["status"], let claimed = ClaimStatus(rawValue: written) {
            status = claimed
            attributes["status"] = nil
        }
        if type.isEmpty, let label = attributes["label"], !edge.htmlAttributes.contains("label") {
            let lines = GraphvizEscString.displayedText(of: label).components(separatedBy: "\n")
            if isOwnExport {
                // `TYPE · CLAIM by CLAIMANTS`, then when it held.
                attributes["label"] = nil
                let head = lines[0].components(separatedBy: " · ")
                type = head[0]
                if head.count > 1, let claim = Self.claim(head.dropFirst().joined(separator: " · ")) {
                    status = claim.status
                    claimants = claim.claimants.map { .name($0) }
                }
                if lines.count > 1 { time(lines[1], into: &attributes) }
            } else if lines.count == 1, AGWriter.isWord(lines[0]) {
                type = lines[0]
                attributes["label"] = nil
            }
        }
        if isOwnExport { attributes["tooltip"] = nil }
        let span = positions.edges[.init(tail: edge.tail, head: edge.head)] ?? positions.names[edge.tail] ?? 0 ..< 0
        let arrow = graph.isDirected ? "->" : "--"
        var element = "edge \"\(edge.tail)\" \(arrow) \"\(edge.head)\""
        if let key = edge.key { element += " [key=\"\(key)\"]" }
        return ImportedRelation(subject: .key(keys[edge.tail] ?? edge.tail), type: type, object: .key(keys[edge.head] ?? edge.head),
                                status: status, claimants: claimants, attributes: Self.attributes(attributes, onRelation: true),
                                origin: ImportOrigin(element: element, span: span, fields: [.subject: span, .object: span]))
    }

    /// The export's `when` line as `date`, or `from` and `to`.
    private func time(_ when: String, into attributes: inout [String: String]) {
        if let dash = when.range(of: " – ") {
            attributes["from"] = String(when[..<dash.lowerBound])
            attributes["to"] = String(when[dash.upperBound...])
        } else if when.hasPrefix("from ") {
            attributes["from"] = String(when.dropFirst(5))
        } else if when.hasPrefix("until ") {
            attributes["to"] = String(when.dropFirst(6))
        } else if when != "undated" {
            attributes["date"] = when
        }
    }

    /// A claim as the export words it: a status, then ` by ` and the claimants' names.
    private static func claim(_ text: String) -> (status: ClaimStatus, claimants: [String])? {
        if let status = ClaimStatus(rawValue: text) { return (status, []) }
        guard let by = text.range(of: " by "), let status = ClaimStatus(rawValue: String(text[..<by.lowerBound])) else { return nil }
        return (status, text[by.upperBound...].components(separatedBy: ", "))
    }

    // MARK: Text

    /// The attributes kept, by key made an `.ag` word, in key order (Graphviz keeps no order).
    private static func attributes(_ attributes: [String: String], onRelation: Bool) -> [Attribute] {
        attributes.sorted { $0.key < $1.key }.compactMap { name, value in
            guard !drawingAttributes.contains(name), !value.isEmpty, let key = ImportedAttributeKey.slug(name, onRelation: onRelation) else { return nil }
            return Attribute(key, value)
        }
    }

    /// The text a label shows: an HTML-like label without its tags, an
    /// escString decoded with `\N` as the object's name; `nil` when nothing is left.
    private static func text(of label: String, isHTML: Bool, name: String) -> String? {
        var text: String
        if isHTML {
            var plain = ""
            var inTag = false
            for character in label {
                switch character {
                case "<": inTag = true
                case ">":
                    inTag = false
                    plain.append(" ")
                default:
                    if !inTag { plain.append(character) }
                }
            }
            text = GraphvizEscString.displayedText(of: plain.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        } else {
            text = GraphvizEscString.displayedText(of: label).replacingOccurrences(of: "\\N", with: name)
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A tooltip as ActorGraph's export wrote it: read as a label, then with
    /// the backslashes it doubled for Graphviz's second reading made single.
    private static func tooltipText(_ tooltip: String) -> String {
        GraphvizEscString.displayedText(of: tooltip).replacingOccurrences(of: "\\\\", with: "\\")
    }
}
