/// A small graph with two denials, for the queries' `--include-denied`:
///
///     A -commands (denied)-> G -part-of-> H <-member-of- B
///     A -member-of (denied)-> H              G -funded-by-> B
enum DeniedFixture {
    static let files = [
        "denied.ag": """
        person a "A"
        group  g "G"
        group  h "H"
        person b "B"
        a commands  g [status: denied, by: a]
        g part-of   h
        b member-of h
        a member-of h [status: denied, by: a]
        g funded-by b
        """,
    ]

    /// A workspace holding `denied.ag`.
    static func workspace() throws -> Workspace { try Workspace(files: files) }
}
