/// Names of the graph (kinds, relation types, attribute keys) turned into
/// Cypher identifiers.
///
/// Names are sanitised rather than escaped: openCypher escapes a backtick
/// inside a backticked name by doubling it, but FalkorDB does not read that,
/// so a name keeps only letters, digits, `_` and non-ASCII text, which
/// every Cypher database reads. The exact name stays in a property (`kind`,
/// `type`), so nothing is lost when two names sanitise alike.
enum CypherName {
    /// The labels the script gives every entity node and every source node.
    static let scriptLabels: Set<String> = ["Entity", "Source"]

    /// The node label of a kind, in UpperCamelCase as Cypher labels are
    /// usually written: `person` gives `Person`, `armed-group`
    /// `ArmedGroup`. `Entity` and `Source` are the script's own labels, so
    /// kinds called so get `Kind` after them (`SourceKind`).
    static func label(ofKind kind: String) -> String {
        var label: [UInt8] = []
        var startsWord = true
        for byte in kind.utf8 {
            guard keeps(byte) else {
                startsWord = true
                continue
            }
            label.append(startsWord && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte)
            startsWord = false
        }
        let text = String(decoding: label, as: UTF8.self)
        if text.isEmpty { return "Kind" }
        return scriptLabels.contains(text) ? text + "Kind" : text
    }

    /// The relationship type of a relation type, in UPPER_SNAKE_CASE as
    /// Cypher types are usually written: `attacked` gives `ATTACKED`,
    /// `part-of` and `partOf` give `PART_OF`.
    static func relationshipType(of type: String) -> String {
        var name: [UInt8] = []
        var previousIsLower = false
        for byte in type.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            if isUpper && previousIsLower { name.append(UInt8(ascii: "_")) }
            previousIsLower = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if !keeps(byte) {
                name.append(UInt8(ascii: "_"))
            } else {
                name.append(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte)
            }
        }
        return name.isEmpty ? "RELATED" : String(decoding: name, as: UTF8.self)
    }

    /// The property key of an attribute key: `attr_` and the key with
    /// anything but ASCII letters, digits and `_` as `_` (`used-by` gives
    /// `attr_used_by`). The prefix keeps attributes apart from the fixed
    /// properties (`id`, `name`, `status`, ...) and makes every key a
    /// plain identifier that needs no backticks.
    static func propertyKey(ofAttribute key: String) -> String {
        var name = Array("attr_".utf8)
        for byte in key.utf8 {
            let plain = byte < 0x80 && keeps(byte)
            name.append(plain ? byte : UInt8(ascii: "_"))
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Whether `byte` may stay in a backticked name: ASCII letters, digits
    /// and `_`, and the bytes of non-ASCII characters.
    private static func keeps(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), 0x80...:
            return true
        default:
            return false
        }
    }
}

/// The property key of each attribute key of one export, made unique: two
/// keys that sanitise alike (`used-by`, `used_by`) get `attr_used_by` and
/// `attr_used_by_2`, in the order first met, so no value overwrites another.
struct CypherPropertyKeys {
    private var keys: [String: String] = [:]
    private var taken: Set<String> = []

    /// The property key for attribute `key`.
    mutating func key(ofAttribute key: String) -> String {
        if let known = keys[key] { return known }
        let base = CypherName.propertyKey(ofAttribute: key)
        var candidate = base, suffix = 1
        while taken.contains(candidate) {
            suffix += 1
            candidate = base + "_" + String(suffix)
        }
        keys[key] = candidate
        taken.insert(candidate)
        return candidate
    }
}
