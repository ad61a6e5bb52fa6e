/// What ``MentionFinder`` finds in one report: every mention of a known
/// actor, the sentences that name two or more, and the capitalised names
/// that match no actor.
public struct ReportMentions: Hashable, Sendable {
    /// Every mention, in text order.
    public var mentions: [Mention]
    /// The sentences that name two known actors or more, in text order.
    public var sentences: [MentionSentence]
    /// Names that match no actor, most frequent first.
    public var candidates: [NameCandidate]

    /// Creates a result.
    public init(mentions: [Mention], sentences: [MentionSentence], candidates: [NameCandidate]) {
        self.mentions = mentions
        self.sentences = sentences
        self.candidates = candidates
    }

    /// The mentions of each actor a spelling names without doubt, in the
    /// order the actors are first mentioned.
    public var actors: [ActorMentions] {
        summaries(of: mentions.filter { !$0.isAmbiguous }) { _ in "" }
    }

    /// The mentions of each spelling that could name several actors.
    public var ambiguous: [ActorMentions] {
        summaries(of: mentions.filter(\.isAmbiguous)) { NameKey.fold($0.spelling) }
    }

    /// The distinct actors mentioned without doubt.
    public var entities: Set<Int> {
        Set(mentions.lazy.filter { !$0.isAmbiguous }.flatMap(\.entities))
    }

    /// `mentions` grouped by their entities and `key`, in order of first mention.
    private func summaries(of mentions: [Mention], key: (Mention) -> String) -> [ActorMentions] {
        var order: [ActorMentions] = []
        var positions: [[Int]: [String: Int]] = [:]
        for mention in mentions {
            let spellingKey = key(mention)
            if let position = positions[mention.entities]?[spellingKey] {
                order[position].count += 1
                if !order[position].spellings.contains(mention.spelling) { order[position].spellings.append(mention.spelling) }
            } else {
                positions[mention.entities, default: [:]][spellingKey] = order.count
                order.append(ActorMentions(entities: mention.entities, spellings: [mention.spelling], count: 1,
                                           line: mention.line, column: mention.column))
            }
        }
        return order
    }
}
