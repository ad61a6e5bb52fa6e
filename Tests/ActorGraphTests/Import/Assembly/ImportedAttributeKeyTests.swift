import Testing
@testable import ActorGraph

struct ImportedAttributeKeyTests {
    @Test(arguments: [
        ("birthDate", "birthDate"), ("Date of birth", "Date-of-birth"), ("source url", "source-url"), ("-x.y", "x.y"),
        ("a  //  b", "a-b"), ("حركة", nil), ("", nil), ("__id", "__id"), ("src", "src_"), ("status", "status"), ("name:", "name"),
    ] as [(String, String?)])
    func namesBecomeWords(name: String, key: String?) {
        #expect(ImportedAttributeKey.slug(name) == key)
        if let key { #expect(AGWriter.isWord(key)) }
    }

    @Test func relationsReserveTheirClaimKeys() {
        #expect(ImportedAttributeKey.slug("status", onRelation: true) == "status_")
        #expect(ImportedAttributeKey.slug("by", onRelation: true) == "by_")
        #expect(ImportedAttributeKey.slug("date", onRelation: true) == "date")
    }
}
