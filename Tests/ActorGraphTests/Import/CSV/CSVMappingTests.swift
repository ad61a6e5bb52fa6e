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
            "m.json:3:55: bad-csv-mapping: 'maybe' is not a claim status; use reported, claimed, alleged, confirmed or denied",
            "m.json:3:80: bad-csv-mapping: 'a' under \"types\" must be a relation type's name or {\"type\": \"funded-by\", \"reverse\": true}; \"type\" is missing",
            "m.json:3:112: bad-csv-mapping: unknown \"encoding\"; use \"utf-8\" or \"latin1\"",
        ])
    }

    @Test func aMappedColumnTheHeaderLacks() {
        expect(#"{"columns": {"Actor C": "subject"}}"#, [
            "m.json:1:14: bad-csv-mapping: the mapping names column 'Actor C', which the header does not have; its columns are 'from', 'to'",
        ])
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
