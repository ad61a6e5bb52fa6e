import ActorGraph
import Testing

struct FormatRegistryTests {
    @Test(arguments: [
        ("graph.svg", "svg"), ("out/Graph.PNG", "png"), ("/tmp/a.b/c.pdf", "pdf"),
        ("archive.tar.svg", "svg"), ("dir.png/graph.pdf", "pdf"), ("g.dot", "dot"),
    ])
    func readsTheExtensionOfAPath(path: String, expected: String) {
        #expect(GraphFormat.fileExtension(of: path) == expected)
    }

    @Test(arguments: ["graph", "graph.", "dir.svg/graph", ".png", "out/.svg", "", "dir/"])
    func aPathWithoutAnExtensionHasNone(path: String) {
        #expect(GraphFormat.fileExtension(of: path) == nil)
    }

    @Test func exportersAreFoundByNameAndByExtension() {
        let registry = FormatRegistry.standard
        #expect(registry.exportFormatNames == ["dot", "json", "graphml", "gexf", "csv", "neo4j", "cypher", "ftm", "stix", "mermaid", "timeline-svg"])
        #expect(registry.exporter(named: "DOT")?.format.name == "dot")
        #expect(registry.exporter(forPath: "out/strike.gv")?.format.name == "dot")
        // .svg stands for the graph drawing, which the render target registers.
        #expect(registry.exporter(forPath: "timeline.svg") == nil)
        #expect(registry.exporter(forPath: "g.JSON")?.format.name == "json")
        #expect(registry.exporter(forPath: "tables.zip")?.format.name == "csv")
        #expect(registry.exporter(named: "xlsx") == nil)
    }

    @Test func anInputIsAgUnlessItsExtensionOrBytesSayOtherwise() {
        let registry = FormatRegistry.standard
        #expect(registry.importer(for: SourceFile(path: "notes.txt", text: "person a\n")).format.name == "ag")
        #expect(registry.importer(for: SourceFile(path: "-", text: "person a\n")).format.name == "ag")
    }

    /// A format registered later is found like the built-in ones, and
    /// replaces one of the same name.
    @Test func registeringAFormatMakesItAvailable() throws {
        struct Upper: GraphExporter {
            var format: GraphFormat { GraphFormat(name: "names", extensions: ["names"], summary: "entity names, one a line") }
            func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
                ExportedFile(bytes: Array(view.entityIndices.map { view.graph.entities[$0].name + "\n" }.joined().utf8))
            }
        }
        var registry = FormatRegistry.standard
        registry.register(Upper())
        registry.register(Upper())
        #expect(registry.exportFormatNames == FormatRegistry.standard.exportFormatNames + ["names"])
        let graph = try Graph { Person("a", "Alpha") }
        let file = try #require(registry.exporter(forPath: "x.names")).export(graph.view, options: ExportOptions())
        #expect(file.bytes == Array("Alpha\n".utf8))
    }
}
