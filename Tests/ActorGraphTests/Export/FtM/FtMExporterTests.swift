@testable import ActorGraph
import Foundation
import Testing

/// The FollowTheMoney export, read back line by line with a JSON parser and
/// compared with the compiled graph: schemata by kind and by role, ends,
/// claims, citations, dates with their precision, disputed values.
struct FtMExporterTests {
    let graph: Graph

    init() throws {
        graph = try #require(GraphCompiler.compile([SourceFile(path: "evidence.ag", bytes: try fixture("evidence.ag").bytes)]).graph)
    }

    /// Each line as a JSON object, in file order.
    private func lines(_ view: GraphView) throws -> [[String: Any]] {
        let bytes = try FtMExporter().export(view, options: ExportOptions()).bytes
        #expect(bytes.last == UInt8(ascii: "\n"))
        return try bytes.split(separator: UInt8(ascii: "\n")).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        }
    }

    /// The lines by id, requiring ids to be unique.
    private func entities(_ view: GraphView) throws -> [String: [String: Any]] {
        let all = try lines(view)
        let byID = Dictionary(all.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == all.count, "ids repeat")
        return byID
    }

    private func values(_ entity: [String: Any]?, _ property: String) -> [String]? {
        (entity?["properties"] as? [String: Any])?[property] as? [String]
    }

    @Test func everyEntityHasTheSchemaOfItsKindAndItsNames() throws {
        let byID = try entities(graph.view)
        let schemata = ["person": "Person", "group": "Organization", "state": "PublicBody", "event": "Event"]
        for entity in graph.entities {
            let line = byID["ag-" + entity.id]
            let kind = graph.schema.kinds[entity.kind].name
            #expect(line?["schema"] as? String == schemata[kind])
            #expect(values(line, "name") == [entity.name])
            #expect(values(line, "keywords") == [kind])
        }
    }

    @Test func relationsBecomeIntervalsByTheRoleOfTheirType() throws {
        let byID = try entities(graph.view)
        #expect(byID.count == graph.sources.count + graph.entities.count + graph.entities.map(\.citations.count).reduce(0, +) + graph.relations.count)
        for (index, relation) in graph.relations.enumerated() {
            let line = try #require(byID["ag.rel-\(index)"])
            let type = graph.schema.relationTypes[relation.type]
            let (schema, subject, object) = type.role == .membership ? ("Membership", "member", "organization") : ("UnknownLink", "subject", "object")
            #expect(line["schema"] as? String == schema)
            #expect(values(line, subject) == ["ag-" + graph.entities[relation.subject].id])
            #expect(values(line, object) == ["ag-" + graph.entities[relation.object].id])
            #expect(values(line, "role") == [type.name])
            #expect(values(line, "status") == [relation.status.rawValue])
            #expect((values(line, "proof") ?? []) == relation.citations.map { "ag.src-" + graph.sources[$0.source].id })
            let summary = values(line, "summary") ?? []
            #expect(summary == relation.citations.map { EvidenceText.citation($0, in: graph) })
            if let claim = graph.claim(of: index) { #expect(values(line, "description")?.first == claim) }
        }
        let alleged = try #require(byID["ag.rel-1"])
        #expect(values(alleged, "description")?.first == "alleged by Iraqi Army")
        #expect(values(alleged, "summary") == [#"r000 "coalition forces responsible" (B) — Wire report"#])
    }

    @Test func sourcesAreArticlesAndEntityCitationsDocumentation() throws {
        let byID = try entities(graph.view)
        let wire = try #require(byID["ag.src-r000"])
        #expect(wire["schema"] as? String == "Article")
        #expect(values(wire, "title") == ["Wire report"])
        #expect(values(wire, "publishedAt") == ["2024-01-04"])
        #expect(values(wire, "publisher") == ["EFE"])
        #expect(values(wire, "notes") == ["reliability: B", "outlet: EFE"])
        let citation = try #require(byID["ag.cite-nujaba-0"])
        #expect(citation["schema"] as? String == "Documentation")
        #expect(values(citation, "document") == ["ag.src-r000"])
        #expect(values(citation, "entity") == ["ag-nujaba"])
    }

    @Test func datesKeepTheirPrecisionAndDisputedValuesStaySideBySide() throws {
        let byID = try entities(graph.view)
        #expect(values(byID["ag.rel-3"], "startDate") == ["2019"])
        #expect(values(byID["ag.rel-4"], "startDate") == ["2023-12"] && values(byID["ag.rel-4"], "endDate") == ["2024-01"])
        #expect(values(byID["ag.rel-0"], "date") == ["2024-01-04"])
        let strike = byID["ag-strike"]
        #expect(values(strike, "date") == ["2024-01-04"])
        #expect(values(strike, "notes")?.contains(#"killed: 3 (r000 "At least three" (B)) / 2 (r001 "At least two" (C2))"#) == true)
    }

    @Test func endsOutsideASchemasRangesFallBackToAnUnknownLink() throws {
        let mixed = try ActorGraphTests.graph("""
        kind event
        relation joined [from: any, to: any, role: membership]
        relation paid-by [from: any, to: any, role: funding]
        person p "P"
        state s "S"
        event e "E"
        p joined s
        e joined s
        p paid-by s
        e paid-by s
        p commands p
        """)
        let byID = try entities(mixed.view)
        #expect(byID["ag.rel-0"]?["schema"] as? String == "Membership")
        #expect(byID["ag.rel-1"]?["schema"] as? String == "UnknownLink" && values(byID["ag.rel-1"], "role") == ["joined"])
        #expect(byID["ag.rel-2"]?["schema"] as? String == "Payment")
        #expect(values(byID["ag.rel-2"], "payer") == ["ag-s"] && values(byID["ag.rel-2"], "beneficiary") == ["ag-p"])
        #expect(values(byID["ag.rel-2"], "purpose") == ["paid-by"] && values(byID["ag.rel-2"], "status") == nil)
        #expect(byID["ag.rel-3"]?["schema"] as? String == "UnknownLink")
        #expect(byID["ag.rel-4"]?["schema"] as? String == "Control")
    }

    @Test func idsAreEscapedIntoFtMsAlphabetReversibly() {
        #expect(FtMID.entity("abu-taqwa") == "ag-abu-taqwa")
        #expect(FtMID.entity("abu_taqwa.2") == "ag-abu.5ftaqwa.2e2")
        #expect(FtMID.entity("trailing-") == "ag-trailing.2d")
        #expect(FtMID.entity("rel-3") != "ag.rel-3")
        #expect(FtMID.citation(entity: "a_b", 2) == "ag.cite-a.5fb-2")
    }

    @Test func valuesTakeTheFormFtMKeeps() {
        #expect(FtMText.name("two\nlines") == "two lines")
        #expect(FtMText.name("  tab\there  ") == "tab here")
        #expect(FtMText.name("\"quoted\"") == "quoted")
        #expect(FtMText.name("\"two\nlines\"") == "two lines")
        #expect(FtMText.name("\"\"nested\"\"") == "nested")
        #expect(FtMText.text("left\u{200F}\u{2003}to\u{0007}right ") == "left toright")
        #expect(FtMText.name("zero\u{200B}width") == "zerowidth")
        #expect(FtMText.name("حركة النجباء") == "حركة النجباء")
        #expect(FtMText.text(" text\nkept \n") == "text\nkept")
        // Strings compare by canonical equivalence, so NFC shows only in the scalars.
        #expect(Array(FtMText.name("Cafe\u{301} — “al-Nujaba”").unicodeScalars) == Array("Caf\u{E9} — “al-Nujaba”".unicodeScalars))
        #expect(FtMText.address("Street 1;\nAl-Karrada ,, Baghdad") == "Street 1, Al-Karrada , Baghdad")
    }

    @Test func hostileNamesLeaveTheStructureUnchanged() throws {
        let names = [#"He said "stop""#, #"C:\path\to\"#, "two\nlines", "<b>&amp;</b> & <i>", "حركة النجباء", "emoji 😀",
                     "=cmd|' /C calc'!A0", "}]},{\"id\":\"x\"", "ag.rel-0", "\u{2028}separator"]
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var text = "source r0 \"Wire <&>\" [reliability: B]\n"
        for (index, name) in names.enumerated() { text += "group g\(index) \(quoted(name)) aka \(quoted("alias " + name))\n" }
        for index in 1..<names.count { text += "g0 attacked g\(index) [status: alleged, by: g1, src: r0 \(quoted(names[index])) 2, note: \(quoted(names[index]))]\n" }
        let hostile = try ActorGraphTests.graph(text)
        let byID = try entities(hostile.view)
        #expect(byID.count == 1 + names.count + names.count - 1)
        #expect(values(byID["ag-g2"], "name") == ["two lines"] && values(byID["ag-g9"], "name") == ["separator"])
        for (index, name) in names.enumerated() {
            #expect(values(byID["ag-g\(index)"], "name") == [FtMText.name(name)])
            #expect(values(byID["ag-g\(index)"], "alias") == [FtMText.name("alias " + name)])
        }
        for index in 1..<names.count {
            let line = byID["ag.rel-\(index - 1)"]
            #expect(values(line, "object") == ["ag-g\(index)"])
            #expect(values(line, "summary") == [FtMText.text("r0 \"\(names[index])\" (B2) — Wire <&>")])
        }
    }

    /// FtM drops repeated values, so the export writes each once, in the
    /// order first given, including values that repeat only once cleaned.
    @Test func repeatedValuesAreWrittenOnceInTheirFirstOrder() throws {
        let repeated = try ActorGraphTests.graph("""
            group a "A" aka "Beta", "Alpha", "Beta", " Gamma ", "Alpha", "Gamma", "", "Delta", "Beta"
            """)
        #expect(values(try entities(repeated.view)["ag-a"], "alias") == ["Beta", "Alpha", "Gamma", "Delta"])
    }

    @Test func aFilteredExportKeepsTheIdsOfTheWhole() throws {
        let view = graph.filtered(by: EvidenceFilter(minimumStatus: .confirmed))
        let relations = try lines(view).compactMap { $0["id"] as? String }.filter { $0.hasPrefix("ag.rel-") }
        #expect(relations == view.relationIndices.map { "ag.rel-\($0)" })
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try FtMExporter().export(graph.view, options: ExportOptions()).bytes
        let second = try FtMExporter().export(graph.view, options: ExportOptions()).bytes
        #expect(first == second)
        try Golden.check(String(decoding: first, as: UTF8.self), "ftm-evidence.ftm")
    }
}
