@testable import ActorGraph
import SyntheticGraphs
import Testing

/// What an import makes of readers' items: catalogue matches reuse ids,
/// rows naming one new actor merge, near spellings are reported and never
/// merged, every item cites its file and row, and problems point at the
/// input's rows and columns. The text written always checks clean beside
/// the catalogue.
struct ImportAssemblerTests {
    static let catalogueText = """
    source r000 "Wire report" [date: 2024-01-04]
    state  us       "United States"  aka "US"
    group  nujaba   "Harakat al-Nujaba"  aka "Al Nujaba"
    group  nujaba-12 "12th Brigade of Harakat al-Nujaba"
    person abu-taqwa "Mushtaq Talib al-Saidi"  aka "Abu Taqwa"
    kind   event    [shape: "note"]
    abu-taqwa commands nujaba-12
    nujaba-12 part-of nujaba

    """

    /// A CSV-like document: one line of text per row, so row N is line N.
    static func document(rows: Int, entities: [ImportedEntity] = [], relations: [ImportedRelation] = [], path: String = "links.csv") -> ImportDocument {
        let text = (1...max(rows, 1)).map { "row \($0) text" }.joined(separator: "\n") + "\n"
        return ImportDocument(file: SourceFile(path: path, text: text), format: "csv", entities: entities, relations: relations)
    }

    /// The origin of row `n` of ``document(rows:entities:relations:path:)``, the whole line.
    static func row(_ n: Int, fields: [ImportField: Range<Int>] = [:]) -> ImportOrigin {
        let start = (1..<n).reduce(0) { offset, row in offset + "row \(row) text\n".utf8.count }
        return ImportOrigin(element: "row \(n)", span: start..<start + "row \(n) text".utf8.count, fields: fields)
    }

    static func entity(_ name: String, kind: String = "group", key: String? = nil, aliases: [String] = [], attributes: [Attribute] = [],
                       row n: Int) -> ImportedEntity {
        ImportedEntity(key: key, kind: kind, name: name, aliases: aliases, attributes: attributes, origin: row(n))
    }

    static func relation(_ subject: String, _ type: String, _ object: String, attributes: [Attribute] = [], row n: Int) -> ImportedRelation {
        ImportedRelation(subject: .name(subject), type: type, object: .name(object), attributes: attributes, origin: row(n))
    }

    static func catalogue() throws -> Graph { try graph(catalogueText) }

    /// Assembles `documents` against the catalogue and compiles the text beside it.
    static func imported(_ documents: [ImportDocument], defaultKind: String? = nil,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (ImportOutcome, Graph) {
        let outcome = ImportAssembler(catalogue: try catalogue(), defaultKind: defaultKind).assemble(documents)
        let text = try #require(outcome.text, "\(TextDiagnosticFormatter().format(outcome.diagnostics))", sourceLocation: sourceLocation)
        let result = GraphCompiler.compile([SourceFile(path: "catalogue.ag", text: catalogueText), SourceFile(path: "out.ag", text: text)])
        #expect(result.errorCount == 0, "\(TextDiagnosticFormatter().format(result.diagnostics))\n\(text)", sourceLocation: sourceLocation)
        return (outcome, try #require(result.graph, sourceLocation: sourceLocation))
    }

    @Test func catalogueActorsKeepTheirIdsByIdNameOrAlias() throws {
        let document = Self.document(rows: 4, entities: [
            Self.entity("whatever", key: "nujaba", row: 2),
            Self.entity("UNITED STATES", kind: "state", row: 3),
            Self.entity("abu taqwa", kind: "person", aliases: ["Abu Taqwaa"], row: 4),
        ], relations: [Self.relation("Abu Taqwa", "commands", "Al-Nujaba", row: 1)])
        let (outcome, graph) = try Self.imported([document])
        #expect(outcome.counts.entities == 0 && outcome.counts.matched == 3)
        #expect(outcome.report.matches.map(\.id) == ["nujaba", "us", "abu-taqwa"])
        #expect(outcome.report.matches.map(\.rule) == ["id", "name", "alias"])
        #expect(outcome.report.matches[2].newSpellings == ["Abu Taqwaa"])
        #expect(graph.entities.count == 4)
        let relation = try #require(graph.relations.last)
        #expect(graph.entities[relation.subject].id == "abu-taqwa" && graph.entities[relation.object].id == "nujaba")
    }

    @Test func rowsNamingOneNewActorBecomeOneEntityWithEverySpellingAndCitedValues() throws {
        let document = Self.document(rows: 3, entities: [
            Self.entity("Kata'ib Hezbollah", aliases: ["KH"], attributes: [Attribute("fighters", "10000")], row: 2),
            Self.entity("kataib hezbollah", aliases: ["Hezbollah Brigades"], attributes: [Attribute("fighters", "7000")], row: 3),
        ])
        let (outcome, graph) = try Self.imported([document])
        #expect(outcome.counts.entities == 1)
        let entity = try #require(graph.entities.last)
        #expect(entity.id == "kata-ib-hezbollah")
        #expect(entity.aliases == ["KH", "Hezbollah Brigades"])
        let fighters = try #require(entity.attributes.first { $0.key == "fighters" })
        #expect(fighters.values.map(\.text) == ["10000", "7000"])
        #expect(fighters.values.map { $0.citations.first?.quote } == ["row 2", "row 3"])
        #expect(entity.citations.map(\.quote) == ["row 2", "row 3"])
        #expect(outcome.report.merges.map(\.spellings) == [["Kata'ib Hezbollah", "KH", "Hezbollah Brigades"]])
    }

    @Test func nearSpellingsAreReportedAndWrittenAsCommentsButNeverMerged() throws {
        let document = Self.document(rows: 4, entities: [
            Self.entity("Abu Taqua", kind: "person", row: 2),
            Self.entity("Harakat el-Nujabaa", row: 3),
            Self.entity("13th Brigade of Harakat al-Nujaba", row: 4),
        ])
        let (outcome, graph) = try Self.imported([document])
        #expect(outcome.counts.entities == 3)
        #expect(outcome.report.candidates.map(\.candidateID) == ["abu-taqwa", "nujaba"])
        #expect(outcome.report.candidates.allSatisfy { $0.inCatalogue })
        #expect(graph.entities.suffix(3).map(\.id) == ["abu-taqua", "harakat-el-nujabaa", "13th-brigade-of-harakat-al-nujaba"])
        let text = try #require(outcome.text)
        #expect(text.contains("# possible duplicate: 'Abu Taqua' may be abu-taqwa ('Abu Taqwa', in the catalogue)"))
    }

    @Test func everyItemCitesItsFileAndRowUnderAFreshSourceId() throws {
        let catalogue = try Self.catalogue()
        let document = Self.document(rows: 2, entities: [Self.entity("Kataib Hezbollah", row: 1)],
                                     relations: [Self.relation("Kataib Hezbollah", "part-of", "Harakat al-Nujaba", row: 2)])
        let outcome = ImportAssembler(catalogue: catalogue, sourceDate: PartialDate("2024-02")).assemble([document, Self.document(rows: 1, path: "b.csv")])
        let text = try #require(outcome.text)
        #expect(text.contains("source imp1 \"links.csv\" [date: 2024-02, note: \"csv file links.csv, read by actorgraph import\"]"), "\(text)")
        #expect(text.contains("source imp2 \"b.csv\""))
        #expect(text.contains("kataib-hezbollah part-of nujaba [src: imp1 \"row 2\"]"))
    }

    @Test func problemsPointAtTheRowAndFieldAndNothingIsWritten() throws {
        // Row 2's kind cell is bytes 6..<10 of its line: "2 te".
        let start = "row 1 text\n".utf8.count
        let document = Self.document(rows: 6, entities: [
            ImportedEntity(key: nil, kind: "militia", name: "A", origin: Self.row(2, fields: [.kind: start + 4..<start + 5])),
            Self.entity("B", kind: "", row: 3),
            Self.entity("C", kind: "state", row: 1),
        ], relations: [
            Self.relation("A", "funds", "US", row: 4),
            Self.relation("C", "member-of", "US", row: 5),
            Self.relation("Abu Taqwa", "commands", "nujaba", attributes: [Attribute("date", "4/1/2024")], row: 6),
        ])
        let outcome = ImportAssembler(catalogue: try Self.catalogue()).assemble([document])
        #expect(outcome.text == nil)
        let found = outcome.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.id)" }
        #expect(found == ["2:5 unknown-kind", "3:1 missing-kind", "4:1 unknown-entity", "4:1 unknown-relation-type",
                          "5:1 endpoint-rule", "6:1 bad-date"])
        #expect(outcome.diagnostics[0].message.contains("\"kinds\": {\"militia\": \"group\"}"))
        #expect(outcome.diagnostics[3].message.contains("\"types\": {\"funds\": "))
    }

    @Test func relationsMayNameEntitiesOfAFileGivenAfterTheirs() throws {
        let links = Self.document(rows: 1, relations: [Self.relation("Kataib Hezbollah", "allied-with", "Nujaba", row: 1)], path: "links.csv")
        let people = Self.document(rows: 1, entities: [Self.entity("Kataib Hezbollah", row: 1)], path: "people.csv")
        let (outcome, graph) = try Self.imported([links, people])
        #expect(outcome.counts.relations == 1)
        #expect(graph.entities[try #require(graph.relations.last).subject].id == "kataib-hezbollah")
    }

    @Test func referenceKeysAreWrittenAsTheIdsOfTheEntitiesTheyName() throws {
        let document = Self.document(rows: 3, entities: [
            Self.entity("Baghdad strike", kind: "event", attributes: [Attribute("target", "Al Nujaba")], row: 1),
            Self.entity("Kataib Hezbollah", attributes: [Attribute("event", "Kirkuk strike")], row: 2),
            Self.entity("Kirkuk strike", kind: "event", row: 3),
        ], relations: [Self.relation("US", "attacked", "Al Nujaba", attributes: [Attribute("event", "baghdad strike")], row: 1)])
        let (_, graph) = try Self.imported([document])
        let strike = graph.entities[try #require(graph.entity(id: "baghdad-strike"))]
        // `target:` on an event assigns a role: a relation from the target to the event.
        #expect(strike.attributes.isEmpty)
        let target = try #require(graph.schema.role(named: "target"))
        #expect(graph.relations.contains { $0.type == target && $0.subject == graph.entity(id: "nujaba") && $0.object == graph.entity(id: "baghdad-strike") })
        let kataib = graph.entities[try #require(graph.entity(id: "kataib-hezbollah"))]
        #expect(kataib.attributes[0].values[0].entity == graph.entity(id: "kirkuk-strike"))
        #expect(graph.relations.last?.attributes[0].values[0].text == "baghdad-strike")
    }

    @Test func aReferenceNamingNoEntityIsReportedAtItsRow() throws {
        let document = Self.document(rows: 2, entities: [Self.entity("Kataib Hezbollah", attributes: [Attribute("place", "Jurf al-Sakhar")], row: 1)],
                                     relations: [Self.relation("US", "attacked", "Al Nujaba", attributes: [Attribute("target", "Abu Taqwaa")], row: 2)])
        let outcome = ImportAssembler(catalogue: try Self.catalogue()).assemble([document])
        #expect(outcome.text == nil)
        #expect(outcome.diagnostics.map { "\($0.location?.line ?? 0) \($0.id)" } == ["1 unknown-reference", "2 unknown-reference"])
        #expect(outcome.diagnostics[1].message.contains("'target' names an entity, but 'Abu Taqwaa' names no entity of the imported files or the catalogue; did you mean 'Mushtaq Talib al-Saidi' (abu-taqwa)?"))
        #expect(outcome.diagnostics[0].message.contains("map the column to another attribute to keep it as text"))
    }

    @Test func aMissingKindTakesTheDefault() throws {
        let document = Self.document(rows: 1, entities: [Self.entity("Saraya Awliya al-Dam", kind: "", row: 1)])
        let (_, graph) = try Self.imported([document], defaultKind: "group")
        #expect(graph.kind(of: graph.entities.count - 1).name == "group")
    }

    @Test func anArabicOnlyNameGetsAnIdFromItsKind() throws {
        let document = Self.document(rows: 2, entities: [Self.entity("كتائب حزب الله", row: 1), Self.entity("عصائب أهل الحق", row: 2)])
        let (_, graph) = try Self.imported([document])
        #expect(graph.entities.suffix(2).map(\.id) == ["group-1", "group-2"])
    }
}

/// `.ag` → JSON → `actorgraph import` → `.ag` gives the same graph, up to
/// the order of entities and the citations of the imported file.
struct JSONImportRoundTripTests {
    @Test(arguments: 0..<16) func randomGraphsComeBack(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = RandomEvidenceGraphs.text(using: &random, valueClaims: true)
        let original = try #require(GraphCompiler.compile([SourceFile(path: "r.ag", text: text)]).graph)
        let reading = JSONImporter().read(SourceFile(path: "g.json", bytes: JSONImporterTests.json(original)), settings: ImportSettings())
        let document = try #require(reading.document, "\(TextDiagnosticFormatter().format(reading.diagnostics))")
        let outcome = ImportAssembler().assemble([document])
        let written = try #require(outcome.text, "\(TextDiagnosticFormatter().format(outcome.diagnostics))")
        let result = GraphCompiler.compile([SourceFile(path: "out.ag", text: written)])
        let back = try #require(result.graph, "\(TextDiagnosticFormatter().format(result.diagnostics))\n\(written)")
        #expect(Summary(back, without: "imp1") == Summary(original, without: nil))
    }

    /// A graph's contents by id, indices turned into ids, the citations of
    /// one source left out.
    struct Summary: Equatable {
        var kinds: Set<EntityKind>
        var types: Set<RelationType>
        var sources: [String: String]
        var entities: [String: String]
        var relations: [String]

        init(_ graph: Graph, without dropped: String?) {
            func cited(_ citations: [Citation]) -> [String] {
                citations.compactMap { citation in
                    let id = graph.sources[citation.source].id
                    return id == dropped ? nil : "\(id) \(citation.quote ?? "-") \(citation.credibility ?? 0)"
                }
            }
            func attributes(_ attributes: [Attribute]) -> String {
                attributes.map { attribute in
                    "\(attribute.key)=" + attribute.values.map { value in
                        "\(value.text)\(cited(value.citations)) \(value.status) \(value.claimants.map { graph.entities[$0].id })"
                    }.joined(separator: "|")
                }.joined(separator: "; ")
            }
            kinds = Set(graph.schema.kinds)
            types = Set(graph.schema.relationTypes)
            sources = Dictionary(uniqueKeysWithValues: graph.sources.filter { $0.id != dropped }.map { ($0.id, "\($0)") })
            entities = Dictionary(uniqueKeysWithValues: graph.entities.map { entity in
                (entity.id, "\(graph.schema.kinds[entity.kind].name) \(entity.name) \(entity.aliases) \(attributes(entity.attributes)) \(cited(entity.citations))")
            })
            relations = graph.relations.map { relation in
                "\(graph.entities[relation.subject].id) \(graph.schema.relationTypes[relation.type].name) \(graph.entities[relation.object].id) "
                    + "\(relation.status) \(relation.claimants.map { graph.entities[$0].id }) \(attributes(relation.attributes)) \(cited(relation.citations)) "
                    + "\(relation.time.map { "\($0)" } ?? "-")"
            }
        }
    }
}
