import ActorGraph
import Foundation
import Testing

/// The STIX bundle, read back with a JSON parser and compared with the
/// compiled graph: an object for every entity and relation, claims,
/// claimants, dates with their precision, grades, reports and denials.
struct STIXExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    private func objects(_ view: GraphView) throws -> [[String: Any]] {
        let bytes = try STIXExporter().export(view, options: ExportOptions()).bytes
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(bundle["type"] as? String == "bundle")
        return try #require(bundle["objects"] as? [[String: Any]])
    }

    /// The object whose `x_actorgraph_id` is `id` and whose type is not a report.
    private func item(_ id: String, in objects: [[String: Any]]) throws -> [String: Any] {
        try #require(objects.first { $0["x_actorgraph_id"] as? String == id && $0["type"] as? String != "report" })
    }

    @Test func everyEntityAndRelationHasItsObject() throws {
        let objects = try objects(graph.view)
        let byID = Dictionary(objects.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == objects.count, "STIX ids are unique")
        for entity in graph.entities {
            let object = try item(entity.id, in: objects)
            #expect(object["name"] as? String == entity.name)
            #expect(object["x_actorgraph_kind"] as? String == graph.schema.kinds[entity.kind].name)
            #expect(object["spec_version"] as? String == "2.1")
        }
        for (index, relation) in graph.relations.enumerated() {
            let object = try item("rel-\(index)", in: objects)
            #expect(object["type"] as? String == "relationship")
            let source = try #require(byID[object["source_ref"] as? String ?? ""])
            let target = try #require(byID[object["target_ref"] as? String ?? ""])
            #expect(source["x_actorgraph_id"] as? String == graph.entities[relation.subject].id)
            #expect(target["x_actorgraph_id"] as? String == graph.entities[relation.object].id)
            #expect(object["x_actorgraph_type"] as? String == graph.schema.relationTypes[relation.type].name)
            #expect(object["x_actorgraph_status"] as? String == relation.status.rawValue)
            let claimants = (object["x_actorgraph_claimant_refs"] as? [String] ?? []).map { byID[$0]?["x_actorgraph_id"] as? String }
            #expect(claimants == relation.claimants.map { graph.entities[$0].id })
        }
    }

    @Test func kindsAndRelationTypesBecomeSTIXsOwnWhereOneFits() throws {
        let objects = try objects(graph.view)
        #expect(try item("ryder", in: objects)["identity_class"] as? String == "individual")
        #expect(try item("us", in: objects)["threat_actor_types"] as? [String] == ["nation-state"], "a state that attacked")
        #expect(try item("coal", in: objects)["type"] as? String == "threat-actor", "a group that attacked")
        #expect(try item("nujaba", in: objects)["identity_class"] as? String == "organization", "a group that did not")
        #expect(try item("strike", in: objects)["type"] as? String == "incident")
        #expect(try item("rel-0", in: objects)["relationship_type"] as? String == "targets")
        #expect(try item("rel-3", in: objects)["relationship_type"] as? String == "member-of")
    }

    @Test func aPlaceIsALocationWhenItSaysWhereItIs() throws {
        let places = try ActorGraphTests.graph("""
            kind place
            place baghdad "Baghdad" [country: "IQ", region: "western-asia"]
            place camp "Camp" [country: "IQ" [src: r0], "SY" [src: r1]]
            place nowhere "Nowhere"
            source r0 "One"
            source r1 "Two"
            baghdad allied-with camp
            camp allied-with nowhere
            """)
        let objects = try objects(places.view)
        let baghdad = try item("baghdad", in: objects)
        #expect(baghdad["type"] as? String == "location" && baghdad["country"] as? String == "IQ" && baghdad["region"] as? String == "western-asia")
        #expect(try item("camp", in: objects)["country"] as? String == "IQ", "the first of disputed values")
        #expect(try item("nowhere", in: objects)["identity_class"] as? String == "unknown")
    }

    @Test func datesKeepTheirPrecisionBesideTheTimestamps() throws {
        let objects = try objects(graph.view)
        let event = try item("rel-0", in: objects)
        #expect(event["start_time"] as? String == "2024-01-04T00:00:00.000Z")
        #expect(event["stop_time"] as? String == "2024-01-04T23:59:59.999Z")
        #expect(event["x_actorgraph_date"] as? String == "2024-01-04")
        let year = try item("rel-3", in: objects)
        #expect(year["start_time"] as? String == "2019-01-01T00:00:00.000Z" && year["stop_time"] == nil)
        #expect(year["x_actorgraph_from"] as? String == "2019")
        let span = try item("rel-4", in: objects)
        #expect(span["stop_time"] as? String == "2024-01-31T23:59:59.999Z")
        #expect(span["x_actorgraph_from"] as? String == "2023-12" && span["x_actorgraph_to"] as? String == "2024-01")
    }

    /// STIX wants `modified` no earlier than `created`, the epoch, even
    /// when every source is older: the objects are then modified at the epoch.
    @Test func sourcesBeforeTheEpochAreNeverModifiedBeforeCreated() throws {
        let old = try ActorGraphTests.graph("""
            source s0 "old" [date: 1968]
            group a "A" [src: s0]
            group b "B"
            a allied-with b [src: s0]
            """)
        let objects = try objects(old.view)
        #expect(objects.count == 5, "the author, two entities, the relationship and the report")
        for object in objects {
            #expect(object["created"] as? String == "1970-01-01T00:00:00.000Z")
            #expect(object["modified"] as? String == "1970-01-01T00:00:00.000Z", "\(object["type"] ?? "")")
        }
        #expect(objects.first { $0["type"] as? String == "report" }?["published"] as? String == "1968-01-01T00:00:00.000Z", "the report keeps its date")
    }

    @Test func gradesBecomeConfidenceAndReliability() throws {
        let objects = try objects(graph.view)
        #expect(try item("rel-0", in: objects)["confidence"] as? Int == 90, "the best grade among r000 (1) and r001 (none)")
        #expect(try item("rel-1", in: objects)["confidence"] == nil, "no grade, no confidence")
        let authors = objects.filter { $0["x_actorgraph_source"] != nil }
        #expect(authors.map { $0["x_opencti_reliability"] as? String } == ["B - Usually reliable", "C - Fairly reliable"])
        #expect(authors.map { $0["name"] as? String } == ["EFE", "Reuters"])
    }

    @Test func disputedValuesStaySideBySideWithTheirCitations() throws {
        let strike = try item("strike", in: try objects(graph.view))
        let attributes = try #require(strike["x_actorgraph_attributes"] as? [[String: Any]])
        let killed = try #require(attributes.first { $0["key"] as? String == "killed" }?["values"] as? [[String: Any]])
        #expect(killed.map { $0["text"] as? String } == ["3", "2"])
        let citations = killed.compactMap { ($0["citations"] as? [[String: Any]])?.first }
        #expect(citations.map { $0["quote"] as? String } == ["At least three", "At least two"])
        #expect(citations.map { $0["credibility"] as? Int } == [nil, 2])
    }

    @Test func sourcesAreReportsOfTheObjectsThatCiteThem() throws {
        let objects = try objects(graph.view)
        let reports = objects.filter { $0["type"] as? String == "report" }
        #expect(reports.map { $0["x_actorgraph_id"] as? String } == graph.sources.map(\.id))
        let wire = try #require(reports.first)
        #expect(wire["name"] as? String == "Wire report" && wire["published"] as? String == "2024-01-04T00:00:00.000Z")
        let cited = Set((wire["object_refs"] as? [String] ?? []).compactMap { ref in objects.first { $0["id"] as? String == ref }?["x_actorgraph_id"] as? String })
        #expect(cited == ["nujaba", "strike", "rel-0", "rel-1", "rel-2"])
        let reference = try #require((wire["external_references"] as? [[String: Any]])?.first)
        #expect(reference["source_name"] as? String == "EFE" && reference["external_id"] as? String == "r000")
    }

    @Test func aDenialIsAnOpinionThatStronglyDisagrees() throws {
        let objects = try objects(graph.view)
        let denied = try item("rel-4", in: objects)
        let opinions = objects.filter { $0["type"] as? String == "opinion" }
        #expect(opinions.count == 1)
        #expect(opinions.first?["opinion"] as? String == "strongly-disagree")
        #expect(opinions.first?["object_refs"] as? [String] == [try #require(denied["id"] as? String)])
        #expect(opinions.first?["authors"] as? [String] == ["US-led coalition"])
    }

    @Test func hostileNamesComeBackUnchanged() throws {
        let names = ["He said \"stop\"", "C:\\path\\", "two\nlines", "<b>&amp;</b>", "حركة النجباء", "emoji 😀", "=cmd|' /C calc'!A0",
                     "\"},{\"type\":\"identity\"", "\u{2028}x_actorgraph_id", "tab\there"]
        let hostile = try Graph {
            for (index, name) in names.enumerated() { Group("g\(index)", name, aka: [name + " alias"]) }
            for index in names.indices.dropFirst() { Relate("g0", "attacked", "g\(index)", attributes: [Attribute("note", names[index])]) }
        }
        let objects = try objects(hostile.view)
        #expect(objects.count == names.count * 2 - 1)
        for (index, name) in names.enumerated() {
            let object = try item("g\(index)", in: objects)
            #expect(object["name"] as? String == name)
            #expect((object["aliases"] ?? object["x_opencti_aliases"]) as? [String] == [name + " alias"])
        }
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWhole() throws {
        let whole = try objects(graph.view)
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let filtered = try objects(view)
        #expect(filtered.filter { $0["type"] as? String == "relationship" }.map { $0["x_actorgraph_id"] as? String } == view.relationIndices.map { "rel-\($0)" })
        for object in filtered where object["x_actorgraph_id"] != nil {
            let id = object["id"] as? String
            #expect(whole.contains { $0["id"] as? String == id })
        }
        #expect(!filtered.contains { $0["type"] as? String == "opinion" }, "the denial is filtered out with its relation")
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try STIXExporter().export(graph.view, options: ExportOptions()).bytes
        let second = try STIXExporter().export(graph.view, options: ExportOptions()).bytes
        #expect(first == second)
    }

    /// The whole bundle of the fixture, for review: a change in the mapping shows as a diff.
    @Test func golden() throws {
        let bytes = try STIXExporter().export(graph.view, options: ExportOptions()).bytes
        try Golden.check(String(decoding: bytes, as: UTF8.self), "stix-evidence.json")
    }

    @Test func theStixExtensionPicksIt() {
        #expect(FormatRegistry.standard.exporter(forPath: "out/strike.stix")?.format.name == "stix")
        #expect(FormatRegistry.standard.exporter(forPath: "out/strike.json")?.format.name == "json")
    }
}
