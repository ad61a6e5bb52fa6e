@testable import ActorGraph
import Testing

/// Ids are words, unique, never a kind or keyword, and say what they stand for.
struct IDAllocatorTests {
    @Test func keysThatAreWordsAreKeptOtherwiseTheNameIsSlugged() {
        var ids = IDAllocator(taken: ["nujaba"], reserved: ["group", "kind"])
        #expect(ids.allocate(key: "kh", name: "Kataib Hezbollah", fallback: "group") == "kh")
        #expect(ids.allocate(key: "17", name: "Kataib Hezbollah", fallback: "group") == "kataib-hezbollah")
        #expect(ids.allocate(key: nil, name: "Kataib Hezbollah", fallback: "group") == "kataib-hezbollah-2")
        #expect(ids.allocate(key: nil, name: "Nujaba", fallback: "group") == "nujaba-2")
        #expect(ids.allocate(key: "kind", name: "Kind", fallback: "group") == "kind-group")
        #expect(ids.allocate(key: nil, name: "حماس", fallback: "group") == "group-1")
    }

    @Test func slugsAreASCIIWords() {
        #expect(IDAllocator.slug("Sūdānī, Mohammed Shia' al-") == "sudani-mohammed-shia-al")
        #expect(IDAllocator.slug("  --  ") == "")
        #expect(AGWriter.isWord(IDAllocator.slug("Ünïcödé & Co. (2024)")))
        #expect(IDAllocator.slug(String(repeating: "Harakat ", count: 10)).utf8.count == 47, "cut before a hyphen with nothing after it")
    }
}
