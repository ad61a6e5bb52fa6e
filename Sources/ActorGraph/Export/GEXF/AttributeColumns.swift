/// The free attribute keys (`weapon`, `killed`, ...) used by a set of
/// items, each given a column of its own in the order first met, so a
/// reader can sort and filter by them. Built once per export; looking a
/// key up is one hash probe.
struct AttributeColumns {
    /// The keys, in the order first met.
    private(set) var keys: [String] = []
    private var positions: [String: Int] = [:]

    /// The keys of `lists`, leaving out `reserved` (keys that already have
    /// a column of their own).
    init<Lists: Sequence>(_ lists: Lists, reserved: Set<String> = []) where Lists.Element == [Attribute] {
        for list in lists {
            for attribute in list where !reserved.contains(attribute.key) && positions[attribute.key] == nil {
                positions[attribute.key] = keys.count
                keys.append(attribute.key)
            }
        }
    }

    /// The column of `key`, or `nil` for a reserved key.
    func position(of key: String) -> Int? { positions[key] }
}
