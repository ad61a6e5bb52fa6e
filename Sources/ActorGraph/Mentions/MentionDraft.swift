/// A draft `.ag` file for an analyst to finish, from the mentions found in
/// new reports: a `source` for each report, its candidate names as
/// commented-out entities, and for each sentence that names two known
/// actors a commented-out relation quoting the sentence, so that once
/// uncommented and given a type it passes the quote check. As written,
/// the draft adds only the sources, and checks clean beside the graph.
public struct MentionDraft: Sendable {
    /// The graph the reports were read against.
    public let graph: Graph
    private var sourceIDs: IDAllocator
    private var entityIDs: IDAllocator
    /// The id given to each candidate, by folded name, so a name found in
    /// two reports is proposed under one id.
    private var candidateIDs: [String: String] = [:]
    private var nextSourceNumber: Int
    private var sections: [String] = []

    /// The relation type left for the analyst to choose.
    public static let placeholderType = "RELATION"

    /// Words that make a candidate a group rather than a person.
    private static let groupWords: Set<String> = [
        "forces", "force", "army", "ministry", "brigade", "brigades", "battalion", "battalions", "movement", "party", "council",
        "agency", "committee", "front", "group", "militia", "militias", "organization", "organisation", "corps", "guards",
        "resistance", "office", "department", "government", "coalition", "network", "union", "authority", "police", "company",
        "news", "media", "mobilization", "mobilisation", "hezbollah", "kataib", "harakat", "jaish", "saraya", "asaib",
    ]

    /// An empty draft against `graph`.
    public init(graph: Graph) {
        self.graph = graph
        sourceIDs = IDAllocator(taken: Set(graph.sources.map(\.id)), reserved: GraphCompiler.keywords)
        entityIDs = IDAllocator(taken: Set(graph.entities.map(\.id)), reserved: Set(graph.schema.kinds.map(\.name)).union(GraphCompiler.keywords))
        // Sources numbered rNNN, as the catalogue numbers its reports, go on from the last.
        nextSourceNumber = graph.sources.compactMap { $0.id.first == "r" ? Int($0.id.dropFirst()) : nil }.max().map { $0 + 1 } ?? 0
    }

    /// Adds the report `text`, whose file is `file` (the name the source's
    /// `file:` gives), with the `mentions` found in it.
    public mutating func add(file: String, text: String, mentions: ReportMentions) {
        while !sourceIDs.isFree(sourceID(nextSourceNumber)) { nextSourceNumber += 1 }
        let id = sourceIDs.claim(sourceID(nextSourceNumber), else: sourceID(nextSourceNumber))
        nextSourceNumber += 1
        var lines = ["source \(id) \(StringLiteral.quoted(Self.title(of: text, file: file))) [file: \(StringLiteral.quoted(file))]", ""]
        let actors = mentions.actors
        if !actors.isEmpty {
            lines.append("# Actors of the graph \(file) names: "
                + actors.map { "\(graph.entities[$0.entities[0]].id) (\($0.count))" }.joined(separator: ", "))
        }
        if !mentions.candidates.isEmpty {
            lines.append("# Names in \(file) that match no actor (kind guessed from the name):")
            for candidate in mentions.candidates {
                let kind = Self.guessedKind(of: candidate.name)
                let key = NameKey.fold(candidate.name)
                let entity = candidateIDs[key] ?? entityIDs.allocate(key: nil, name: candidate.name, fallback: kind)
                candidateIDs[key] = entity
                let count = "\(candidate.count) mention\(candidate.count == 1 ? "" : "s")"
                let opening = candidate.onlyOpensSentences ? ", only opening a sentence" : ""
                lines.append("# \(kind) \(entity) \(StringLiteral.quoted(candidate.name))  # \(count), first \(candidate.line):\(candidate.column)\(opening)")
            }
        }
        if !mentions.sentences.isEmpty {
            lines.append("# Sentences of \(file) that name two known actors; give each relation its type:")
            for sentence in mentions.sentences {
                let ids = sentence.entities.map { graph.entities[$0].id }
                let others = ids.count > 2 ? ", also names " + ids.dropFirst(2).joined(separator: ", ") : ""
                lines.append("# \(ids[0]) \(Self.placeholderType) \(ids[1]) [src: \(id) \(StringLiteral.quoted(sentence.text))]  # line \(sentence.line)\(others)")
            }
        }
        sections.append(lines.joined(separator: "\n"))
    }

    /// The draft, laid out as `actorgraph fmt` writes it.
    public var text: String {
        let header = """
        # Draft from `actorgraph mentions --draft`. Check each line against its
        # report, uncomment what stands, and give each relation its type.
        """
        let text = ([header] + sections).joined(separator: "\n\n\n") + "\n"
        return AGFormatter.format(SourceFile(path: "draft.ag", text: text)).text ?? text
    }

    private func sourceID(_ number: Int) -> String {
        let digits = String(number)
        return "r" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The report's first line that has words, as a title of at most 100
    /// characters; the file's name when it has none.
    private static func title(of text: String, file: String) -> String {
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { $0.contains(where: \.isLetter) }) else { return file }
        // A list item's dash or a bullet is no part of a title.
        let words = line.split(whereSeparator: \.isWhitespace).drop { !$0.contains(where: { $0.isLetter || $0.isNumber }) }
        var title = ""
        for word in words {
            guard title.count + word.count + 1 <= 100 else { return title.isEmpty ? String(word.prefix(100)) : title + " …" }
            title += (title.isEmpty ? "" : " ") + word
        }
        return title
    }

    private static func guessedKind(of name: String) -> String {
        name.split(whereSeparator: { !$0.isLetter }).contains { groupWords.contains(NameKey.fold(String($0))) } ? "group" : "person"
    }
}
