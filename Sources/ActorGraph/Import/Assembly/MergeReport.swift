/// What an import decided about the names it read, for the user to
/// review: which spellings were found in the catalogue, which rows were
/// merged into one new entity, and which new entities may be an entity
/// already known, which the import never merges by itself.
public struct MergeReport: Sendable {
    /// A spelling found in the catalogue, whose id the import reused.
    public struct Match: Sendable, Equatable {
        /// The spelling as the input gives it.
        public var spelling: String
        /// Where: the file and the row or element.
        public var origin: String
        /// The catalogue entity's id.
        public var id: String
        /// How it was found: `id`, `name` or `alias`.
        public var rule: String
        /// The item's spellings the catalogue lacks, which could be added
        /// to the entity's `aka` list.
        public var newSpellings: [String]
    }

    /// Several items of the input that name one new entity.
    public struct Merge: Sendable, Equatable {
        /// The new entity's id.
        public var id: String
        /// The spellings merged, the first being the name.
        public var spellings: [String]
        /// Where each item is.
        public var origins: [String]
    }

    /// A new entity that may be one already known.
    public struct Candidate: Sendable, Equatable {
        /// The new entity's id.
        public var id: String
        /// Its spelling that matched.
        public var spelling: String
        /// Where it is in the input.
        public var origin: String
        /// The entity it may be.
        public var candidateID: String
        /// That entity's spelling that matched.
        public var candidateSpelling: String
        /// Whether the candidate is in the catalogue, not imported with it.
        public var inCatalogue: Bool
        /// Why they were paired, in words.
        public var reason: String
    }

    /// Spellings found in the catalogue, in input order.
    public var matches: [Match] = []
    /// New entities made of several items, in input order.
    public var merges: [Merge] = []
    /// Possible duplicates left for the user, in input order.
    public var candidates: [Candidate] = []

    /// The report as lines for a terminal: a heading per part, one line per item.
    public var lines: [String] {
        var out: [String] = []
        if !matches.isEmpty {
            out.append("found in the catalogue (its ids reused):")
            out += matches.map { match in
                "  \(match.origin): '\(match.spelling)' is \(match.id) (same \(match.rule))"
                    + (match.newSpellings.isEmpty ? "" : "; new spellings to add to its aka list: "
                        + match.newSpellings.map { "'\($0)'" }.joined(separator: ", "))
            }
        }
        if !merges.isEmpty {
            out.append("merged, as they name one new actor:")
            out += merges.map { "  \($0.id): " + zip($0.spellings, $0.origins).map { "'\($0)' (\($1))" }.joined(separator: ", ") }
        }
        if !candidates.isEmpty {
            out.append("possible duplicates, NOT merged (decide, then edit the output):")
            out += candidates.map(Self.describe)
        }
        return out
    }

    /// `abu-taqua ('Abu Taqua', row 3) may be abu-taqwa ('Abu Taqwa', catalogue): ...`.
    static func describe(_ candidate: Candidate) -> String {
        "  \(candidate.id) ('\(candidate.spelling)', \(candidate.origin)) may be \(candidate.candidateID) ('\(candidate.candidateSpelling)'"
            + (candidate.inCatalogue ? ", in the catalogue" : ", also imported") + "): \(candidate.reason)"
    }
}
