/// Reads back what ActorGraph's FtM export flattens into text: the claim
/// line of a relation (`alleged by Iraqi Army`) and the attribute lines
/// of `notes` and `description` (`killed: 3 (r000 "At least three" (B)) / 2 (r001)`).
/// Only lines of the export's own entities are read so (their ids start
/// with `ag`); in other files these properties are free text.
struct FtMExportText {
    /// The ActorGraph ids of the file's sources, by their index in the
    /// document, to find citations in attribute values.
    let sourceIndex: [String: Int]

    /// The status and claimants the claim line `line` gives, or `nil` when
    /// it is not one: a status alone, or a status, ` by ` and the
    /// claimants' names joined by `, `.
    static func claim(_ line: String) -> (status: ClaimStatus, claimants: [String])? {
        if let status = ClaimStatus(rawValue: line) { return (status, []) }
        guard let by = line.range(of: " by "), let status = ClaimStatus(rawValue: String(line[..<by.lowerBound])) else { return nil }
        let names = line[by.upperBound...].components(separatedBy: ", ").filter { !$0.isEmpty }
        return names.isEmpty ? nil : (status, names)
    }

    /// The attribute an attribute line gives, or `nil` when the line is not
    /// `KEY: VALUES` with KEY an `.ag` word. Values side by side are split
    /// at ` / ` only when each then cites a source, as the export writes
    /// disputed values; a value's citations keep their sources (quotes and
    /// grades are only text in FtM and are dropped).
    func attribute(_ line: String) -> Attribute? {
        guard let colon = line.range(of: ": ") else { return nil }
        let key = String(line[..<colon.lowerBound])
        guard AGWriter.isWord(key) else { return nil }
        let text = String(line[colon.upperBound...])
        let split = text.components(separatedBy: " / ").map(value)
        if split.count > 1, split.allSatisfy({ !$0.citations.isEmpty }) { return Attribute(key, values: split) }
        return Attribute(key, values: [value(text)])
    }

    /// `3 (r000 "At least three" (B); r001)` as the value `3` citing r000
    /// and r001; text with no such parenthesis as it is.
    private func value(_ text: String) -> AttributeValue {
        guard text.hasSuffix(")") else { return AttributeValue(text) }
        var searchStart = text.startIndex
        while let open = text.range(of: " (", range: searchStart ..< text.endIndex) {
            let inside = text[open.upperBound ..< text.index(before: text.endIndex)]
            let citations = citations(in: inside)
            if !citations.isEmpty { return AttributeValue(String(text[..<open.lowerBound]), citations: citations) }
            searchStart = open.upperBound
        }
        return AttributeValue(text)
    }

    /// The sources cited in `inside`, each citation starting with a source
    /// id, citations joined by `; `; none when the first is not a source.
    private func citations(in inside: Substring) -> [Citation] {
        var citations: [Citation] = []
        for (position, part) in inside.components(separatedBy: "; ").enumerated() {
            let id = String(part.prefix { $0 != " " })
            guard let source = sourceIndex[id] else {
                if position == 0 { return [] }
                continue
            }
            citations.append(Citation(source: source))
        }
        return citations
    }
}
