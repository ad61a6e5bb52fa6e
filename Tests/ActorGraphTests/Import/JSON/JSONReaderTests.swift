@testable import ActorGraph
import Foundation
import SyntheticGraphs
import Testing

/// The position-aware JSON reader: the values and offsets it gives, and
/// what it refuses, against Foundation's parser on the same bytes.
struct JSONReaderTests {
    private func parse(_ text: String) -> Result<JSONNode, JSONReader.Failure> {
        JSONReader.parse(Array(text.utf8))
    }

    private func failure(_ text: String) -> JSONReader.Failure? {
        if case .failure(let failure) = parse(text) { return failure }
        return nil
    }

    @Test func readsEveryKindOfValueWithItsOffset() throws {
        let node = try parse(#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude80"} "#).get()
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(node.offset == 1)
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members.map(\.keyOffset) == [2, 39])
        guard case .array(let elements) = members[0].value.value else { Issue.record("not an array"); return }
        #expect(elements.map(\.offset) == [8, 11, 19, 25, 32])
        #expect(elements.map(\.typeName) == ["a number", "a number", "a boolean", "a boolean", "null"])
        guard case .number(let number) = elements[1].value else { Issue.record("not a number"); return }
        #expect(number == "-2.5e3")
        guard case .string(let text) = members[1].value.value else { Issue.record("not a string"); return }
        #expect(text == "x\"\\/\u{8}\u{C}\n\r\té🚀")
    }

    @Test func refusesWhatRFC8259Refuses() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01", "1.", "-", "1e", "tru", "\"a", "\"\\x\"", "\"\\u12\"",
                    "\"\\ud800\"", "\"\\udc00\"", "\"tab\there\"", "[1] 2", "{1: 2}", "nul"] {
            #expect(failure(bad) != nil, "\(bad)")
        }
        #expect(JSONReader.parse([0x22, 0xC3, 0x28, 0x22]).isFailure)
    }

    @Test func failuresSayWhereAndWhat() throws {
        let failure = try #require(self.failure("[1, 2 3]"))
        #expect(failure.offset == 6)
        #expect(failure.message == "expected ',' or ']' in an array, found '3'")
        #expect(self.failure("[\"abc")?.offset == 1)
        #expect(self.failure("{\"a\": 1")?.message == "the document ends inside an object; expected ',' or '}'")
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "[", count: JSONReader.depthLimit + 1) + String(repeating: "]", count: JSONReader.depthLimit + 1)
        #expect(failure(deep)?.message.contains("nested deeper") == true)
        let allowed = String(repeating: "[", count: JSONReader.depthLimit) + String(repeating: "]", count: JSONReader.depthLimit)
        #expect(failure(allowed) == nil)
        #expect(failure(String(repeating: "{\"a\":", count: 1_000_000)) != nil)
    }

    /// On random short texts over JSON's alphabet, the reader accepts
    /// exactly what Foundation's parser accepts.
    @Test func agreesWithFoundationOnRandomText() {
        var random = SplitMix64(seed: 42)
        let alphabet = Array(#"{}[]":,\ 0123-.eEtrufalsn"#.utf8) + [0x0A]
        for _ in 0 ..< 20_000 {
            let bytes = (0 ..< random.next() % 12).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            #expect(JSONReader.parse(bytes).isFailure == !foundation, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
