import Testing
@testable import ActorGraph

struct PartialDateTests {
    @Test(arguments: ["2024", "2023-12", "2024-01-04", "2024-02-29", "2000-02-29", "0999", "0001-01-01"])
    func parsesValidDates(_ text: String) {
        #expect(PartialDate(text)?.description == text)
    }

    @Test(arguments: ["", "24", "2024-13", "2024-00", "2023-02-29", "1900-02-29", "2024-1-4", "2024-01-04-01", "2024/01/04", "abcd", "+024",
                      "99999999999999999999999", "2024-0000000000000000000001", "2024-01-0000000000000000004"])
    func rejectsInvalidDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func partialDatesCoverEveryDayTheyMean() {
        let month = PartialDate("2024-02")!
        #expect(month.earliest == 20240201 && month.latest == 20240229)
        #expect(PartialDate("2023")!.latest == 20231231)
        #expect(PartialDate("2023-12")! < PartialDate("2024")!)
        #expect(PartialDate("2024-01")! < PartialDate("2024")!)
        #expect(month.year == 2024 && month.month == 2 && month.day == nil)
    }
}
