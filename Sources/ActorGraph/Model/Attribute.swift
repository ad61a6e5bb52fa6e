/// A free key/value pair on an entity or a relation, such as `date: 2024-01-04`.
///
/// Where sources disagree an attribute holds several values side by side,
/// each with the sources that give it (`killed: 3 [src: r000], 2 [src:
/// r001]`); nothing is overwritten. Attributes keep the order in which they
/// were written so exports stay deterministic and diffs stay small.
public struct Attribute: Hashable, Sendable {
    /// The key, a bare word such as `date` or `weapon`.
    public var key: String
    /// One value, or several where sources disagree, in the order written.
    public var values: [AttributeValue]

    /// An attribute with one uncited value.
    public init(_ key: String, _ value: String) {
        self.init(key, values: [AttributeValue(value)])
    }

    /// An attribute with these values.
    public init(_ key: String, values: [AttributeValue]) {
        self.key = key
        self.values = values
    }

    /// The first value, or all of them joined with " / " when sources disagree.
    public var value: String {
        values.map(\.text).joined(separator: " / ")
    }

    /// Whether sources give different values.
    public var isDisputed: Bool { values.count > 1 }
}

/// One value of an attribute, the sources that give it and, when someone
/// asserts it rather than a report stating it, the claim: "made in Iran",
/// assessed by the US military, is a value with a status and a claimant,
/// not a fact.
public struct AttributeValue: Hashable, Sendable {
    /// The value as written, escapes decoded.
    public var text: String
    /// The sources that give this value.
    public var citations: [Citation]
    /// The index of the entity the value names, when its key is a
    /// reference key (``Schema/isReference(_:onKind:)``), set when the
    /// graph is built; `nil` for every other value.
    public var entity: Int?
    /// How firmly it is asserted (`status:` in the value's list);
    /// `reported` by default, as for relations.
    public var status: ClaimStatus
    /// Who claims, assesses, alleges, confirms or denies it (`by:` in the
    /// value's list), as entity indices.
    public var claimants: [Int]

    /// Creates a value.
    public init(_ text: String, citations: [Citation] = [], status: ClaimStatus = .reported, claimants: [Int] = [], entity: Int? = nil) {
        self.text = text
        self.citations = citations
        self.status = status
        self.claimants = claimants
        self.entity = entity
    }

    /// Whether the value is a claim, asserted by someone rather than
    /// plainly reported: the same rule as ``Relation/isClaim``, so
    /// `--min-status` weighs values and relations alike.
    public var isClaim: Bool { status != .reported || !claimants.isEmpty }
}

extension Array where Element == Attribute {
    /// The value of the first attribute with `key`, if any.
    public subscript(key key: String) -> String? {
        first { $0.key == key }?.value
    }
}
