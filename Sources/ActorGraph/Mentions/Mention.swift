/// One place where a report names a known actor.
public struct Mention: Hashable, Sendable {
    /// The entities the spelling names: one, or every candidate when it
    /// names several (a surname two people share).
    public var entities: [Int]
    /// The words as the report writes them, each run of white space (a
    /// line break too) one space, without a possessive `'s`.
    public var spelling: String
    /// The line of its first letter, from 1.
    public var line: Int
    /// The column of its first letter, from 1, in Unicode scalars.
    public var column: Int

    /// Creates a mention.
    public init(entities: [Int], spelling: String, line: Int, column: Int) {
        self.entities = entities
        self.spelling = spelling
        self.line = line
        self.column = column
    }

    /// Whether the spelling could name more than one actor.
    public var isAmbiguous: Bool { entities.count > 1 }
}
