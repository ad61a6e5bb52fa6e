/// Finds spellings that are probably, but not surely, the same name: the
/// same ``NameSkeleton`` (a transliteration variant) or one edit apart on
/// it (a typo). Lookups cost a few hash probes each, not a scan: every
/// spelling is filed under a hash of its skeleton and under a hash of its
/// skeleton with each one letter deleted, and two skeletons one edit
/// apart always share such a key. Keys are 64-bit hashes in chains over
/// flat arrays, not strings, so filing 200,000 spellings allocates almost
/// nothing; a hash collision costs only a comparison, because every pair
/// is checked on the skeletons themselves.
///
/// Names whose digits differ ("12th Brigade", "13th Brigade") are never
/// candidates: numbers in names tell units apart.
struct NearMatchIndex {
    /// Why two spellings were paired.
    enum Reason: Equatable, Sendable {
        /// The same skeleton: they differ only in how the name is transliterated.
        case transliteration
        /// Skeletons one insertion, deletion, substitution or transposition apart.
        case oneEdit
    }

    /// An owner of a spelling near the one asked about, that spelling, and why.
    typealias Candidate = (owner: Int, spelling: String, reason: Reason)

    /// Each filed spelling: its owner, its text, its skeleton's place in
    /// `letters`, and the hash of its digits.
    private var owners: [Int] = []
    private var spellings: [String] = []
    private var starts: [Int] = [0]
    private var letters: [UInt32] = []
    private var digits: [UInt64] = []
    /// Hash → the last posting filed under it; `next` chains postings.
    private var skeletonHeads = PostingHeads()
    private var deletionHeads = PostingHeads()
    private var postingEntry: [Int32] = []
    private var postingNext: [Int32] = []

    /// Skeletons shorter than this get no deletion keys: one edit on four
    /// letters is another name ("Amal", "Amar").
    private static let shortestForEdits = 5

    /// Files `spelling` as a name of `owner`.
    mutating func insert(_ spelling: String, owner: Int) {
        let skeleton = NameSkeleton.of(spelling)
        file(spelling, skeleton, owner: owner, deletions: skeleton.count >= Self.shortestForEdits ? Self.deletionHashes(skeleton) : [])
    }

    /// The owners of spellings near `spelling`, with the spelling that
    /// matched and why, each owner once, in the order they were filed;
    /// `excluding` is the asker itself.
    func candidates(for spelling: String, excluding: Int? = nil) -> [Candidate] {
        let skeleton = NameSkeleton.of(spelling)
        return find(skeleton, deletions: skeleton.count >= Self.shortestForEdits ? Self.deletionHashes(skeleton) : [], excluding: excluding)
    }

    /// ``candidates(for:excluding:)`` of `spelling`, which is then filed
    /// as a name of `owner`: one skeleton and one set of hashes for both.
    mutating func candidatesThenInsert(_ spelling: String, owner: Int) -> [Candidate] {
        let skeleton = NameSkeleton.of(spelling)
        let deletions = skeleton.count >= Self.shortestForEdits ? Self.deletionHashes(skeleton) : []
        let found = find(skeleton, deletions: deletions, excluding: owner)
        file(spelling, skeleton, owner: owner, deletions: deletions)
        return found
    }

    private mutating func file(_ spelling: String, _ skeleton: [UInt32], owner: Int, deletions: [UInt64]) {
        guard !skeleton.isEmpty else { return }
        let entry = Int32(owners.count)
        owners.append(owner)
        spellings.append(spelling)
        letters += skeleton
        starts.append(letters.count)
        digits.append(Self.digitHash(skeleton))
        post(entry, under: Self.hash(skeleton), deletion: false)
        for deletion in deletions { post(entry, under: deletion, deletion: true) }
    }

    private func find(_ skeleton: [UInt32], deletions: [UInt64], excluding: Int?) -> [Candidate] {
        guard !skeleton.isEmpty else { return [] }
        // Few spellings are near any one: a short list, not a dictionary.
        var found: [(entry: Int32, reason: Reason)] = []
        let whole = Self.hash(skeleton)
        forEach(under: whole, in: skeletonHeads) { entry in
            if self.skeleton(entry).elementsEqual(skeleton) { found.append((entry, .transliteration)) }
        }
        if !deletions.isEmpty {
            // Shared deletions find substitutions and transpositions; the
            // whole skeleton among others' deletions finds insertions; a
            // deletion among whole skeletons finds deletions.
            let probe = { (entry: Int32) in
                guard !found.contains(where: { $0.entry == entry }) else { return }
                let other = self.skeleton(entry)
                if other.count >= Self.shortestForEdits, Self.withinOneEdit(skeleton[...], other) { found.append((entry, .oneEdit)) }
            }
            for deletion in deletions {
                forEach(under: deletion, in: deletionHeads, probe)
                forEach(under: deletion, in: skeletonHeads, probe)
            }
            forEach(under: whole, in: deletionHeads, probe)
        }
        guard !found.isEmpty else { return [] }
        let digitsHash = Self.digitHash(skeleton)
        var seen = Set<Int>()
        return found.sorted { $0.entry < $1.entry }.compactMap { entry, reason in
            let index = Int(entry)
            guard owners[index] != excluding, digits[index] == digitsHash, seen.insert(owners[index]).inserted else { return nil }
            return (owners[index], spellings[index], reason)
        }
    }

    private func skeleton(_ entry: Int32) -> ArraySlice<UInt32> {
        letters[starts[Int(entry)]..<starts[Int(entry) + 1]]
    }

    private mutating func post(_ entry: Int32, under hash: UInt64, deletion: Bool) {
        let posting = Int32(postingEntry.count)
        postingEntry.append(entry)
        if deletion {
            postingNext.append(deletionHeads.replace(hash, with: posting))
        } else {
            postingNext.append(skeletonHeads.replace(hash, with: posting))
        }
    }

    private func forEach(under hash: UInt64, in heads: PostingHeads, _ body: (Int32) -> Void) {
        var posting = heads[hash]
        while posting >= 0 {
            body(postingEntry[Int(posting)])
            posting = postingNext[Int(posting)]
        }
    }

    // MARK: Hashes

    private static let base: UInt64 = 0x100000001B3

    /// A polynomial hash of `skeleton`, the one ``deletionHashes(_:)``
    /// gives for a skeleton one letter longer.
    private static func hash(_ skeleton: [UInt32]) -> UInt64 {
        var hash: UInt64 = 0xCBF29CE484222325
        for letter in skeleton { hash = (hash &* base) &+ UInt64(letter) &+ 1 }
        return finalize(hash)
    }

    /// The hash of `skeleton` with each letter deleted in turn, in linear
    /// time from prefix hashes and powers of the base.
    private static func deletionHashes(_ skeleton: [UInt32]) -> [UInt64] {
        let count = skeleton.count
        var prefix = [UInt64](repeating: 0xCBF29CE484222325, count: count + 1)
        for index in 0..<count { prefix[index + 1] = (prefix[index] &* base) &+ UInt64(skeleton[index]) &+ 1 }
        var power = [UInt64](repeating: 1, count: count + 1)
        for index in 0..<count { power[index + 1] = power[index] &* base }
        // Without letter i: prefix[i] shifted over the n-i-1 letters after
        // it, plus those letters' own contribution.
        return (0..<count).map { index in
            let after = count - index - 1
            let suffix = prefix[count] &- prefix[index + 1] &* power[after]
            return finalize(prefix[index] &* power[after] &+ suffix)
        }
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var mixed = value ^ (value >> 33)
        mixed = mixed &* 0xFF51AFD7ED558CCD
        return mixed ^ (mixed >> 33)
    }

    private static func digitHash(_ skeleton: [UInt32]) -> UInt64 {
        hash(skeleton.filter { (0x30...0x39).contains($0) })
    }

    /// Whether `a` and `b` are at most one insertion, deletion,
    /// substitution or transposition of neighbours apart.
    static func withinOneEdit(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        // The first position where they differ, counted from the start of each.
        var offset = 0
        while offset < short.count, short[short.startIndex + offset] == long[long.startIndex + offset] { offset += 1 }
        if offset == short.count { return true }
        let restShort = short[(short.startIndex + offset + 1)...]
        if short.count < long.count { return short[(short.startIndex + offset)...].elementsEqual(long[(long.startIndex + offset + 1)...]) }
        if restShort.elementsEqual(long[(long.startIndex + offset + 1)...]) { return true }
        // Two neighbours swapped.
        let next = offset + 1
        return next < short.count && short[short.startIndex + offset] == long[long.startIndex + next]
            && short[short.startIndex + next] == long[long.startIndex + offset]
            && short[(short.startIndex + next + 1)...].elementsEqual(long[(long.startIndex + next + 1)...])
    }
}
