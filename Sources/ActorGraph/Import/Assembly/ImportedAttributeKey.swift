/// Attribute names of other formats (a DOT attribute, an FtM property such
/// as `birthDate`, a column header) made into `.ag` attribute keys, the one
/// way every reader does it, so the same name gives the same key whatever
/// file it came from.
public enum ImportedAttributeKey {
    /// Keys `.ag` gives a meaning of its own on a relation (citations,
    /// the claim status and its claimants), which an imported attribute
    /// must not take over.
    public static let reservedOnRelations: Set<String> = ["src", "status", "by"]

    /// `name` as an `.ag` word: ASCII letters, digits, `_`, `-` and `.`
    /// kept, every run of other characters one `-`, and leading `-` and `.`
    /// dropped, since a word cannot start with them (`Date of birth` is
    /// `Date-of-birth`); a name `.ag` reserves (`src` on anything, `status`
    /// and `by` on relations) gets a trailing `_`. `nil` when nothing is left.
    public static func slug(_ name: String, onRelation: Bool = false) -> String? {
        var bytes: [UInt8] = []
        var pendingDash = false
        for byte in name.utf8 {
            if Lexer.isWordByte(byte) {
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                if bytes.isEmpty && !Lexer.isWordStart(byte) { continue }
                bytes.append(byte)
            } else {
                pendingDash = true
            }
        }
        guard !bytes.isEmpty else { return nil }
        let key = String(decoding: bytes, as: UTF8.self)
        let reserved = onRelation ? reservedOnRelations : ["src"]
        return reserved.contains(key) ? key + "_" : key
    }
}
