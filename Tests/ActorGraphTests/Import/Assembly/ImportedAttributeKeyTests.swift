import Testing
@testable import ActorGraph

struct ImportedAttributeKeyTests {
    @Test(arguments: [
        ("birthDate", "birth-date"), ("Date of birth", "date-of-birth"), ("source url", "source-url"), ("-x.y", "x-y"),
        ("a  //  b", "a-b"), ("حركة", nil), ("", nil), ("__id", "id"), ("src", "src_"), ("SRC", "src_"), ("status", "status"), ("name:", "name"),
    ] as [(String, String?)])
    func namesBecomeWords(name: String, key: String?) {
        #expect(ImportedAttributeKey.slug(name) == key)
        if let key { #expect(AGWriter.isWord(key)) }
    }

    @Test func relationsReserveTheirClaimKeys() {
        #expect(ImportedAttributeKey.slug("status", onRelation: true) == "status_")
        #expect(ImportedAttributeKey.slug("By", onRelation: true) == "by_")
        #expect(ImportedAttributeKey.slug("date", onRelation: true) == "date")
    }

    @Test func onlyReservedKeysAreRenamed() {
        #expect(ImportedAttributeKey.unreserved("from", reserving: ["from", "to"]) == "from_")
        #expect(ImportedAttributeKey.unreserved("from_", reserving: ["from", "to"]) == "from_")
        #expect(ImportedAttributeKey.unreserved("notes", reserving: ImportedAttributeKey.reservedOnRelations) == "notes")
    }
}
