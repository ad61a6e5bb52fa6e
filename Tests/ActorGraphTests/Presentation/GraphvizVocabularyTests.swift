import Testing
@testable import ActorGraph

struct GraphvizVocabularyTests {
    @Test(arguments: ["red", "gray40", "#1f4e79", "#1f4e7980"])
    func acceptsColours(_ colour: String) {
        #expect(Color.isColor(colour))
    }

    @Test(arguments: ["", "light blue", "#12345", "#gggggg", "red;"])
    func rejectsNonColours(_ text: String) {
        #expect(!Color.isColor(text))
    }

    @Test func knowsArrowheadModifiers() {
        #expect(GraphvizVocabulary.arrowheads.isSuperset(of: ["vee", "odiamond", "lnormal", "olbox", "empty", "none"]))
        #expect(!GraphvizVocabulary.arrowheads.contains("ovee"))
    }
}
