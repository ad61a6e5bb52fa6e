import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An SVG document read by a real XML parser, so a test fails when a
/// drawing is not well-formed XML, and can then look inside it.
final class SVGTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Every element below this one, depth first.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }

        /// The text of this element and every element below it.
        var allText: String { text + children.map(\.allText).joined() }
    }

    let root: Element

    /// Parses `bytes`, failing the test with the parser's reason if they are not well-formed.
    init(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let builder = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = builder
        let parsed = parser.parse()
        try #require(parsed, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")", sourceLocation: sourceLocation)
        root = try #require(builder.root, sourceLocation: sourceLocation)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            let element = Element(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
