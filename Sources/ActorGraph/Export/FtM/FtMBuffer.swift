/// Writes FollowTheMoney entity lines, `{"id":...,"schema":...,"properties":{...}}`,
/// one a line, into a JSON buffer.
struct FtMBuffer {
    private(set) var json = JSONBuffer()
    /// Whether the current line has a property yet, to place commas.
    private var hasProperty = false

    mutating func reserve(_ capacity: Int) { json.reserve(capacity) }

    /// Starts the line of the entity `id` (see ``FtMID``).
    mutating func begin(_ schema: FtMSchema, id: String) {
        json.raw(#"{"id":"#); json.string(id)
        startProperties(of: schema)
    }

    /// Starts the line of relation `index`, `ag.rel-N`.
    mutating func begin(_ schema: FtMSchema, relation index: Int) {
        json.raw(#"{"id":""#); json.raw(FtMID.relationPrefix); json.number(index); json.raw("\"")
        startProperties(of: schema)
    }

    private mutating func startProperties(of schema: FtMSchema) {
        json.raw(#","schema":"#); json.string(schema.rawValue)
        json.raw(#","properties":{"#)
        hasProperty = false
    }

    /// Ends the line.
    mutating func end() {
        json.raw("}}\n")
    }

    // MARK: Properties

    /// `"name":[id]`: the entity a relation starts or ends at, a citation's source or entity.
    mutating func reference(_ name: StaticString, _ id: String) {
        key(name); json.string(id); json.raw("]")
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
        // they allocate nothing, and the rest are few, so a list is enough.
        var first: String?
        var others: [String] = []
        for value in values where !value.isEmpty {
            if let first {
                guard value != first, !others.contains(value) else { continue }
                others.append(value)
                json.raw(",")
            } else {
                first = value
                key(name)
            }
            json.string(value)
        }
        if first != nil { json.raw("]") }
    }

    /// `"name":[`, after a comma unless it is the line's first property.
    private mutating func key(_ name: StaticString) {
        if hasProperty { json.raw(",") }
        hasProperty = true
        json.raw("\""); json.raw(name); json.raw(#"":["#)
    }
}
