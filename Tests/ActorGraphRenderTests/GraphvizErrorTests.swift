import ActorGraphRender
import Testing

struct GraphvizErrorTests {
    @Test(arguments: [
        (GraphvizError.Stage.parse, "Graphviz could not parse the DOT: syntax error in line 1 near '}'"),
        (.layout, "Graphviz could not lay out the graph: syntax error in line 1 near '}'"),
        (.render, "Graphviz could not render the graph: syntax error in line 1 near '}'"),
    ])
    func descriptionNamesTheStageAndQuotesGraphviz(stage: GraphvizError.Stage, expected: String) {
        let error = GraphvizError(stage: stage, message: "syntax error in line 1 near '}'")
        #expect(error.description == expected)
        #expect(String(describing: error) == expected)
    }

    @Test func lineIsTheOneGraphvizNames() {
        #expect(GraphvizError(stage: .parse, message: "syntax error in line 12 near '}'").line == 12)
        #expect(GraphvizError.line(in: "syntax ambiguity - badly delimited number '1b' in line 3 of input splits into two tokens") == 3)
        #expect(GraphvizError(stage: .parse, message: "the DOT text contains no graph").line == nil)
        #expect(GraphvizError.line(in: "in line x") == nil)
    }

    @Test func syntaxErrorsOfTheParserNameTheirLine() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.read(dot: "digraph {\n  a -> b\n  b -> c\n  c -> [x]\n}\n")
        }
        #expect(error?.line == 4)
    }
}
