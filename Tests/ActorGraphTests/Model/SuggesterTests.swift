import Testing
@testable import ActorGraph

struct SuggesterTests {
    @Test func findsNearestFirst() {
        #expect(Suggester.nearest(to: "comands", among: ["attacked", "commands", "command-of"]) == ["commands", "command-of"])
    }

    @Test func ignoresFarCandidates() {
        #expect(Suggester.nearest(to: "xyz", among: ["commands", "part-of"]).isEmpty)
    }

    @Test func limitsTheCount() {
        #expect(Suggester.nearest(to: "ab", among: ["aa", "ab", "ac", "ad"], limit: 2) == ["ab", "aa"])
    }

    @Test func didYouMeanListsTheSuggestions() {
        #expect(Suggester.didYouMean(["a", "b"]) == "did you mean 'a' or 'b'?")
        #expect(Suggester.didYouMean([]) == nil)
    }

    @Test func editDistanceIsBounded() {
        let a = Array("kitten".unicodeScalars), b = Array("sitting".unicodeScalars)
        #expect(Suggester.editDistance(a, b, bound: 3) == 3)
        #expect(Suggester.editDistance(a, b, bound: 2) == nil)
        #expect(Suggester.editDistance([], Array("ab".unicodeScalars), bound: 2) == 2)
    }
}
