@testable import ActorGraph
import Testing

/// Transliteration variants share a skeleton; different names do not.
struct NameSkeletonTests {
    @Test func variantsOfOneNameShareASkeleton() {
        for group in [["Abu Taqwa", "Abu Taqua", "abu taqwaa", "ABU TAQWAH"],
                      ["Al Nujaba", "al-Nujaba'a", "el-Nujaba", "Nujaba"],
                      ["Qais al-Khazali", "Qays al-Khazaly", "Kais Khazali"]] {
            #expect(Set(group.map(NameSkeleton.of)).count == 1, "\(group.map(NameSkeleton.of))")
        }
    }

    @Test func differentNamesKeepDifferentSkeletons() {
        #expect(NameSkeleton.of("Abu Taqwa") != NameSkeleton.of("Abu Fadak"))
        #expect(NameSkeleton.of("Kataib Hezbollah") != NameSkeleton.of("Kataib Sayyid al-Shuhada"))
    }

    @Test func aLoneArticleIsKeptAndEmptyNamesGiveNothing() {
        #expect(NameSkeleton.of("Al") == Array("al".unicodeScalars.map(\.value)))
        #expect(NameSkeleton.of("--").isEmpty)
    }
}
