import Testing
@testable import ActorGraph

struct EndpointRuleTests {
    let person = Schema.standard.kinds[Schema.standard.kind(named: "person")!]
    let event = EntityKind(name: "event", style: Schema.defaultKindStyle)

    @Test func anyAllowsDeclaredKinds() {
        #expect(EndpointRule.any.allows(event))
    }

    @Test func actorAllowsOnlyBuiltInActors() {
        #expect(EndpointRule.actor.allows(person))
        #expect(!EndpointRule.actor.allows(event))
    }

    @Test func kindListAllowsItsKinds() {
        #expect(EndpointRule.kinds(["event", "person"]).allows(event))
        #expect(!EndpointRule.kinds(["group"]).allows(person))
        #expect(EndpointRule.kinds(["person", "group"]).description == "person|group")
    }
}
