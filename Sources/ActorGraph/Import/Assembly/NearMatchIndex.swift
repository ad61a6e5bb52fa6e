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

    /// Each filed spelling: its owner, its text, its skeleton's place in
    /// `letters`, and the hash of its digits.
    private var owners: [Int] = []
    private var spellings: [String] = []
    private var starts: [Int] = [0]
    private var letters: [UInt32] = []
    private var digits: [UInt64] = []
    /// Hash → the last posting filed under it; `next` chains postings.
    private var skeletonHeads: [UInt64: Int32] = [:]
    private var deletionHeads: [UInt64: Int32] = [:]
    private var postingEntry: [Int32] = []
    private var postingNext: [Int32] = []

    /// Skeletons shorter than this get no deletion keys: one edit on four
    /// letters is another name ("Amal", "Amar").
    private static let shortestForEdits = 5

    /// Files `spelling` as a name of `owner`.
    mutating func insert(_ spelling: String, owner: Int) {
        let skeleton = NameSkeleton.of(spelling)
        guard !skeleton.isEmpty else { return }
        let entry = Int32(owners.count)
        owners.append(owner)
        spellings.append(spelling)
        letters += skeleton
        starts.append(letters.count)
        digits.append(Self.digitHash(skeleton))
        post(entry, under: Self.hash(skeleton, skipping: nil), deletion: false)
        guard skeleton.count >= Self.shortestForEdits else { return }
        for deletion in Self.deletionHashes(skeleton) { post(entry, under: deletion, deletion: true) }
    }

    /// The owners of spellings near `spelling`, with the spelling that
    /// matched and why, each owner once, in the order they were filed;
    /// `excluding` is the asker itself.
    func candidates(for spelling: String, excluding: Int? = nil) -> [(owner: Int, spelling: String, reason: Reason)] {
        let skeleton = NameSkeleton.of(spelling)
        guard !skeleton.isEmpty else { return [] }
        var found: [Int32: Reason] = [:]
        let whole = Self.hash(skeleton, skipping: nil)
        forEach(under: whole, in: skeletonHeads) { entry in
            if self.skeleton(entry).elementsEqual(skeleton) { found[entry] = .transliteration }
        }
        if skeleton.count >= Self.shortestForEdits {
            // Shared deletions find substitutions and transpositions; the
            // whole skeleton among others' deletions finds insertions; a
            // deletion among whole skeletons finds deletions.
            let deletions = Self.deletionHashes(skeleton)
            let probe = { (entry: Int32) in
                let other = self.skeleton(entry)
                if found[entry] == nil, other.count >= Self.shortestForEdits, Self.withinOneEdit(skeleton, other) { found[entry] = .oneEdit }
            }
            for deletion in deletions {
                forEach(under: deletion, in: deletionHeads, probe)
                forEach(under: deletion, in: skeletonHeads, probe)
            }
            forEach(under: whole, in: deletionHeads, probe)
        }
        let digitsHash = Self.digitHash(skeleton)
        var seen = Set<Int>()
        return found.keys.sorted().compactMap { entry in
            let index = Int(entry)
            guard owners[index] != excluding, digits[index] == digitsHash, seen.insert(owners[index]).inserted else { return nil }
            return (owners[index], spellings[index], found[entry] ?? .oneEdit)
        }
    }

    private func skeleton(_ entry: Int32) -> ArraySlice<UInt32> {
        letters[starts[Int(entry)]..<starts[Int(entry) + 1]]
    }

    private mutating func post(_ entry: Int32, under hash: UInt64, deletion: Bool) {
        let posting = Int32(postingEntry.count)
        postingEntry.append(entry)
        if deletion {
            postingNext.append(deletionHeads.updateValue(posting, forKey: hash) ?? -1)
        } else {
            postingNext.append(skeletonHeads.updateValue(posting, forKey: hash) ?? -1)
        }
    }

    private func forEach(under hash: UInt64, in heads: [UInt64: Int32], _ body: (Int32) -> Void) {
        var posting = heads[hash] ?? -1
        while posting >= 0 {
            body(postingEntry[Int(posting)])
            posting = postingNext[Int(posting)]
        }
    }

    // MARK: Hashes

    private static let base: UInt64 = 0x100000001B3

    /// A polynomial hash of `skeleton`, leaving out the letter at `skipping`.
    private static func hash<C: Collection>(_ skeleton: C, skipping: C.Index?) -> UInt64 where C.Element == UInt32 {
        var hash: UInt64 = 0xCBF29CE484222325
        for index in skeleton.indices where index != skipping { hash = (hash &* base) &+ UInt64(skeleton[index]) &+ 1 }
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
        hash(skeleton.filter { (0x30...0x39).contains($0) }, skipping: nil)
    }

    /// Whether `a` and `b` are at most one insertion, deletion,
    /// substitution or transposition of neighbours apart.
    static func withinOneEdit<A: Collection, B: Collection>(_ a: A, _ b: B) -> Bool where A.Element == UInt32, B.Element == UInt32 {
        let a = Array(a), b = Array(b)
        if a == b { return true }
        if a.count == b.count {
            guard let first = a.indices.first(where: { a[$0] != b[$0] }) else { return true }
            let rest = first + 1
            if a[rest...] == b[rest...] { return true }
            return rest < a.count && a[first] == b[rest] && a[rest] == b[first] && a[(rest + 1)...] == b[(rest + 1)...]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        let first = short.indices.first { short[$0] != long[$0] } ?? short.count
        return short[first...] == long[(first + 1)...]
    }
}
