import Foundation
import Testing

/// `actorgraph timeline` over a small graph with dates, spans and claims.
struct TimelineCommandTests {
    static let files = [
        "war.ag": """
        source r000 "Wire report" [reliability: B]
        source r001 "Second wire"
        state  us   "United States"
        group  mil  "Militia"
        person cmdr "Commander"
        cmdr commands mil   [from: 2019-12, to: 2024-01-04, src: r001]
        mil  attacked us    [date: 2023-12, src: r000, r001]
        us   attacked mil   [date: 2024-01-04, status: alleged, by: mil, src: r000 "a strike"]
        us   attacked cmdr  [date: 2024-01-04]
        mil  allied-with us
        """,
    ]

    private func workspace() throws -> Workspace { try Workspace(files: Self.files) }

    @Test func printsTheDatedRelationsInOrderAligned() throws {
        let outcome = try workspace().run("timeline", "war.ag")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        2019-12 – 2024-01-04  Commander -commands-> Militia      [r001]
        2023-12               Militia -attacked-> United States  [r000, r001]
        2024-01-04            United States -attacked-> Militia  (alleged by Militia) [r000]
        2024-01-04            United States -attacked-> Commander

        """)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func asOfDropsLaterEvents() throws {
        let outcome = try workspace().run("timeline", "war.ag", "--as-of", "2023-12-31")
        #expect(outcome.status == 0)
        #expect(outcome.lines.map { columns($0)[0] } == ["2019-12 – 2024-01-04", "2023-12"])
    }

    @Test func minStatusDropsWeakerClaims() throws {
        let outcome = try workspace().run("timeline", "war.ag", "--min-status", "reported")
        #expect(outcome.status == 0)
        #expect(!outcome.text.contains("alleged"))
        #expect(outcome.lines.count == 3)
    }

    @Test func aGraphWithoutDatesSaysSo() throws {
        let outcome = try Workspace(files: ["plain.ag": "group a\ngroup b\na attacked b\n"]).run("timeline", "plain.ag")
        #expect(outcome.status == 0)
        #expect(outcome.text == "no dated relations\n")
    }

    @Test func outputWritesAnSVGAndStillPrintsTheText() throws {
        let workspace = try workspace()
        let outcome = try workspace.run("timeline", "war.ag", "-o", "out.svg", "--title", "War & peace")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.lines.count == 4)
        let svg = String(decoding: try #require(workspace.contents("out.svg")), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        #expect(svg.contains("<svg "))
        #expect(svg.contains("War &amp; peace"))
        #expect(svg.components(separatedBy: "<g class=\"entry ").count - 1 == 4)
        #expect(svg.hasSuffix("</svg>\n"))
        // Written to a temporary name and renamed: nothing else is left behind.
        #expect(try workspace.listing() == ["out.svg", "war.ag"])
    }

    @Test func outputMustBeSVG() throws {
        let workspace = try workspace()
        for name in ["out.png", "out.dot", "-"] {
            let outcome = try workspace.run("timeline", "war.ag", "-o", name)
            #expect(outcome.status == 2, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.contains("SVG"))
            #expect(outcome.stdout.isEmpty)
        }
        #expect(try workspace.listing() == ["war.ag"])
    }

    @Test func errorsInTheInputExitOneAndWriteNothing() throws {
        let workspace = try Workspace(files: ["bad.ag": "group a\na attacked nobody [date: 2024-01-04]\n"])
        let outcome = try workspace.run("timeline", "bad.ag", "-o", "out.svg")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error:"))
        #expect(workspace.contents("out.svg") == nil)
    }

    @Test func readsStandardInput() throws {
        let outcome = try workspace().run("timeline", "-", input: Self.files["war.ag"]!)
        #expect(outcome.status == 0)
        #expect(outcome.lines.count == 4)
    }

    @Test func firstReportedListsWhoReportedEachRelationAndValueFirst() throws {
        let workspace = try Workspace(files: ["dated.ag": """
        source r000 "Wire" [outlet: "EFE", date: 2024-01-04]
        source r001 "Weekly" [date: 2024-01]
        source r002 "Undated"
        group a "Alpha" [size: 10 [src: r000], 12 [src: r001]]
        group b "Beta"
        a funded-by b [src: r001, r000 "funds"]
        b funded-by a [src: r002, r001]
        a allied-with b
        """])
        let outcome = try workspace.run("timeline", "dated.ag", "--first-reported")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        First reported by r000 (EFE) on 2024-01-04:
          Alpha -funded-by-> Beta   then r001 in 2024-01
          Alpha · size: 10

        First reported by r001 in 2024-01:
          Beta -funded-by-> Alpha   undated r002
          Alpha · size: 12

        (1 relation cites no source and is not listed)

        """)
        let known = try workspace.run("timeline", "dated.ag", "--first-reported", "--known-by", "2024-01-04", "--cited-only")
        #expect(known.text == """
        First reported by r000 (EFE) on 2024-01-04:
          Alpha -funded-by-> Beta

        """)
        #expect(known.stderr.contains("leaves out 2 sources"))
    }

    @Test func isListedInTheToolsHelp() throws {
        let outcome = try workspace().run("--help")
        #expect(outcome.text.contains("timeline"))
        let help = try workspace().run("timeline", "--help")
        #expect(help.text.contains("Examples:"))
    }
}
