import Testing
@testable import ActorGraph

/// Timestamps, grades and relationship types in STIX's words.
struct STIXValuesTests {
    @Test func timestampsCoverTheWholeDayAndKeepFourDigitYears() throws {
        #expect(STIXValues.timestamp(try #require(PartialDate("2024-01-04")).earliest) == "2024-01-04T00:00:00.000Z")
        #expect(STIXValues.timestamp(try #require(PartialDate("2024-02")).latest, endOfDay: true) == "2024-02-29T23:59:59.999Z")
        #expect(STIXValues.timestamp(try #require(PartialDate("0999")).earliest) == "0999-01-01T00:00:00.000Z")
    }

    @Test func credibilityGradesBecomeConfidence() {
        #expect((1...6).map(STIXValues.confidence) == [90, 70, 50, 30, 10, nil])
    }

    @Test func relationTypesBecomeSTIXsOwnOrItsCustomForm() {
        func type(_ name: String, _ role: RelationRole = .other) -> String {
            STIXValues.relationshipType(RelationType(name: name, subjects: .any, objects: .any, role: role, style: Schema.defaultRelationStyle))
        }
        #expect(type("attacked", .hostility) == "targets")
        #expect(type("shelled", .hostility) == "targets")
        #expect(type("located-in") == "located-at")
        #expect(type("spokesman-for") == "spokesman-for")
        #expect(type("Paid_By2") == "paid-by2")
    }
}
