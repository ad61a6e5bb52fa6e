import Foundation

/// The small graph with two denials that the library's tests use
/// (Tests/ActorGraphTests/Fixtures/denied.ag), for the queries'
/// `--include-denied`:
///
///     A -commands (denied)-> G -part-of-> H <-member-of- B
///     A -member-of (denied)-> H              G -funded-by-> B
enum DeniedFixture {
    static let files = [
        "denied.ag": (try? String(contentsOf: ReadmeExamplesTests.root.appendingPathComponent("Tests/ActorGraphTests/Fixtures/denied.ag"),
                                  encoding: .utf8)) ?? "",
    ]

    /// A workspace holding `denied.ag`.
    static func workspace() throws -> Workspace { try Workspace(files: files) }
}
