import Foundation
import Testing

/// A small graph with a known shape, for the query commands (`path`,
/// `neighbors`, `chain`, `rank`) and the subgraph options of `dot` and
/// `render`. Entity indices (file order) are given in the comments;
/// relation indices too, since `path --format json` reports them.
///
///     Commander -commands-> Brigade -part-of-> Movement -part-of-> Umbrella <-part-of- League
///     Fighter -member-of-> Brigade       Movement -funded-by-> Patron
///     Rival -attacked-> Brigade  (twice: 2024-01-04 and 2024-02-02)
///     Ally -allied-with- Movement
///     Rival -took-part-in-> Raid (an event) <-took-part-in- Patron
///     Cell A -part-of-> Cell B -part-of-> Cell C -part-of-> Cell A  (a separate loop)
///
/// So Brigade, Movement, Patron, Raid and Rival form a ring of five, with
/// Commander and Fighter hanging off Brigade, and Umbrella (with League)
/// and Ally hanging off Movement.
enum QueryFixture {
    static let files = [
        "world.ag": """
        # A small conflict graph with a known shape, for the query commands.
        kind event [shape: "note"]
        relation took-part-in [to: event]

        person cmdr     "Commander"      # 0
        group  brigade  "Brigade"        # 1
        person fighter  "Fighter"        # 2
        group  movement "Movement"       # 3
        group  umbrella "Umbrella"       # 4
        group  league   "League"         # 5
        state  patron   "Patron"         # 6
        state  rival    "Rival"          # 7
        group  ally     "Ally"           # 8
        event  raid     "Raid"           # 9
        group  cell-a   "Cell A"         # 10
        group  cell-b   "Cell B"         # 11
        group  cell-c   "Cell C"         # 12

        cmdr     commands     brigade                      # relation 0
        fighter  member-of    brigade                      # 1
        brigade  part-of      movement                     # 2
        movement part-of      umbrella                     # 3
        movement funded-by    patron                       # 4
        rival    attacked     brigade  [date: 2024-01-04]  # 5
        rival    attacked     brigade  [date: 2024-02-02]  # 6
        ally     allied-with  movement                     # 7
        rival    took-part-in raid                         # 8
        patron   took-part-in raid                         # 9
        league   part-of      umbrella                     # 10

        cell-a   part-of      cell-b                       # 11
        cell-b   part-of      cell-c                       # 12
        cell-c   part-of      cell-a                       # 13
        """,
    ]

    /// A workspace holding `world.ag`.
    static func workspace() throws -> Workspace {
        try Workspace(files: files)
    }
}

extension Workspace {
    /// Runs `actorgraph arguments...` here; for argument lists built in code.
    func run(_ arguments: [String], input: String = "") throws -> CLIRunner.Outcome {
        try CLIRunner.run(arguments, in: url, input: input)
    }
}

// MARK: Reading the commands' output

extension CLIRunner.Outcome {
    /// Standard output's lines, without the final empty one.
    var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

/// The columns of a table row whose columns are padded apart by two or
/// more spaces (names such as "Cell A" hold single spaces).
func columns(_ row: String) -> [String] {
    row.split(separator: #/ {2,}/#).map(String.init)
}

/// One numbered line of `actorgraph path` (with --all, --k or --every):
/// `2. [4 relations] A -commands-> B ...`.
struct NumberedPath: Equatable {
    var number: Int
    var length: Int
    var chain: String

    init?(_ line: String) {
        guard let match = line.wholeMatch(of: /(\d+)\. \[(\d+) relations?\] (.+)/) else { return nil }
        number = Int(match.1)!
        length = Int(match.2)!
        chain = String(match.3)
    }
}

/// The labels of a DOT file's entity nodes (`n0 [label="...", tooltip=...`),
/// in the order written; legend entries and edge labels are not included.
func nodeLabels(inDOT dot: String) -> [String] {
    dot.split(separator: "\n").compactMap { line in
        line.firstMatch(of: /^\s*n\d+ \[label="([^"]*)", tooltip=/).map { String($0.1) }
    }
}

/// The DOT written to `name` in `workspace`, as text.
func dotText(_ name: String, in workspace: Workspace) throws -> String {
    String(decoding: try #require(workspace.contents(name), "\(name) was not written"), as: UTF8.self)
}
