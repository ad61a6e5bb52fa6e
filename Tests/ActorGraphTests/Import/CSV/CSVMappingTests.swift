import Testing
@testable import ActorGraph

/// The mapping file's own problems, at their places in it.
struct CSVMappingTests {
    private func expect(_ mapping: String, _ expected: [String], csv: String = "from,to\nA,B\n",
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(CSVTest.problems(csv, mapping: mapping) == expected, sourceLocation: sourceLocation)
    }

    @Test func malformedJSON() {
        expect(#"{"columns": }"#, ["m.json:1:13: malformed-json: malformed JSON: expected a value, found '}'"])
    }

    @Test func unknownKeysRolesAndWrongTypes() {
        expect("""
            {"colums": {},
             "columns": {"from": "subj", "to": "attribute:a b"},
             "separator": 3, "delimiter": "::", "statuses": {"x": "maybe"}, "types": {"a": {"reverse": true}}, "encoding": "ebcdic"}
            """, [
            "m.json:1:2: bad-csv-mapping: unknown key 'colums' in the CSV mapping; the keys are columns, kinds, types, statuses, separator, delimiter, kind, endpointKind, type, encoding",
            "m.json:2:22: bad-csv-mapping: unknown role 'subj' for column 'from'; use one of aliases, claimants, credibility, date, end, id, ignore, kind, name, object, object-kind, quote, source, start, status, subject, subject-kind, type, url, or attribute:KEY",
            "m.json:2:36: bad-csv-mapping: 'a b' is not a word .ag takes as a key; use letters, digits, '_', '-' and '.', starting with a letter, digit or '_'",
            "m.json:3:15: bad-csv-mapping: \"separator\" must be a string, not a number",
            "m.json:3:31: bad-csv-mapping: \"delimiter\" must be one ASCII character other than a quote or line break, such as \",\", \";\" or \"\\t\"",
            "m.json:3:55: bad-csv-mapping: 'maybe' is not a claim status; use reported, claimed, alleged, assessed, confirmed or denied",
            "m.json:3:80: bad-csv-mapping: 'a' under \"types\" must be a relation type's name or {\"type\": \"funded-by\", \"reverse\": true}; \"type\" is missing",
            "m.json:3:112: bad-csv-mapping: unknown \"encoding\"; use \"utf-8\" or \"latin1\"",
        ])
    }

    @Test func aMappingWithNoneOfTheHeadersColumnsIsWarnedAboutAtTheHeader() throws {
        let reading = CSVTest.read("from,to\nA,B\n", mapping: #"{"columns": {"Actor C": "subject", "Actor D": "object"}}"#)
        #expect(reading.diagnostics.map { "\($0.location?.path ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.severity): \($0.message)" } == [
            "t.csv:1:1: warning: row 1: the mapping does not fit this file: it maps the columns 'Actor C', 'Actor D', and the header has none of them "
                + "(its columns are 'from', 'to'); correct the names under \"columns\" in the mapping, or import this file with another mapping",
        ])
        #expect(reading.diagnostics.map(\.id) == [.unmatchedCSVMapping])
        // The file is still read by its own header names.
        #expect(try #require(reading.document).relations.count == 1)
    }

    @Test func aMappingOfSeveralFilesNamesColumnsEachFileLacks() throws {
        let mapping = #"{"columns": {"Actor": "name", "Group": "kind", "Source Actor": "subject", "Target Actor": "object", "Kind": "type"}}"#
        let entities = try CSVTest.document("Actor,Group\nAbu Taqwa,person\n", mapping: mapping)
        #expect(entities.entities.map(\.kind) == ["person"])
        let relations = try CSVTest.document("Source Actor,Kind,Target Actor\nAbu Taqwa,commands,Nujaba\n", mapping: mapping)
        #expect(relations.relations.map(\.type) == ["commands"])
    }

    /// `actorgraph import` shows a diagnostic given alike by several files once.
    @Test func theMappingsProblemsAreTheSameWhateverFileItServes() {
        let settings = ImportSettings(mapping: SourceFile(path: "m.json", text: #"{"columns": {"Actor": "name"}, "kind": 1}"#))
        let readings = [("a.csv", "Actor\nA\n"), ("b.csv", "from,to\nA,B\n")].map { CSVReader().read(SourceFile(path: $0, text: $1), settings: settings) }
        let mappingProblems = readings.map { $0.diagnostics.filter { $0.location?.path == "m.json" } }
        #expect(mappingProblems[0].map(\.id) == [.badCSVMapping])
        #expect(mappingProblems[0] == mappingProblems[1])
    }

    @Test func aRoleTheFileCannotHave() {
        expect(#"{"columns": {"kind": "status"}}"#, [
            "m.json:1:14: bad-csv-mapping: column 'kind' is mapped to a role of relation rows, but this file has no subject and object columns; map those too",
        ], csv: "name,kind\nA,x\n")
    }

    @Test func twoColumnsMappedToOneRole() {
        expect(#"{"columns": {"from": "subject", "target": "subject"}}"#, [
            "m.json:1:33: bad-csv-mapping: columns 'from' and 'target' are both mapped to subject; map one of them to another role or to \"ignore\"",
        ], csv: "from,to,target\nA,B,C\n")
    }

    @Test func theMappingAndTheFileAreReportedTogether() {
        expect(#"{"kind": 1}"#, [
            "m.json:1:10: bad-csv-mapping: \"kind\" must be a string, not a number",
            "t.csv:2:2: malformed-csv: row 2 has 1 cells, but the header has 2 columns; add the missing cells (empty ones will do)",
        ], csv: "from,to\nA\n")
    }
}
