/// A free key/value pair on an entity or a relation, such as `date: 2024-01-04`.
///
/// Attributes keep the order in which they were written so exports stay
/// deterministic and diffs stay small.
public struct Attribute: Hashable, Sendable {
    /// The key, a bare word such as `date` or `weapon`.
    public var key: String
    /// The value exactly as written, with string escapes already decoded.
    public var value: String

    /// Creates an attribute.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

extension Array where Element == Attribute {
    /// The value of the first attribute with `key`, if any.
    public subscript(key key: String) -> String? {
        first { $0.key == key }?.value
    }
}
