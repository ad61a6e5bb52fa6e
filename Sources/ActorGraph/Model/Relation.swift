/// A directed, typed edge between two entities. Several relations may join
/// the same pair; each keeps its own attributes, claim and sources, so that
/// "confirmed by the Pentagon" and "alleged by the Iraqi army" can stand
/// side by side.
public struct Relation: Hashable, Sendable {
    /// The index of the subject (tail) entity.
    public var source: Int
    /// The index of the object (head) entity.
    public var target: Int
    /// The index of the relation's type in the graph's ``Schema``.
    public var type: Int
    /// Free attributes in the order written (`date`, `from` and `to`
    /// among them; `src`, `status` and `by` are held in the fields below).
    public var attributes: [Attribute]
    /// How firmly it is asserted (`status:`).
    public var status: ClaimStatus
    /// Who claims, alleges, confirms or denies it (`by:`), as entity indices.
    public var claimants: [Int]
    /// The sources that report it (`src:`).
    public var citations: [Citation]
    /// When it held (`date:`, or `from:` and `to:`), if known.
    public var time: TimeSpan?

    /// Creates a relation.
    public init(source: Int, target: Int, type: Int, attributes: [Attribute] = [], status: ClaimStatus = .reported,
                claimants: [Int] = [], citations: [Citation] = [], time: TimeSpan? = nil) {
        self.source = source
        self.target = target
        self.type = type
        self.attributes = attributes
        self.status = status
        self.claimants = claimants
        self.citations = citations
        self.time = time
    }
}
