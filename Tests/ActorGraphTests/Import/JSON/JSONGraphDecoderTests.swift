@testable import ActorGraph
import Testing

/// What the decoder makes of an ActorGraph document's fields, and every
/// field it refuses, at the JSON's own lines and columns.
struct JSONGraphDecoderTests {
    static let header = #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":[]},"sources":[],"#

    @Test func aTimeWithoutDateAttributesBecomesThem() throws {
        let text = #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":[]},"sources":[],"entities":["#
            + #"{"id":"a","kind":"group","name":"A"}],"relations":[{"subject":"a","type":"attacked","object":"a","time":{"from":"2019","to":"2020-02"}}]}"#
        let graph = try JSONImporterTests.reimport(Array(text.utf8))
        #expect(graph.relations[0].time == TimeSpan(start: PartialDate("2019"), end: PartialDate("2020-02")))
    }

    @Test func otherJSONAndOtherVersionsAreRefused() {
        #expect(JSONImporterTests.problems(#"{"nodes": []}"#).map(\.id) == [.notActorGraphJSON])
        #expect(JSONImporterTests.problems(#"{"format":"actorgraph","version":2}"#).map(\.id) == [.notActorGraphJSON])
        #expect(JSONImporterTests.problems("[1]").map(\.id) == [.badJSONField])
    }

    @Test func everyBadFieldIsReportedInOneRun() throws {
        let text = Self.header + "\n\"entities\":[\n"
            + #"{"id":"a b","kind":"group","name":"A"},"# + "\n"
            + #"{"id":"c","kind":"group","name":7},"# + "\n"
            + #"{"id":"d","kind":"groop","name":"D"},"# + "\n"
            + #"{"id":"e","kind":"group"}],"# + "\n"
            + #""relations":[{"subject":"e","type":"attacked","object":"x","status":"rumoured"},{"subject":"d","type":"attacked","object":"c"}]}"#
        let found = JSONImporterTests.problems(text)
        // The relation naming the broken "d" and "c" adds nothing.
        #expect(found.map(\.id) == [.invalidJSONName, .badJSONField, .unknownKind, .badJSONField, .unknownEntity, .unknownStatus])
        #expect(found.map { $0.location?.line } == [3, 4, 5, 6, 7, 7])
        #expect(found[1].message.contains("\"name\" of an entity is a number; it must be a string"))
        #expect(found[3].message.contains("has no \"name\""))
        let status = JSONImporterTests.problems(Self.header + #""entities":[{"id":"e","kind":"group","name":"E"}],"relations":[{"subject":"e","type":"attacked","object":"e","status":"rumoured"}]}"#)
        #expect(status.map(\.id) == [.unknownStatus])
    }

    @Test func reservedNamesAndKeysAreRefused() {
        let text = Self.header + #""entities":[{"id":"kind","kind":"group","name":"K"},{"id":"group","kind":"group","name":"G"},"#
            + #"{"id":"e","kind":"group","name":"E","attributes":[{"key":"src","values":[{"text":"x","citations":[]}]}]}],"relations":[]}"#
        #expect(JSONImporterTests.problems(text).map(\.id) == [.invalidJSONName, .invalidJSONName, .invalidJSONName])
    }

    @Test func referencesToNothingAreReportedButNotThoseToBrokenItems() {
        let text = #"{"format":"actorgraph","version":1,"schema":{"kinds":[],"relationTypes":["#
            + #"{"name":"commands","subjects":"any","objects":"any","role":"command","symmetric":false,"color":"red","line":"bold","arrowhead":"normal"}]},"#
            + #""sources":[{"id":"r0","title":3}],"entities":[{"id":"a","kind":"group","name":"A","citations":[{"source":"r0"},{"source":"r9"}]}],"#
            + #""relations":[{"subject":"a","type":"blames","object":"a"}]}"#
        let found = JSONImporterTests.problems(text)
        #expect(found.map(\.id) == [.badJSONField, .badJSONField, .unknownSource, .unknownRelationType])
        #expect(found[0].message.contains("built-in 'commands' are fixed"))
    }

    @Test func referenceKeysComeBack() throws {
        let original = try graph("kind event [refs: site]\nrelation hit [refs: weapon|site]\ngroup a\nevent e [site: a]\na hit e [weapon: \"A\"]")
        let back = try JSONImporterTests.reimport(JSONImporterTests.json(original))
        #expect(back.schema.kinds[try #require(back.schema.kind(named: "event"))].referenceKeys == ["site"])
        #expect(back.schema.relationTypes[try #require(back.schema.relationType(named: "hit"))].referenceKeys == ["weapon", "site"])
        #expect(back.relations[0].attributes[0].values[0].entity == back.entity(id: "a"))
    }

    @Test func referenceKeysThatCannotNameEntitiesAreRefused() {
        let kinds = #"{"name":"event","actor":false,"shape":"note","color":"gray40","refs":["site","date"]}"#
        let found = JSONImporterTests.problems(#"{"format":"actorgraph","version":1,"schema":{"kinds":["# + kinds
            + #"],"relationTypes":[]},"sources":[],"entities":[],"relations":[]}"#)
        #expect(found.map(\.id) == [.invalidReferenceKey])
    }

    @Test func onlyTheBuiltInKindsAreActors() {
        let kinds = #"{"name":"event","actor":true,"shape":"note","color":"gray40"},{"name":"person","actor":false,"shape":"box","color":"red"}"#
        let found = JSONImporterTests.problems(#"{"format":"actorgraph","version":1,"schema":{"kinds":["# + kinds
            + #"],"relationTypes":[]},"sources":[],"entities":[],"relations":[]}"#)
        #expect(found.map(\.id) == [.badJSONField, .badJSONField])
        #expect(found.first?.message.contains("only person, group and state are actors") == true)
    }
}
