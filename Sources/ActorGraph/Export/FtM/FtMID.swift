/// FollowTheMoney ids derived from ActorGraph's, so the same graph gives
/// the same ids on every run and an entity keeps its id across graphs.
///
/// FtM ids may only hold ASCII letters, digits, `-` and `.`, and start and
/// end with a letter or digit, so the ActorGraph id is escaped: any other
/// byte, `.` itself, and a final `-` become `.XX` (the UTF-8 byte in
/// lower-case hex), which reads back unambiguously. The namespaces cannot
/// meet: entities are `ag-ID`, and every other id starts with `ag.`
/// (`ag.rel-N`, `ag.src-ID`, `ag.cite-ID-N`).
enum FtMID {
    /// Relation N is `ag.rel-N`, its index among all the relations, as
    /// `rel-N` in the JSON export.
    static let relationPrefix: StaticString = "ag.rel-"

    /// `ag-ID`: an ActorGraph entity.
    static func entity(_ id: String) -> String { "ag-" + escaped(id) }

    /// `ag.src-ID`: a source, written as an Article.
    static func source(_ id: String) -> String { "ag.src-" + escaped(id) }

    /// `ag.cite-ID-N`: the Documentation of entity ID's citation N (from 0).
    static func citation(entity id: String, _ position: Int) -> String { "ag.cite-" + escaped(id) + "-" + String(position) }

    private static func escaped(_ id: String) -> String {
        // Most ids need no escaping; they are checked without copying.
        guard !id.utf8.allSatisfy(isKept) || id.utf8.last == UInt8(ascii: "-") else { return id }
        let bytes = Array(id.utf8)
        let hex = Array("0123456789abcdef".utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count * 3)
        for (position, byte) in bytes.enumerated() {
            if isKept(byte) && !(byte == UInt8(ascii: "-") && position == bytes.count - 1) {
                escaped.append(byte)
            } else {
                escaped += [UInt8(ascii: "."), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
