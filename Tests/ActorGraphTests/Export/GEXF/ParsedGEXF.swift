import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A GEXF file as a reader that knows the namespaces sees it: the graph's
/// attributes, the declared columns, and each node and edge with its XML
/// attributes, its values by column title (a column it leaves out at its
/// declared default, as Gephi fills it in) and its `viz` elements. Elements
/// outside the GEXF 1.3 and viz namespaces are counted as strays.
final class ParsedGEXF: NSObject, XMLParserDelegate {
    static let gexf = "http://gexf.net/1.3"
    static let viz = "http://gexf.net/1.3/viz"

    /// A node or an edge.
    struct Item {
        var attributes: [String: String]
        /// Values by column title.
        var values: [String: String] = [:]
        /// `viz:NAME` elements by name, with their attributes.
        var viz: [String: [String: String]] = [:]
    }

    private(set) var root: [String: String] = [:]
    private(set) var graph: [String: String] = [:]
    /// Column id to (title, type), for `node` and `edge`.
    private(set) var columns: [String: [String: (title: String, type: String)]] = ["node": [:], "edge": [:]]
    /// Column title to its declared default, for `node` and `edge`.
    private(set) var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
    private(set) var nodes: [Item] = []
    private(set) var edges: [Item] = []
    private(set) var strays: [String] = []
    private var columnClass = ""
    private var columnTitle = ""
    private var defaultText: String?
    private var current: Item?
    private var currentIsEdge = false

    /// Parses `bytes`, requiring well-formed XML.
    static func read(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ParsedGEXF {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        let reader = ParsedGEXF()
        parser.delegate = reader
        let parsed = parser.parse()
        try #require(parsed, "not well-formed: \(String(describing: parser.parserError))", sourceLocation: sourceLocation)
        return reader
    }

    func node(_ id: String) -> Item? { nodes.first { $0.attributes["id"] == id } }

    func edge(_ id: String) -> Item? { edges.first { $0.attributes["id"] == id } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if namespaceURI == Self.viz {
            current?.viz[name] = attributes
            return
        }
        guard namespaceURI == Self.gexf else {
            strays.append(name)
            return
        }
        switch name {
        case "gexf": root = attributes
        case "graph": graph = attributes
        case "attributes": columnClass = attributes["class"] ?? ""
        case "attribute":
            columnTitle = attributes["title"] ?? ""
            columns[columnClass]?[attributes["id"] ?? ""] = (columnTitle, attributes["type"] ?? "")
        case "default": defaultText = ""
        case "node", "edge":
            current = Item(attributes: attributes)
            currentIsEdge = name == "edge"
        case "attvalue":
            let owner = currentIsEdge ? "edge" : "node"
            if let column = columns[owner]?[attributes["for"] ?? ""] { current?.values[column.title] = attributes["value"] }
            else { strays.append("attvalue for an undeclared column \(attributes["for"] ?? "")") }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters text: String) {
        defaultText? += text
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard namespaceURI == Self.gexf else { return }
        if name == "default", let text = defaultText {
            defaults[columnClass]?[columnTitle] = text
            defaultText = nil
        }
        guard name == "node" || name == "edge", var item = current else { return }
        for (title, text) in defaults[name] ?? [:] where item.values[title] == nil { item.values[title] = text }
        if name == "edge" { edges.append(item) } else { nodes.append(item) }
        current = nil
    }
}
