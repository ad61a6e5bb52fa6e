import Foundation
import Testing

/// `--merge-identities STATUS` on `path`, `neighbors` and `rank`:
///
///     n <-commands- abu -same-as (alleged by iraq)- mushtaq -member-of-> kh -funded-by-> iran
struct IdentityOptionTests {
    private func workspace() throws -> Workspace {
        try Workspace(files: ["m.ag": """
        source r3 "Three"
        person abu "Abu Taqwa"
        person mushtaq "Mushtaq"
        group n "Nujaba"
        group kh "KH"
        state iran "Iran"
        state iraq "Iraq"
        abu commands n
        mushtaq member-of kh
        kh funded-by iran
        abu same-as mushtaq [status: alleged, by: iraq, src: r3]
        """])
    }

    private static let note = """
    identities merged (same-as alleged or firmer):
      Abu Taqwa = Mushtaq: alleged by Iraq (r3)
    """

    @Test func pathRunsThroughTheMergedActorAndSaysSo() throws {
        let outcome = try workspace().run("path", "m.ag", "Nujaba", "Iran", "--merge-identities", "alleged")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.lines.first == "Nujaba <-commands- Abu Taqwa (= Mushtaq) -member-of-> KH -funded-by-> Iran")
        #expect(outcome.text.hasSuffix(Self.note + "\n"), "\(outcome.text)")
    }

    @Test func withoutTheOptionOrBelowItsStatusThePathTakesTheSameAsHop() throws {
        let workspace = try workspace()
        for extra in [[], ["--merge-identities", "confirmed"]] {
            let outcome = try CLIRunner.run(["path", "m.ag", "Nujaba", "Iran"] + extra, in: workspace.url)
            #expect(outcome.lines.first == "Nujaba <-commands- Abu Taqwa -same-as [alleged by Iraq]-> Mushtaq -member-of-> KH -funded-by-> Iran")
            #expect(!outcome.text.contains("identities merged"))
        }
    }

    @Test func pathAsJSONListsTheMergedIdentities() throws {
        let outcome = try workspace().run("path", "m.ag", "Nujaba", "Iran", "--merge-identities", "alleged", "--format", "json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any]
        let merged = try #require(report?["mergedIdentities"] as? [[String: Any]])
        #expect(merged.count == 1)
        #expect((merged[0]["subject"] as? [String: Any])?["name"] as? String == "Abu Taqwa")
        #expect((merged[0]["object"] as? [String: Any])?["name"] as? String == "Mushtaq")
        #expect(merged[0]["status"] as? String == "alleged")
        #expect(merged[0]["sources"] as? [String] == ["r3"])
        let plain = try workspace().run("path", "m.ag", "Nujaba", "Iran", "--format", "json")
        #expect(!plain.text.contains("mergedIdentities"))
    }

    @Test func neighborsOfAnyNameListTheMergedActor() throws {
        let outcome = try workspace().run("neighbors", "m.ag", "Mushtaq", "--merge-identities", "alleged")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text == """
        distance  actor
        0         Abu Taqwa (= Mushtaq)  abu (person)
        1         Nujaba                 n (group)     -commands->
        1         KH                     kh (group)    -member-of->
        \(Self.note)

        """)
    }

    @Test func rankCountsTheMergedActorOnce() throws {
        let outcome = try workspace().run("rank", "m.ag", "--merge-identities", "alleged", "--top", "1")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.lines.dropFirst().first?.hasSuffix("Abu Taqwa (= Mushtaq)  abu") == true, "\(outcome.text)")
        #expect(outcome.text.hasSuffix(Self.note + "\n"))
    }

    @Test func anUnknownStatusIsAUsageError() throws {
        let outcome = try workspace().run("rank", "m.ag", "--merge-identities", "possibly")
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--merge-identities"))
    }
}
