import Testing

struct DescribeCommandTests {
    @Test func summarisesCountsAndTopActors() throws {
        let outcome = try Workspace().run("describe", "catalogue.ag", "events.ag", "--top", "2")
        #expect(outcome.status == 0)
        #expect(outcome.text.hasPrefix("4 entities, 3 relations\n"))
        #expect(outcome.text.contains("  attacked   2"))
        #expect(outcome.text.contains("Most connected:\n  United States (us)"))
        #expect(outcome.text.split(separator: "\n").last?.contains("Harakat al-Nujaba (nujaba)") == true)
    }
}
