import ActorGraphRender
import Testing

struct RenderFormatTests {
    @Test func rawValuesAreGraphvizFormatNames() {
        #expect(RenderFormat.allCases.map(\.rawValue) == ["svg", "png", "pdf"])
    }

    @Test(arguments: [
        ("svg", RenderFormat.svg), ("SVG", .svg), (".svg", .svg),
        ("png", .png), ("Png", .png), ("pdf", .pdf), (".PDF", .pdf),
    ])
    func recognisesExtensionsIgnoringCase(fileExtension: String, expected: RenderFormat) {
        #expect(RenderFormat(fileExtension: fileExtension) == expected)
    }

    @Test(arguments: ["", ".", "jpg", "svgz", "..svg", "dot", "canon"])
    func rejectsOtherExtensions(fileExtension: String) {
        #expect(RenderFormat(fileExtension: fileExtension) == nil)
    }

    @Test(arguments: [
        ("graph.svg", RenderFormat.svg), ("out/Graph.PNG", .png), ("/tmp/a.b/c.pdf", .pdf),
        ("archive.tar.svg", .svg), ("dir.png/graph.pdf", .pdf),
    ])
    func readsTheExtensionOfAPath(path: String, expected: RenderFormat) {
        #expect(RenderFormat(path: path) == expected)
    }

    @Test(arguments: ["graph", "graph.", "graph.jpeg", "dir.svg/graph", ".png", "out/.svg", "", "dir/"])
    func rejectsPathsWithoutAKnownExtension(path: String) {
        #expect(RenderFormat(path: path) == nil)
    }
}
