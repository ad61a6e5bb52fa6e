/// A directed, typed edge between two entities. Several relations may join
/// the same pair; each keeps its own attributes, claim and sources, so that
/// "confirmed by the Pentagon" and "alleged by the Iraqi army" can stand
/// side by side.
public struct Relation: Hashable, Sendable {
    /// The index of the subject entity, where the arrow starts (`a` in `a commands b`).
    public var subject: Int
    /// The index of the object entity, where the arrow points.
    public var object: Int
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
    public init(subject: Int, object: Int, type: Int, attributes: [Attribute] = [], status: ClaimStatus = .reported,
                claimants: [Int] = [], citations: [Citation] = [], time: TimeSpan? = nil) {
        self.subject = subject
        self.object = object
        self.type = type
        self.attributes = attributes
        self.status = status
        self.claimants = claimants
        self.citations = citations
        self.time = time
    }

    /// Whether the relation is a claim, something someone asserts rather
    /// than plain structure: it carries a status other than the default
    /// `reported`, or names who asserts it. `--min-status` weighs claims
    /// only, so an undisputed `part-of` is never mistaken for a weak one.
    public var isClaim: Bool { status != .reported || !claimants.isEmpty }
}
