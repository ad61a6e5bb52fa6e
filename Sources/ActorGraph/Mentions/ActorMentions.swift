/// Every mention of one actor in a report, or of one ambiguous spelling,
/// summed up.
public struct ActorMentions: Hashable, Sendable {
    /// The actor, or the actors an ambiguous spelling could be.
    public var entities: [Int]
    /// The distinct spellings, in the order they first appear.
    public var spellings: [String]
    /// How many mentions there are.
    public var count: Int
    /// The line of the first, from 1.
    public var line: Int
    /// The column of the first, from 1, in Unicode scalars.
    public var column: Int

    /// Creates a summary.
    public init(entities: [Int], spellings: [String], count: Int, line: Int, column: Int) {
        self.entities = entities
        self.spellings = spellings
        self.count = count
        self.line = line
        self.column = column
    }
}
