import Foundation
import Testing
@testable import ActorGraph

struct XMLPullParserTests {
    /// Every event of `text` in a compact form, or the failure as `error at OFFSET: MESSAGE`.
    static func events(_ text: String) -> [String] {
        events(Array(text.utf8))
    }

    static func events(_ bytes: [UInt8]) -> [String] {
        var parser = XMLPullParser(bytes)
        var found: [String] = []
        do {
            while let event = try parser.next() {
                switch event {
                case .start(let tag):
                    found.append("<\(tag.name)" + tag.attributes.map { " \($0.name)=[\($0.value)]" }.joined() + (tag.isEmpty ? "/>" : ">"))
                case .end(let name): found.append("</\(name)>")
                case .text(let text): found.append("text[\(text)]")
                }
            }
        } catch {
            found.append("error at \(error.offset): \(error.message)")
        }
        return found
    }

    static func failure(_ text: String) -> String? {
        events(text).last.flatMap { $0.hasPrefix("error") ? $0 : nil }
    }

    @Test func elementsAttributesTextAndTheirReferences() {
        #expect(Self.events("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><a k='1' l=\"&lt;&#65;&#x42;&quot;\">x &amp; y<b/><![CDATA[<raw> &amp;]]></a>\n<?pi?>") == [
            "<a k=[1] l=[<AB\"]>", "text[x & y]", "<b/>", "text[<raw> &amp;]", "</a>",
        ])
    }

    @Test func lineEndsAndBlanksAreNormalisedAsXMLSays() {
        #expect(Self.events("<a v=\"1\r\n2\t3&#10;4\">one\r\ntwo\rthree&#13;</a>") == ["<a v=[1 2 3\n4]>", "text[one\ntwo\nthree\r]", "</a>"])
    }

    @Test func aDOCTYPEIsSkippedAndItsEntitiesNeverExpanded() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <graphml>&lol2;</graphml>
            """
        let failure = Self.failure(bomb)
        #expect(failure?.hasPrefix("error at \(bomb.utf8.count - 16): &lol2; is not expanded") == true, "\(failure ?? "")")
        #expect(Self.events("<!DOCTYPE g SYSTEM \"http://example.org/g.dtd\"><g/>") == ["<g/>"])
    }

    @Test func malformedXMLStopsAtTheFirstWrongByte() {
        #expect(Self.failure("<a><b></a>") == "error at 6: </a> closes <b>; write </b>")
        #expect(Self.failure("<a x=\"1\" x=\"2\"/>") == "error at 9: attribute x appears twice in <a>")
        let many = (0 ..< 20).map { " a\($0)=''" }.joined()
        #expect(Self.failure("<a\(many) a3=''/>") == "error at \(many.utf8.count + 3): attribute a3 appears twice in <a>")
        #expect(Self.failure("<a>AT&T</a>") == "error at 5: a bare '&'; write &amp; for an ampersand")
        #expect(Self.failure("<a>&#0;</a>") == "error at 3: &#0; is not a character XML allows")
        #expect(Self.failure("<a x=1/>") == "error at 5: expected the value of attribute x in quotes")
        #expect(Self.failure("<a/><b/>") == "error at 4: a second root element; a document is one element")
        #expect(Self.failure("x<a/>") == "error at 0: text outside the root element; a document is one element, with only comments around it")
        #expect(Self.failure("<a><!-- open") == "error at 3: the comment is not closed with '-->'")
        #expect(Self.failure("<a>") == "error at 3: the file ends inside <a>; close it with </a> (the file may be cut short)")
        #expect(Self.failure("") == "error at 0: the file has no root element")
        #expect(Self.failure("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")?.contains("encoded as iso-8859-1") == true)
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        let deep = String(repeating: "<a>", count: 200_000)
        #expect(Self.failure(deep) == "error at \(3 * XMLPullParser.depthLimit): elements nest deeper than \(XMLPullParser.depthLimit) levels; no graph file needs that many")
        let allowed = String(repeating: "<a>", count: XMLPullParser.depthLimit) + String(repeating: "</a>", count: XMLPullParser.depthLimit)
        #expect(Self.failure(allowed) == nil)
        if case .failure = XMLElementTree.parse(Array(deep.utf8)) {} else { Issue.record("a deep tree was accepted") }
    }

    @Test func hugeAttributesAndTextsAreReadInLinearTime() throws {
        let size = 4 << 20
        let value = String(repeating: "&amp;x", count: size / 6)
        let text = "<a v=\"\(value)\">\(String(repeating: "y", count: size))</a>"
        let start = Date()
        let tree = try XMLElementTree.parse(Array(text.utf8)).get()
        #expect(tree.root.tag.attribute("v")?.value.count == size / 6 * 2)
        #expect(tree.root.text.count == size)
        let wide = "<a" + (0 ..< 100_000).map { " a\($0)='\($0)'" }.joined() + "/>"
        #expect(try XMLElementTree.parse(Array(wide.utf8)).get().root.tag.attributes.count == 100_000)
        // Linear: a few megabytes in well under the time a quadratic scan would take.
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func theTreeKeepsChildrenInOrderAndTextPerElement() throws {
        let tree = try XMLElementTree.parse(Array("<r><k id=\"1\">a<d>x</d>b</k><y:k/></r>".utf8)).get()
        #expect(tree.children(of: tree.root, named: "k").map(\.text) == ["ab", ""])
        #expect(tree.child(of: tree.root, named: "k")?.tag.attribute("id")?.valueSpan == 10 ..< 11)
        #expect(tree.descendant(of: tree.root, named: "d")?.text == "x")
        #expect(tree.elements.map(\.tag.name) == ["r", "k", "d", "y:k"])
    }
}
