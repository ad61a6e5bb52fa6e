import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An element of an XML document the tests parse (SVG, GraphML, GEXF).
final class XMLTreeElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLTreeElement] = []
    /// The character data directly inside this element.
    var text = ""
    /// The character data of this element and everything inside it, in document order.
    var allText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first.
    var descendants: [XMLTreeElement] { children.flatMap { [$0] + $0.descendants } }

    func children(named name: String) -> [XMLTreeElement] { children.filter { $0.name == name } }
}

/// Parses XML with Foundation's XMLParser into a tree of ``XMLTreeElement``s,
/// failing the test when the text is not well-formed.
enum XMLTree {
    static func parse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> XMLTreeElement {
        try TreeBuilder.parse(text, sourceLocation: sourceLocation)
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [XMLTreeElement] = [XMLTreeElement(name: "#document", attributes: [:])]

    static func parse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> XMLTreeElement {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        let succeeded = parser.parse()
        #expect(succeeded, "not well-formed XML: \(String(describing: parser.parserError))\n\(text)", sourceLocation: sourceLocation)
        try #require(succeeded, sourceLocation: sourceLocation)
        return try #require(builder.stack.first?.children.first, sourceLocation: sourceLocation)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = XMLTreeElement(name: name, attributes: attributes)
        stack.last?.children.append(element)
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
        for element in stack { element.allText += string }
    }
}
