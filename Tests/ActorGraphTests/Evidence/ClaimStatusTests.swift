import Testing
@testable import ActorGraph

struct ClaimStatusTests {
    @Test func orderedFromDeniedToConfirmed() {
        #expect(ClaimStatus.allCases.sorted() == [.denied, .alleged, .claimed, .reported, .confirmed])
        #expect(ClaimStatus.reported < .confirmed && ClaimStatus.alleged < .reported)
    }

    @Test func reliabilityGradesRunFromAToF() {
        #expect(SourceReliability.allCases.map(\.rawValue) == ["A", "B", "C", "D", "E", "F"])
        #expect(SourceReliability.A < .C)
    }
}
