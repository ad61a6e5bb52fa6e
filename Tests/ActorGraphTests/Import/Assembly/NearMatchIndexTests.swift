@testable import ActorGraph
import Testing

/// Candidates are found by transliteration or one edit, never across
/// different numbers, and the index agrees with a brute-force scan.
struct NearMatchIndexTests {
    @Test func findsTransliterationsAndTyposButNotOtherNumbers() {
        var index = NearMatchIndex()
        index.insert("Abu Taqwa", owner: 0)
        index.insert("Mushtaq Talib al-Saidi", owner: 1)
        index.insert("12th Brigade", owner: 2)
        #expect(index.candidates(for: "Abu Taqua").map(\.owner) == [0])
        #expect(index.candidates(for: "Abu Taqua").map(\.reason) == [.transliteration])
        #expect(index.candidates(for: "Mushtaq Talib al-Saedi").map(\.reason) == [.oneEdit])
        #expect(index.candidates(for: "13th Brigade").isEmpty)
        #expect(index.candidates(for: "Abu Taqwa", excluding: 0).isEmpty)
        #expect(index.candidates(for: "Abu Fadak").isEmpty)
    }

    @Test func agreesWithAScanOverRandomNames() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abdeikmnoqrstuwy")
        let names = (0..<300).map { _ in String((0..<Int.random(in: 3...8, using: &generator)).map { _ in letters.randomElement(using: &generator)! }) }
        var index = NearMatchIndex()
        for (owner, name) in names.enumerated() { index.insert(name, owner: owner) }
        for probe in names.prefix(60) {
            let skeleton = NameSkeleton.of(probe)
            let expected = Set(names.indices.filter { owner in
                let other = NameSkeleton.of(names[owner])
                return other == skeleton || (skeleton.count >= 5 && other.count >= 5 && NearMatchIndex.withinOneEdit(skeleton[...], other[...]))
            })
            #expect(Set(index.candidates(for: probe).map(\.owner)) == expected, "\(probe)")
        }
    }

    @Test func oneEditCoversEachKindOfEdit() {
        func near(_ a: String, _ b: String) -> Bool { NearMatchIndex.withinOneEdit(a.unicodeScalars.map(\.value)[...], b.unicodeScalars.map(\.value)[...]) }
        #expect(near("saidi", "saedi") && near("saidi", "sadi") && near("saidi", "saiddi") && near("saidi", "siadi"))
        #expect(!near("saidi", "sdiai") && !near("saidi", "saidiii"))
    }
}
