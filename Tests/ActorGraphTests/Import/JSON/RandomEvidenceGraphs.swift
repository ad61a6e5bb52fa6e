@testable import ActorGraph
import SyntheticGraphs

/// Seeded random `.ag` files that use every part of the language an
/// interchange format must carry: declared and restyled kinds and relation
/// types, sources, hostile names and aliases, disputed values, partial
/// dates, claims with claimants, citations with quotes and grades, and,
/// when asked for, claims on values. Every file checks clean.
enum RandomEvidenceGraphs {
    /// Text that breaks naive writers: quotes, backslashes, line and
    /// paragraph separators, tabs, controls, Arabic, emoji, markup, formulas.
    static let hostile = [
        "Harakat \"al\" Nujaba", "back\\slash\\", "two\nlines", "tab\there", "حركة النجباء", "🚀 👩‍👩‍👧 strike",
        "=cmd|' /C calc'!A0", "<b>&amp;</b>", "line\u{2028}sep", "bell\u{7}nul\u{0}c1\u{85}", "cr\rlf", "plain",
    ]
    static let shapes = ["note", "box3d", "house", "hexagon", "ellipse"]
    static let colors = ["gray40", "#ff0000", "darkgreen", "#11223344"]
    // An identity role would bind its ends to one kind or both actors.
    static let roles = RelationRole.allCases.filter { $0 != .identity }.map(\.rawValue)
    static let lines = LineStyle.allCases.map(\.rawValue)
    static let arrowheads = ["normal", "vee", "diamond", "odot", "tee", "none"]

    /// One random file; with `valueClaims`, some values carry a status and
    /// claimants, which only formats that carry them are asked to.
    static func text(using random: inout SplitMix64, valueClaims: Bool = false) -> String {
        var out = ""
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func quoted(_ text: String) -> String { StringLiteral.quoted(text) }

        var kinds = ["person", "group", "state"]
        if chance(30) { out += "kind person [shape: \"\(pick(shapes))\", fill: \"\(pick(colors))\"]\n" }
        for index in 0 ..< Int(random.next() % 3) {
            out += "kind k\(index) [shape: \"\(pick(shapes))\", color: \"\(pick(colors))\"\(chance(50) ? ", fill: \"\(pick(colors))\"" : "")]\n"
            kinds.append("k\(index)")
        }
        var types = ["attacked", "allied-with"]
        if chance(30) { out += "relation attacked [color: \"\(pick(colors))\", style: \(pick(lines)), arrowhead: \"\(pick(arrowheads))\"]\n" }
        for index in 0 ..< Int(random.next() % 3) {
            out += "relation t\(index) [from: any, to: any, role: \(pick(roles)), symmetric: \(chance(30)), style: \(pick(lines)), color: \"\(pick(colors))\"]\n"
            types.append("t\(index)")
        }
        let sourceCount = Int(random.next() % 4)
        for index in 0 ..< sourceCount {
            out += "source r\(index) \(quoted(pick(hostile)))"
            var entries: [String] = []
            if chance(60) { entries.append("outlet: \(quoted(pick(hostile)))") }
            if chance(50) { entries.append("reliability: \(pick(["A", "B", "C", "D", "E", "F"]))") }
            if chance(50) { entries.append("date: \(date(&random))") }
            if chance(30) { entries.append("note: \(quoted(pick(hostile)))") }
            out += entries.isEmpty ? "\n" : " [\(entries.joined(separator: ", "))]\n"
        }
        func citation() -> String {
            var text = "r\(random.next() % UInt64(sourceCount))"
            if chance(50) { text += " " + quoted(pick(hostile)) }
            if chance(40) { text += " \(random.next() % 6 + 1)" }
            return text
        }
        func citations() -> String? {
            guard sourceCount > 0, chance(50) else { return nil }
            return "src: " + (0 ... random.next() % 2).map { _ in citation() }.joined(separator: ", ")
        }
        let entityCount = Int(random.next() % 8) + 1
        /// A value's list: its claim when asked for (`by:` may name an
        /// entity declared later), and a citation when `cited`.
        func valueList(cited: Bool) -> String {
            var entries: [String] = []
            if valueClaims, chance(30) { entries.append("status: \(pick(ClaimStatus.allCases).rawValue)") }
            if valueClaims, chance(25) { entries.append("by: e\(random.next() % UInt64(entityCount))") }
            if cited { entries.append("src: \(citation())") }
            return entries.isEmpty ? "" : " [\(entries.joined(separator: ", "))]"
        }
        /// `key: value`, disputed (each value cited) when sources exist.
        func attribute(_ key: String, _ value: () -> String) -> String {
            guard sourceCount > 0, chance(40) else { return "\(key): \(value())" + valueList(cited: false) }
            return "\(key): " + (0 ... random.next() % 2 + 1).map { _ in value() + valueList(cited: true) }.joined(separator: ", ")
        }

        out += "\n"
        for index in 0 ..< entityCount {
            // The prefixes keep names and aliases distinct once folded.
            out += "\(pick(kinds)) e\(index) \(quoted("n\(index)x \(pick(hostile))"))"
            // Some aliases carry their language and sources; a last alias
            // cited without a language needs the entity's list after it.
            var lastCitedOnly = false
            let aliases = (0 ..< random.next() % 3).map { position in
                var alias = quoted("a\(index)x\(position) \(pick(hostile))")
                let note = [chance(30) ? "lang: \(pick(["ar", "en", "fa", "ar-Latn"]))" : nil, chance(30) ? citations() : nil].compactMap { $0 }
                if !note.isEmpty { alias += " [\(note.joined(separator: ", "))]" }
                lastCitedOnly = note.count == 1 && note[0].hasPrefix("src:")
                return alias
            }
            if !aliases.isEmpty { out += " aka " + aliases.joined(separator: ", ") }
            var entries: [String] = []
            if chance(40) { entries.append(attribute("killed") { "\(random.next() % 20)" }) }
            if chance(40) { entries.append(attribute("note") { quoted(pick(hostile)) }) }
            if chance(30) { entries.append(attribute("date") { date(&random) }) }
            if let cited = citations() { entries.append(cited) }
            out += entries.isEmpty && !lastCitedOnly ? "\n" : " [\(entries.joined(separator: ", "))]\n"
        }
        out += "\n"
        for _ in 0 ..< random.next() % 10 {
            out += "e\(random.next() % UInt64(entityCount)) \(pick(types)) e\(random.next() % UInt64(entityCount))"
            var entries: [String] = []
            if chance(50) { entries.append("status: \(pick(ClaimStatus.allCases).rawValue)") }
            if chance(40) { entries.append("by: " + (0 ... random.next() % 2).map { _ in "e\(random.next() % UInt64(entityCount))" }.joined(separator: ", ")) }
            switch random.next() % 4 {
            case 0: entries.append(attribute("date") { date(&random) })
            case 1: entries.append("from: \(2015 + random.next() % 5)-0\(random.next() % 9 + 1)")
            case 2: entries.append("from: 2019, to: \(2020 + random.next() % 5)-1\(random.next() % 3)-1\(random.next() % 9)")
            default: break
            }
            if chance(30) { entries.append(attribute("weapon") { quoted(pick(hostile)) }) }
            if let cited = citations() { entries.append(cited) }
            out += entries.isEmpty ? "\n" : " [\(entries.joined(separator: ", "))]\n"
        }
        return out
    }

    /// A year, a month or a day, each one that exists.
    private static func date(_ random: inout SplitMix64) -> String {
        let year = 2000 + random.next() % 25
        switch random.next() % 3 {
        case 0: return "\(year)"
        case 1: return "\(year)-0\(random.next() % 9 + 1)"
        default: return "\(year)-1\(random.next() % 3)-2\(random.next() % 9)"
        }
    }
}
