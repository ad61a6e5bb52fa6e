import Testing
@testable import ActorGraph

struct GraphMLReaderTests {
    static func read(_ text: String, path: String = "g.graphml") -> ImportReading {
        GraphMLReader().read(SourceFile(path: path, text: text), settings: ImportSettings())
    }

    // MARK: ActorGraph's own GraphML

    @Test func originsPointAtTheElementAndItsFields() throws {
        let graph = try graph("group a \"A\"\ngroup b \"B\"\na allied-with b\n")
        let bytes = GraphMLExporter.write(graph.view)
        let document = try #require(GraphMLReader().read(SourceFile(path: "g.graphml", bytes: bytes), settings: ImportSettings()).document)
        let relation = try #require(document.relations.first)
        #expect(relation.origin.element == "edge \"rel-0\"")
        #expect(String(decoding: bytes[relation.origin.span(of: .subject)], as: UTF8.self) == "a")
        #expect(String(decoding: bytes[relation.origin.span], as: UTF8.self) == "<edge id=\"rel-0\" source=\"a\" target=\"b\">")
        #expect(document.entities.map(\.origin.element) == ["node \"a\"", "node \"b\""])
    }

    // MARK: Other programs' GraphML

    static let networkX = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d4" for="edge" attr.name="weight" attr.type="double" />
          <key id="d3" for="edge" attr.name="relation" attr.type="string" />
          <key id="d2" for="node" attr.name="Start Date" attr.type="string" />
          <key id="d1" for="node" attr.name="kind" attr.type="string" />
          <key id="d0" for="node" attr.name="name" attr.type="string">
            <default>unnamed</default>
          </key>
          <graph edgedefault="directed">
            <node id="Abu Taqwa">
              <data key="d1">person</data>
              <data key="d2">2019</data>
            </node>
            <node id="7">
              <data key="d0">Kata'ib &amp; Co</data>
            </node>
            <edge source="Abu Taqwa" target="7">
              <data key="d3">commands</data>
              <data key="d4">0.5</data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func networkXGraphMLReadsByKeyNames() throws {
        let document = try ReadBack.document(Self.read(Self.networkX))
        #expect(ReadBack.summary(document) == [
            #"Abu Taqwa person "unnamed" start-date=2019"#,
            #"7 - "Kata'ib & Co""#,
            #"key("Abu Taqwa") commands key("7") weight=0.5"#,
        ])
        #expect(document.relations.first?.origin.element == "edge \"Abu Taqwa\"→\"7\"")
    }

    static let yEd = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <!--Created by yEd 3.23-->
          <key for="node" id="d5" yfiles.type="nodegraphics"/>
          <key for="edge" id="d9" yfiles.type="edgegraphics"/>
          <key attr.name="description" attr.type="string" for="node" id="d6"/>
          <graph edgedefault="undirected" id="G">
            <node id="n0">
              <data key="d6"><![CDATA[leads <the> group]]></data>
              <data key="d5"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
                <y:NodeLabel alignment="center" fontSize="12">Abu Taqwa</y:NodeLabel></y:ShapeNode></data>
            </node>
            <node id="n1"/>
            <edge id="e0" source="n0" target="n1">
              <data key="d9"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func yEdNodesAreNamedByTheirLabelsAndItsDrawingsIgnored() throws {
        let reading = Self.read(Self.yEd)
        #expect(ReadBack.places(reading) == ["7:3: undirected-edge"])
        let document = try #require(reading.document)
        #expect(document.entities.map(\.name) == ["Abu Taqwa", "n1"])
        #expect(document.entities.map(\.kind) == ["", ""])
        #expect(document.entities[0].attributes == [Attribute("description", "leads <the> group")])
        #expect(document.relations.map(\.type) == [""])
        #expect(document.relations.first?.attributes == [])
    }

    @Test func nestedGraphsHyperedgesAndPortsAreSkippedWithAWarning() throws {
        let reading = Self.read("""
            <graphml>
              <graph edgedefault="directed">
                <node id="a"><port name="p"/><graph id="inner" edgedefault="directed"><node id="a::x"/></graph></node>
                <node id="b"/>
                <hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>
                <edge source="a" target="b" sourceport="p"/>
              </graph>
            </graphml>
            """)
        #expect(ReadBack.places(reading) == ["3:18: unsupported-graph-element", "3:34: unsupported-graph-element", "5:5: unsupported-graph-element"])
        let document = try #require(reading.document)
        #expect(document.entities.map(\.key) == ["a", "b"])
        #expect(document.relations.count == 1)
    }

    // MARK: Problems

    @Test func everyProblemOfTheFileIsReportedInOneRun() {
        let reading = Self.read("""
            <graphml>
              <key id="n" for="node" attr.name="killed" attr.type="int"/>
              <key id="t" for="edge" attr.name="type"/>
              <graph edgedefault="directed">
                <node id="n1"><data key="n">many</data></node>
                <node id="n1"/>
                <node/>
                <edge id="e3" source="n1" target="n9"><data key="n">3</data></edge>
                <edge id="e4" target="n1"><data key="x">3</data></edge>
              </graph>
            </graphml>
            """)
        #expect(reading.document == nil)
        #expect(ReadBack.places(reading) == [
            "5:19: mistyped-value", "6:15: duplicate-node", "7:5: missing-xml-attribute", "8:39: undeclared-node",
            "8:54: undeclared-key", "9:5: missing-xml-attribute", "9:42: undeclared-key",
        ])
        #expect(reading.diagnostics.contains { $0.message.contains("edge \"e3\"'s target \"n9\" is not a node of this file") })
        #expect(reading.diagnostics.allSatisfy { $0.location?.path == "g.graphml" })
    }

    @Test func brokenJSONOfActorGraphsOwnGraphMLIsReportedAtItsField() throws {
        let graph = try graph("source r0 \"R\"\nperson a \"A\" [src: r0]\n")
        let text = String(decoding: GraphMLExporter.write(graph.view), as: UTF8.self)
            .replacingOccurrences(of: "&quot;source&quot;:&quot;r0&quot;", with: "&quot;source&quot;:&quot;r9&quot;")
            .replacingOccurrences(of: "<data key=\"n2\">[]", with: "<data key=\"n2\">[")
        let reading = Self.read(text)
        #expect(reading.document == nil)
        #expect(Set(reading.diagnostics.map(\.id)) == [.unknownSource, .malformedJSON])
    }

    @Test func anythingButGraphMLIsRefused() {
        #expect(ReadBack.places(Self.read("<gexf version=\"1.3\"/>")) == ["1:1: not-graphml"])
        #expect(ReadBack.places(Self.read("<graphml>\n  <key id=\"k\"/>\n</graphml>")) == ["1:1: not-graphml"])
        #expect(ReadBack.places(Self.read("<graphml><graph></graf></graphml>")) == ["1:17: malformed-xml"])
        #expect(ReadBack.places(GraphMLReader().read(SourceFile(path: "g.graphml", bytes: Array("<graphml>".utf8) + [0xFF]), settings: ImportSettings()))
            == ["1:10: invalid-utf8"])
    }
}
