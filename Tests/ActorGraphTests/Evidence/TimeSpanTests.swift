import Testing
@testable import ActorGraph

struct TimeSpanTests {
    let day = PartialDate("2024-01-04")!

    @Test func eventsHoldOnceTheyHappen() {
        #expect(TimeSpan.on(PartialDate("2024-01-04")!).holds(asOf: day))
        #expect(TimeSpan.on(PartialDate("2023-12")!).holds(asOf: day))
        #expect(!TimeSpan.on(PartialDate("2024-01-05")!).holds(asOf: day))
        #expect(TimeSpan.on(PartialDate("2024-01")!).holds(asOf: day))
    }

    @Test func spansHoldBetweenTheirEnds() {
        let command = TimeSpan(start: PartialDate("2019-12"), end: PartialDate("2024-01-04"))
        #expect(command.holds(asOf: day))
        #expect(command.holds(asOf: PartialDate("2020")!))
        #expect(!command.holds(asOf: PartialDate("2024-01-05")!))
        #expect(!command.holds(asOf: PartialDate("2019-11-30")!))
        #expect(TimeSpan(start: PartialDate("2023-10-07"), end: nil).holds(asOf: PartialDate("2030")!))
        #expect(TimeSpan(start: nil, end: PartialDate("2020")).holds(asOf: PartialDate("1990")!))
    }

    @Test func describesItself() {
        #expect(TimeSpan.on(day).description == "2024-01-04")
        #expect(TimeSpan(start: PartialDate("2019-12"), end: day).description == "2019-12 – 2024-01-04")
        #expect(TimeSpan(start: PartialDate("2023-10-07"), end: nil).description == "from 2023-10-07")
    }
}
