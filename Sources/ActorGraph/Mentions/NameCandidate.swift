/// A capitalised run of words in a report that names no known actor: a
/// person or group the graph may lack.
public struct NameCandidate: Hashable, Sendable {
    /// The name as first written, each run of white space one space.
    public var name: String
    /// How many times it occurs (spellings that fold alike count together).
    public var count: Int
    /// The line where it first occurs, from 1.
    public var line: Int
    /// The column where it first occurs, from 1, in Unicode scalars.
    public var column: Int
    /// Whether it is one word that only ever opens a sentence ("Video
    /// footage ...", "Kindly disable ..."): capitalised by grammar, most
    /// likely not a name, so listed after the others.
    public var onlyOpensSentences: Bool

    /// Creates a candidate.
    public init(name: String, count: Int, line: Int, column: Int, onlyOpensSentences: Bool = false) {
        self.name = name
        self.count = count
        self.line = line
        self.column = column
        self.onlyOpensSentences = onlyOpensSentences
    }
}
