/// Attribute names of other formats (a DOT attribute, an FtM property such
/// as `birthDate`, a GraphML key, a column header) made into `.ag`
/// attribute keys, the one way every reader does it, so the same name
/// gives the same key whatever file it came from.
public enum ImportedAttributeKey {
    /// Keys `.ag` gives a meaning of its own on a relation (citations,
    /// the claim status and its claimants), which an imported attribute
    /// must not take over.
    public static let reservedOnRelations: Set<String> = ["src", "status", "by"]
    /// The key `.ag` gives a meaning of its own on an entity: its citations.
    public static let reservedOnEntities: Set<String> = ["src"]

    /// `name` as an `.ag` word of lower-case ASCII letters, digits and
    /// `-`: accents dropped, camelCase split, every other run of
    /// characters one `-` (`Date of birth` is `date-of-birth`, `birthDate`
    /// `birth-date`); a key `.ag` reserves (`src` on anything, `status` and
    /// `by` on relations) renamed as ``unreserved(_:reserving:)`` does.
    /// `nil` when nothing is left.
    public static func slug(_ name: String, onRelation: Bool = false) -> String? {
        let word = Slug.word(name)
        return word.isEmpty ? nil : unreserved(word, reserving: onRelation ? reservedOnRelations : reservedOnEntities)
    }

    /// `key`, or `key_` when it is one of `reserved` (`src` is `src_`). A
    /// slug never holds `_`, so the renamed key cannot be another name's.
    public static func unreserved(_ key: String, reserving reserved: Set<String>) -> String {
        reserved.contains(key) ? key + "_" : key
    }
}
