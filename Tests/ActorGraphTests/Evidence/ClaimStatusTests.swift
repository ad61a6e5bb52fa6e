import Testing
@testable import ActorGraph

struct ClaimStatusTests {
    @Test func orderedFromDeniedToConfirmed() {
        #expect(ClaimStatus.allCases.sorted() == [.denied, .alleged, .claimed, .assessed, .reported, .confirmed])
        #expect(ClaimStatus.allCases.sorted() == ClaimStatus.allCases)
        #expect(ClaimStatus.reported < .confirmed && ClaimStatus.alleged < .reported)
    }

    @Test func anAssessmentIsFirmerThanAnAllegationAndWeakerThanAConfirmation() {
        #expect(ClaimStatus.alleged < .assessed && ClaimStatus.claimed < .assessed)
        #expect(ClaimStatus.assessed < .reported && ClaimStatus.assessed < .confirmed)
    }

    @Test func anAssessmentIsDrawnAsAClaimNotAFact() {
        #expect(Assertion(.assessed) == .contested)
    }

    @Test func reliabilityGradesRunFromAToF() {
        #expect(SourceReliability.allCases.map(\.rawValue) == ["A", "B", "C", "D", "E", "F"])
        #expect(SourceReliability.A < .C)
    }
}
