/// The folded spellings of a graph's actors in a trie of Unicode scalars,
/// walked word by word through a report: a name the text spreads over
/// several words (`Al-Nujaba'a`, `Al Nujaba`) folds to the same path as
/// one written as a single word, and each start costs only as many steps
/// as the longest spelling that begins there, whatever the number of names.
struct SpellingTrie {
    /// What a spelling asks of the text before it counts as a mention.
    enum Requirement: Int, Comparable {
        /// Any case: names fold case away.
        case none
        /// The last word starts with a capital: a surname alone ("Ryder")
        /// is a name only where it is capitalised ("trump" is a verb).
        case capitalised
        /// Every letter a capital: an acronym ("US", "PMF") is not the
        /// pronoun "us".
        case upperCase

        static func < (a: Requirement, b: Requirement) -> Bool { a.rawValue < b.rawValue }
    }

    /// An entity a path ends at, and how.
    struct Ending {
        var entity: Int
        /// A full name or alias, rather than a person's surname alone.
        var isFull: Bool
        var requirement: Requirement
    }

    private var children: [[Unicode.Scalar: Int32]] = [[:]]
    private var endings: [Int32: [Ending]] = [:]

    /// The node `key` leads to from the root, made as needed.
    private mutating func node(for key: String) -> Int32 {
        var node: Int32 = 0
        for scalar in key.unicodeScalars {
            if let next = children[Int(node)][scalar] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                children[Int(node)][scalar] = next
                node = next
            }
        }
        return node
    }

    /// Adds a spelling of `entity` folded to `key`. Of one entity's
    /// spellings with one key, the least demanding decides.
    mutating func insert(_ key: String, entity: Int, isFull: Bool, requirement: Requirement) {
        guard !key.isEmpty else { return }
        let node = node(for: key)
        var list = endings[node, default: []]
        if let existing = list.firstIndex(where: { $0.entity == entity }) {
            // A full spelling outranks a surname; between equals, the laxer wins.
            if isFull && !list[existing].isFull {
                list[existing] = Ending(entity: entity, isFull: true, requirement: requirement)
            } else if isFull == list[existing].isFull {
                list[existing].requirement = min(list[existing].requirement, requirement)
            }
        } else {
            list.append(Ending(entity: entity, isFull: isFull, requirement: requirement))
        }
        endings[node] = list
    }

    /// The root, where every walk starts.
    static let root: Int32 = 0

    /// The node reached from `node` by `text`'s scalars, or `nil` where no
    /// spelling goes on so.
    func step(from node: Int32, by text: String) -> Int32? {
        var node = node
        for scalar in text.unicodeScalars {
            guard let next = children[Int(node)][scalar] else { return nil }
            node = next
        }
        return node
    }

    /// The entities whose spellings end at `node` and accept a span whose
    /// letters are all capitals (`upperCase`) or whose last word is
    /// capitalised (`capitalised`): the entity a full spelling names if
    /// any, else every person whose surname it is.
    func entities(at node: Int32, upperCase: Bool, capitalised: Bool) -> [Int] {
        guard let list = endings[node] else { return [] }
        let accepted = list.filter { ending in
            switch ending.requirement {
            case .none: true
            case .capitalised: capitalised || upperCase
            case .upperCase: upperCase
            }
        }
        let full = accepted.filter(\.isFull)
        return (full.isEmpty ? accepted : full).map(\.entity)
    }

    /// Whether a full spelling of four letters or more is a proper prefix
    /// of `folded`: "iranian" begins with "iran".
    func hasPrefixSpelling(of folded: String) -> Bool {
        var node = Self.root
        for (position, scalar) in folded.unicodeScalars.enumerated() {
            if position >= 4, endings[node]?.contains(where: \.isFull) ?? false { return true }
            guard let next = children[Int(node)][scalar] else { return false }
            node = next
        }
        return false
    }
}
