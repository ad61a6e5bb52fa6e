import Testing
@testable import ActorGraph

struct NumberRangeTests {
    private func range(_ text: String) throws -> NumberRange { try #require(ReportedNumber(text)).range }

    @Test(arguments: [
        ("at least 2", "at least 3", "at least 3"), ("at least 2", "4", "4"), ("at least 3", "more than 3", "more than 3"),
        ("more than 80", "at least 100", "at least 100"), ("2-4", "at least 3", "3-4"), ("2-4", "3-5", "3-4"),
        ("at most 4", "at least 4", "4"), ("unknown", "5", "5"), ("fewer than 10", "more than 2", "more than 2 and fewer than 10"),
        ("dozens", "about 30", "27-33"), ("at most 5", "fewer than 5", "fewer than 5"),
    ])
    func rangesThatCanBothHold(_ one: String, _ two: String, _ both: String) throws {
        #expect(try range(one).intersection(try range(two))?.description == both)
        #expect(try range(two).intersection(try range(one))?.description == both)
    }

    @Test(arguments: [
        ("2", "4"), ("at most 3", "at least 4"), ("fewer than 4", "4"), ("more than 4", "at most 4"), ("2-4", "5-7"),
        ("several", "dozens"), ("about 100", "80"), ("nearly 100", "100"),
    ])
    func rangesThatCannot(_ one: String, _ two: String) throws {
        #expect(try range(one).intersection(try range(two)) == nil)
        #expect(try range(two).intersection(try range(one)) == nil)
    }

    @Test func theLowestCountOfAnOpenEndIsTheNextWholeNumber() throws {
        #expect(try range("more than 80").lowest == 81)
        #expect(try range("at least 3").lowest == 3)
        #expect(try range("fewer than 10").lowest == 0)
        #expect(NumberRange(lower: 2.2, lowerIncluded: false, upper: 2.8)!.lowest == 2.2)
    }

    @Test func endsThatLeaveNoNumberAreNoRange() {
        #expect(NumberRange(lower: 3, upper: 2) == nil)
        #expect(NumberRange(lower: 3, lowerIncluded: false, upper: 3) == nil)
        #expect(NumberRange(lower: -1, upper: 2) == nil)
        #expect(NumberRange(lower: .infinity, upper: nil) == nil)
        #expect(NumberRange(lower: 1, upper: .nan) == nil)
        #expect(NumberRange(lower: 0, upper: nil)! == .any)
    }

    @Test func containsRespectsOpenEnds() throws {
        let range = try range("2-4")
        #expect(range.contains(2) && range.contains(4) && !range.contains(4.5))
        let open = try #require(NumberRange(lower: 2, lowerIncluded: false, upper: 4, upperIncluded: false))
        #expect(!open.contains(2) && open.contains(3) && !open.contains(4))
        #expect(open.description == "more than 2 and fewer than 4")
    }
}
