import Testing
@testable import ActorGraph

struct NameKeyTests {
    @Test(arguments: [
        ("al nujabaa", "al-Nujaba'a"),
        ("ABU TAQWA", "Abu Taqwa"),
        ("Qasem Soleimani", "qasem  soleimani"),
        ("Sudani", "Sūdānī"),
        ("Al-Saidi", "al Saidi"),
    ])
    func equivalentSpellingsShareAKey(_ a: String, _ b: String) {
        #expect(NameKey.fold(a) == NameKey.fold(b))
    }

    @Test func differentNamesDiffer() {
        #expect(NameKey.fold("Abu Taqwa") != NameKey.fold("Abu Taqua"))
    }

    @Test func arabicLettersAreKeptAndMarksDropped() {
        #expect(NameKey.fold("حركة النجباء") == "حركةالنجباء")
        #expect(NameKey.fold("نُجَباء") == "نجباء")
    }

    @Test func punctuationOnlyFoldsToEmpty() {
        #expect(NameKey.fold("-- ' --").isEmpty)
    }
}
