import Testing
@testable import ActorGraph

struct GEXFReaderTests {
    static func read(_ text: String) -> ImportReading {
        GEXFReader().read(SourceFile(path: "g.gexf", text: text), settings: ImportSettings())
    }

    // MARK: ActorGraph's own GEXF

    @Test func citedSourcesBecomeSourcesWithTheirIDAlone() throws {
        let graph = try graph("source r0 \"Report\"\nsource r1\nperson a \"A\" [src: r1]\nperson b \"B\" [src: r0, r1]\na attacked b\n")
        let document = try #require(ReadBack.Format.gexf.exported(graph).document)
        #expect(document.sources == [Source(id: "r1", title: ""), Source(id: "r0", title: "")])
        #expect(document.entities[1].citations.map(\.source) == [1, 0])
    }

    // MARK: Gephi's and NetworkX's GEXF

    static let gephi = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.2" version="1.2" xmlns:viz="http://gexf.net/1.2/viz">
          <meta lastmodifieddate="2024-03-01"><creator>Gephi 0.10</creator></meta>
          <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
            <attributes class="node" mode="static">
              <attribute id="0" title="Category" type="string"/>
              <attribute id="1" title="Members" type="integer"><default>0</default></attribute>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="r" title="relation" type="string"/>
            </attributes>
            <nodes>
              <node id="1" label=" Kata'ib Hezbollah ">
                <attvalues><attvalue for="0" value="group"/><attvalue for="1" value="3000"/></attvalues>
                <viz:color r="255" g="0" b="0"/><viz:size value="10.0"/>
              </node>
              <node id="2" label="Abu Taqwa" start="2019-03" end="2023"/>
            </nodes>
            <edges>
              <edge id="0" source="2" target="1" weight="1.0" label="leads"><spells><spell start="2020-01-01" end="2020-01-01"/></spells></edge>
              <edge id="1" source="1" target="2" kind="funded-by" weight="2.5"/>
              <edge id="2" source="1" target="1" start="1.0" end="2.0"><attvalues><attvalue for="r" value="commands"/></attvalues></edge>
            </edges>
          </graph>
        </gexf>
        """

    @Test func gephiGEXFReadsByColumnTitles() throws {
        #expect(ReadBack.summary(try ReadBack.document(Self.read(Self.gephi))) == [
            #"1 group "Kata'ib Hezbollah" members=3000"#,
            #"2 - "Abu Taqwa" members=0 from=2019-03 to=2023"#,
            #"key("2") leads key("1") date=2020-01-01"#,
            #"key("1") funded-by key("2") weight=2.5"#,
            #"key("1") commands key("1") start=1.0 end=2.0"#,
        ])
    }

    /// NetworkX's `write_gexf` puts an edge's `type` data in the edge's
    /// `type` attribute, which GEXF keeps for directedness.
    @Test func networkXPutsTheRelationTypeInTheEdgesTypeAttribute() throws {
        let document = try ReadBack.document(Self.read("""
            <gexf version="1.2"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
            <edges><edge source="a" target="b" id="0" type="attacked"/><edge source="b" target="a" id="1" type="directed" label="ally"/></edges></graph></gexf>
            """))
        #expect(document.relations.map(\.type) == ["attacked", "ally"])
    }

    @Test func severalSpellsAndNestedNodesAreSkippedWithAWarning() throws {
        let reading = Self.read("""
            <gexf version="1.3">
              <graph defaultedgetype="undirected">
                <nodes>
                  <node id="a"><nodes><node id="a1"/></nodes></node>
                  <node id="b"><spells><spell start="2020"/><spell start="2022"/></spells></node>
                </nodes>
                <edges><edge source="a" target="b"/></edges>
              </graph>
            </gexf>
            """)
        #expect(ReadBack.places(reading) == ["2:3: undirected-edge", "4:20: unsupported-graph-element", "5:49: unsupported-graph-element"])
        let document = try #require(reading.document)
        #expect(document.entities.map(\.key) == ["a", "b"])
        #expect(document.entities[1].attributes == [Attribute("from", "2020")])
        #expect(document.relations.first?.origin.element == "edge \"a\"→\"b\"")
    }

    // MARK: Problems

    @Test func everyProblemOfTheFileIsReportedInOneRun() {
        let reading = Self.read("""
            <gexf version="1.3">
              <graph>
                <attributes class="node"><attribute id="0" title="killed" type="integer"/></attributes>
                <nodes>
                  <node id="a"><attvalues><attvalue for="0" value="many"/><attvalue for="9" value="x"/></attvalues></node>
                  <node id="a"/>
                </nodes>
                <edges><edge id="e3" source="a" target="n9"/></edges>
              </graph>
            </gexf>
            """)
        #expect(reading.document == nil)
        #expect(ReadBack.places(reading) == ["5:56: mistyped-value", "5:78: undeclared-key", "6:17: duplicate-node", "8:45: undeclared-node"])
    }

    @Test func anythingButGEXFIsRefused() {
        #expect(ReadBack.places(Self.read("<graphml/>")) == ["1:1: not-gexf"])
        #expect(ReadBack.places(Self.read("<gexf version=\"1.3\"><meta/></gexf>")) == ["1:1: not-gexf"])
        #expect(ReadBack.places(Self.read("<gexf>\n<graph><nodes><node id=\"a\" label=\"A & B\"/></nodes></graph></gexf>")) == ["2:37: malformed-xml"])
    }
}
