import Testing
@testable import ActorGraph

struct PublicationTests {
    private func publication(_ date: String?, by day: String) throws -> Publication {
        let source = Source(id: "r0", title: "", date: try date.map { try #require(PartialDate($0)) })
        return Publication(of: source, by: try #require(PartialDate(day)))
    }

    @Test func aSourceDatedOnOrBeforeTheDayIsPublished() throws {
        #expect(try publication("2024-01-04", by: "2024-01-04") == .published)
        #expect(try publication("2023", by: "2024-01-04") == .published)
        #expect(try publication("2024-01-05", by: "2024-01-04") == .later)
        #expect(try publication("2024-01-04", by: "2024-01-04").counts)
    }

    @Test func aDateReachingPastTheDayOrNoneIsUncertainAndDoesNotCount() throws {
        #expect(try publication("2024-01", by: "2024-01-04") == .uncertain)
        #expect(try publication(nil, by: "2024-01-04") == .uncertain)
        #expect(try !publication("2024-01", by: "2024-01-04").counts)
        #expect(try publication("2024-02", by: "2024-01-04") == .later)
    }

    @Test func aDayGivenAsAMonthStandsForItsLastDay() throws {
        #expect(try publication("2024-01", by: "2024-01") == .published)
        #expect(try publication("2024-01-31", by: "2024-01") == .published)
        #expect(try publication("2024", by: "2024-06") == .uncertain)
    }
}
