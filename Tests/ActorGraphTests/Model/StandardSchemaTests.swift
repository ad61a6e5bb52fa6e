import Testing
@testable import ActorGraph

struct StandardSchemaTests {
    @Test func hasTheBuiltInKindsAndTypes() {
        let schema = Schema.standard
        #expect(schema.kinds.map(\.name) == ["person", "group", "state"])
        #expect(schema.relationTypes.map(\.name) == ["commands", "part-of", "member-of", "funded-by", "attacked", "allied-with"])
    }

    @Test func onlyAlliedWithIsSymmetric() {
        #expect(Schema.standard.relationTypes.filter(\.isSymmetric).map(\.name) == ["allied-with"])
    }

    @Test func everyStyleUsesGraphvizNames() {
        for kind in Schema.standard.kinds {
            #expect(GraphvizVocabulary.shapes.contains(kind.style.shape))
        }
        for type in Schema.standard.relationTypes {
            #expect(GraphvizVocabulary.lineStyles.contains(type.style.line))
            #expect(GraphvizVocabulary.arrowheads.contains(type.style.arrowhead))
        }
    }

    @Test func redefiningReplacesInPlace() {
        var schema = Schema.standard
        let index = schema.define(EntityKind(name: "group", style: NodeStyle(shape: "box3d", color: "red"), isActor: true))
        #expect(index == 1)
        #expect(schema.kinds[1].style.shape == "box3d")
        #expect(schema.kinds.count == 3)
    }
}
