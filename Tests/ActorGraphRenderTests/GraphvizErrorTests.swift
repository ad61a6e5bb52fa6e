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
}
