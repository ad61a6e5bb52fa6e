/// Writes FollowTheMoney entity lines, `{"id":...,"schema":...,"properties":{...}}`,
/// one a line, as bytes.
struct FtMBuffer {
    private(set) var storage: [UInt8] = []
    /// Whether the current line has a property yet, to place commas.
    private var hasProperty = false

    mutating func reserve(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Starts the line of the entity `id` (see ``FtMID``).
    mutating func begin(_ schema: FtMSchema, id: String) {
        raw(#"{"id":"#); string(id)
        startProperties(of: schema)
    }

    /// Starts the line of relation `index`, `ag.rel-N`.
    mutating func begin(_ schema: FtMSchema, relation index: Int) {
        raw(#"{"id":""#); raw(FtMID.relationPrefix); number(index); raw("\"")
        startProperties(of: schema)
    }

    private mutating func startProperties(of schema: FtMSchema) {
        raw(#","schema":"#); string(schema.rawValue)
        raw(#","properties":{"#)
        hasProperty = false
    }

    /// Ends the line.
    mutating func end() {
        raw("}}\n")
    }

    // MARK: Properties

    /// `"name":[id]`: the entity a relation starts or ends at, a citation's source or entity.
    mutating func reference(_ name: StaticString, _ id: String) {
        key(name); string(id); raw("]")
    }

    /// `"name":[ids]`, each once; nothing when `ids` is empty.
    mutating func references<S: Sequence>(_ name: StaticString, _ ids: S) where S.Element == String {
        strings(name, ids)
    }

    /// `"name":[values]` for a property of FtM's text or string type, each
    /// value as FtM keeps it (``FtMText/text(_:)``), empty and repeated
    /// values left out (FtM would drop them); nothing when no value is left.
    mutating func texts<S: Sequence>(_ name: StaticString, _ values: S) where S.Element == String {
        strings(name, values.lazy.map(FtMText.text))
    }

    /// `"name":[value]` for a text or string property; nothing for `nil`.
    mutating func text(_ name: StaticString, _ value: String?) {
        if let value { texts(name, CollectionOfOne(value)) }
    }

    /// `"name":[value]` for a value already in the form FtM keeps, cleaned
    /// once per export (kind and type names) or a plain word (a claim
    /// status), so it is not checked on every line.
    mutating func cleaned(_ name: StaticString, _ value: String) {
        strings(name, CollectionOfOne(value))
    }

    /// The same for a property of FtM's name type, in the form FtM keeps names.
    mutating func names<S: Sequence>(_ name: StaticString, _ values: S) where S.Element == String {
        strings(name, values.lazy.map(FtMText.name))
    }

    /// The same for a property of FtM's address type.
    mutating func addresses<S: Sequence>(_ name: StaticString, _ values: S) where S.Element == String {
        strings(name, values.lazy.map(FtMText.address))
    }

    /// `"name":[dates]`: dates as written, so a year stays `2024` (FtM
    /// dates keep their precision).
    mutating func dates<S: Sequence>(_ name: StaticString, _ values: S) where S.Element == PartialDate {
        strings(name, values.lazy.map(\.description))
    }

    /// `"name":[date]`; nothing for `nil`.
    mutating func date(_ name: StaticString, _ value: PartialDate?) {
        if let value { dates(name, CollectionOfOne(value)) }
    }

    /// Values already in FtM's form, each once (FtM would drop repeats).
    private mutating func strings<S: Sequence>(_ name: StaticString, _ values: S) where S.Element == String {
        // Most properties have one value: the first is held apart so that
        // they allocate nothing. The rest go in a set, since one entity can
        // have thousands of aliases or one relation thousands of citations.
        var first: String?
        var others: Set<String> = []
        for value in values where !value.isEmpty {
            if let first {
                guard value != first, others.insert(value).inserted else { continue }
                raw(",")
            } else {
                first = value
                key(name)
            }
            string(value)
        }
        if first != nil { raw("]") }
    }

    // MARK: JSON

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { storage.append(contentsOf: $0) }
    }

    private mutating func number(_ value: Int) {
        storage.append(contentsOf: String(value).utf8)
    }

    /// `value` as a JSON string. Values come here cleaned as FtM cleans
    /// them, or as ids and dates, so most need no escape at all and are
    /// copied whole, which is what makes this export as fast as the JSON
    /// one; the others are escaped by ``JSONBuffer``, the one JSON escaper.
    private mutating func string(_ value: String) {
        var value = value
        let copied = value.withUTF8 { bytes in
            guard !Self.needsEscaping(bytes) else { return false }
            storage.append(UInt8(ascii: "\""))
            storage.append(contentsOf: bytes)
            storage.append(UInt8(ascii: "\""))
            return true
        }
        guard !copied else { return }
        var escaped = JSONBuffer()
        escaped.string(value)
        storage.append(contentsOf: escaped.storage)
    }

    /// Whether ``JSONBuffer/string(_:)`` would escape any of `bytes`: a
    /// quote, a backslash, a control character, U+2028 or U+2029.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F:
                return true
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return true
            default:
                index += 1
            }
        }
        return false
    }

    /// `"name":[`, after a comma unless it is the line's first property.
    private mutating func key(_ name: StaticString) {
        if hasProperty { raw(",") }
        hasProperty = true
        raw("\""); raw(name); raw(#"":["#)
    }
}
