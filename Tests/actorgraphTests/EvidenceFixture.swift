/// A small graph whose reports disagree, for the evidence commands.
enum EvidenceFixture {
    static let files = [
        "strike.ag": """
        kind event
        source r000 "Wire report" [outlet: "EFE", date: 2024-01-04, reliability: B]
        source r001 "Second wire" [outlet: "Reuters", reliability: C]
        state  us      "United States"
        group  coal    "US-led coalition"
        group  army    "Iraqi Army"
        group  nujaba  "Harakat al-Nujaba" [src: r000]
        person ryder   "Pat Ryder"
        event  strike  "Baghdad strike" [date: 2024-01-04, killed: 3 [src: r000 "At least three"], 2 [src: r001 "At least two" 2]]
        us    attacked nujaba [status: confirmed, by: ryder, src: r000 "its forces" 1, r001, date: 2024-01-04]
        coal  attacked nujaba [status: alleged, by: army, src: r000, date: 2024-01-04]
        us    attacked strike [src: r000]
        ryder member-of us    [from: 2019, src: r001]
        army  attacked coal   [status: denied, by: coal, from: 2023-12, to: 2024-01]
        """,
        "bad.ag": """
        source r000 "Wire" [reliability: Q]
        person a
        person b
        a attacked b [src: r00 "words" 9, status: alledged, by: c, date: 2024-13-01]
        a attacked b [killed: 3 [src: r000], 2]
        """,
    ]

    static func workspace() throws -> Workspace { try Workspace(files: files) }
}
