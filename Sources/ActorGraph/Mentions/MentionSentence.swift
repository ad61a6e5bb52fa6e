/// A sentence of a report that names two known actors or more: the
/// evidence for a relation between them, if the analyst reads one there.
public struct MentionSentence: Hashable, Sendable {
    /// The sentence as written, each run of white space one space, so that
    /// it passes the quote check as a citation's quote.
    public var text: String
    /// The line it starts on, from 1.
    public var line: Int
    /// The actors it names, in the order first named.
    public var entities: [Int]

    /// Creates a sentence.
    public init(text: String, line: Int, entities: [Int]) {
        self.text = text
        self.line = line
        self.entities = entities
    }
}
