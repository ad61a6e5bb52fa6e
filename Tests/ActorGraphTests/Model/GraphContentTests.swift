import ActorGraph
import Testing

/// The result-builder shorthand says everything an `.ag` file can.
struct GraphContentTests {
    @Test func relationsCarryClaimsSourcesAndDates() throws {
        let graph = try Graph {
            Source(id: "r000", title: "Wire report", reliability: .B)
            State("us", "United States")
            Group("nujaba", "Harakat al-Nujaba", sources: [Cite("r000", "the militia")])
            Relate("us", "attacked", "nujaba", status: .claimed, by: ["Harakat al-Nujaba"],
                   sources: [Cite("r000", "an American drone", credibility: 2)], date: "2024-01-04")
            Relate("nujaba", "funded-by", "us", from: "2019", to: "2023-12")
        }
        let strike = graph.relations[0]
        #expect(strike.status == .claimed)
        #expect(strike.claimants == [1])
        #expect(strike.citations == [Citation(source: 0, quote: "an American drone", credibility: 2)])
        #expect(strike.time == .on(PartialDate("2024-01-04")!))
        #expect(strike.attributes == [Attribute("date", "2024-01-04")])
        #expect(graph.relations[1].time == TimeSpan(start: PartialDate("2019"), end: PartialDate("2023-12")))
        #expect(graph.entities[1].citations.map(\.quote) == ["the militia"])
        #expect(graph.filtered(by: EvidenceFilter(asOf: PartialDate("2020-06"))).relationIndices == [1])
    }

    @Test(arguments: ["status", "by", "src", "date", "from", "to"])
    func aReservedKeyAmongAttributesIsRejected(key: String) {
        do {
            _ = try Graph {
                Person("a")
                Relate("a", "attacked", "a", attributes: [Attribute(key, "alleged")])
            }
            Issue.record("'\(key)' was accepted as a free attribute")
        } catch {
            #expect(error.description.contains("has '\(key)' among its free attributes"))
        }
    }

    @Test func srcAmongAnEntitysAttributesIsRejected() {
        do {
            _ = try Graph {
                Source(id: "r000", title: "Wire report")
                Person("a", attributes: [Attribute("src", "r000")])
                Relate("a", "attacked", "a")
            }
            Issue.record("'src' was accepted as a free attribute of an entity")
        } catch {
            #expect(error.description.contains("'a' has 'src' among its free attributes"))
        }
    }

    @Test func anUnknownClaimantIsRejected() {
        #expect(throws: GraphBuildError.self) {
            try Graph {
                Person("a")
                Relate("a", "attacked", "a", status: .claimed, by: ["nobody"])
            }
        }
    }

    @Test func unknownSourcesAndBadDatesAreRejected() {
        #expect(throws: GraphBuildError.self) {
            try Graph {
                Person("a")
                Relate("a", "attacked", "a", sources: [Cite("r9")])
            }
        }
        #expect(throws: GraphBuildError.self) {
            try Graph {
                Person("a")
                Relate("a", "attacked", "a", date: "yesterday")
            }
        }
    }

    @Test func queriesTakeNames() throws {
        let graph = try Graph {
            Person("abu", "Abu Taqwa", aka: ["Abu Taqua"])
            Group("brigade", "12th Brigade")
            Relate("abu", "commands", "brigade")
        }
        #expect(try graph.entity(named: "abu taqua") == 0)
        #expect(throws: LookupError.self) { try graph.entity(named: "Abu Takwa") }
        var finder = PathFinder(graph: graph)
        #expect(try finder.shortestPath(from: "Abu Taqwa", to: "12th brigade")?.length == 1)
        let filter = try TraversalFilter(in: graph, via: ["commands"])
        #expect(filter.relationTypes == [0])
    }
}

/// The library example of README.md, as written there.
struct ReadmeLibraryExampleTests {
    @Test func runs() throws {
        let graph = try Graph {
            Source(id: "r000", title: "EFE wire on the strike", reliability: .B)
            State("us", "United States")
            Person("abu-taqwa", "Mushtaq Talib al-Saidi", aka: ["Abu Taqwa", "Abu Taqua"])
            Group("nujaba-12", "12th Brigade of Harakat al-Nujaba")
            Group("nujaba", "Harakat al-Nujaba", aka: ["al-Nujaba'a"])
            Relate("abu-taqwa", "commands", "nujaba-12", sources: [Cite("r000", "commander of the 12th Brigade", credibility: 1)])
            Relate("nujaba-12", "part-of", "nujaba")
            Relate("us", "attacked", "nujaba", status: .claimed, by: ["nujaba"], date: "2024-01-04")
        }
        var finder = PathFinder(graph: graph)
        #expect(try finder.shortestPath(from: "Abu Taqua", to: "al nujabaa")?.length == 2)
        let before = graph.filtered(by: EvidenceFilter(asOf: PartialDate("2024-01-03")))
        let dot = DOTWriter(options: DrawingOptions(legend: true)).write(before)
        #expect(!dot.contains("attacked ·") && dot.contains("commands"))
    }
}
