import Testing
@testable import ActorGraph

struct SourceFileLocationTests {
    let file = SourceFile(path: "f.dot", text: "first\nsécond line\r\nthird")

    @Test func offsetsBecomeLinesAndScalarColumns() {
        let location = file.location(at: 13, length: 4)
        #expect(location.line == 2 && location.column == 7 && location.length == 4)
        #expect(location.lineText == "sécond line")
    }

    @Test func wholeLinesAreUnderlined() {
        #expect(file.location(ofLine: 2).column == 1)
        #expect(file.location(ofLine: 2).length == 11)
        #expect(file.location(ofLine: 3).lineText == "third")
        #expect(file.location(ofLine: 99).line == 3, "a line past the end is the last one")
    }
}
