import Testing
@testable import ActorGraph

struct StandardSchemaTests {
    @Test func hasTheBuiltInKindsAndTypes() {
        let schema = Schema.standard
        #expect(schema.kinds.map(\.name) == ["person", "group", "state"])
        #expect(schema.relationTypes.map(\.name) == ["commands", "part-of", "member-of", "funded-by", "attacked", "allied-with", "same-as",
                                                 "attacker", "target", "claimant", "place", "killed", "wounded"])
    }

    @Test func theRolesOfAnAttackTakeTheirParticipantsKinds() {
        let roles = Schema.standard.relationTypes.filter { $0.role == .participation }
        #expect(roles.map(\.subjects) == [.actor, .actor, .actor, .any, .kinds(["person", "group"]), .kinds(["person", "group"])])
        #expect(roles.allSatisfy { $0.objects == .any })
        #expect(Schema.standard.role(named: "attacker") != nil && Schema.standard.role(named: "attacked") == nil)
    }

    @Test func onlyAlliedWithAndSameAsAreSymmetric() {
        #expect(Schema.standard.relationTypes.filter(\.isSymmetric).map(\.name) == ["allied-with", "same-as"])
    }

    @Test func sameAsIsTheOneIdentityType() {
        #expect(Schema.standard.relationTypes.filter { $0.role == .identity }.map(\.name) == ["same-as"])
    }

    @Test func everyStyleUsesGraphvizNames() {
        for kind in Schema.standard.kinds {
            #expect(GraphvizVocabulary.shapes.contains(kind.style.shape.name))
        }
        for type in Schema.standard.relationTypes {
            #expect(GraphvizVocabulary.lineStyles.contains(type.style.line.rawValue))
            #expect(GraphvizVocabulary.arrowheads.contains(type.style.arrowhead.name))
        }
    }

    @Test func redefiningReplacesInPlace() {
        var schema = Schema.standard
        let index = schema.define(EntityKind(name: "group", style: NodeStyle(shape: NodeShape("box3d")!, color: Color("red")!), isActor: true))
        #expect(index == 1)
        #expect(schema.kinds[1].style.shape.name == "box3d")
        #expect(schema.kinds.count == 3)
    }
}
