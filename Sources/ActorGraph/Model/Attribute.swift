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

/// One value of an attribute and the sources that give it.
public struct AttributeValue: Hashable, Sendable {
    /// The value as written, escapes decoded.
    public var text: String
    /// The sources that give this value.
    public var citations: [Citation]
    /// The index of the entity the value names, when its key is a
    /// reference key (``Schema/isReference(_:onKind:)``), set when the
    /// graph is built; `nil` for every other value.
    public var entity: Int?

    /// Creates a value.
    public init(_ text: String, citations: [Citation] = [], entity: Int? = nil) {
        self.text = text
        self.citations = citations
        self.entity = entity
    }
}

extension Array where Element == Attribute {
    /// The value of the first attribute with `key`, if any.
    public subscript(key key: String) -> String? {
        first { $0.key == key }?.value
    }
}
