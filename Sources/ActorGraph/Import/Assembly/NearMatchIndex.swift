/// Finds spellings that are probably, but not surely, the same name: the
/// same ``NameSkeleton`` (a transliteration variant) or one edit apart on
/// it (a typo). Lookups cost a few hash probes each, not a scan, because
/// every spelling is filed under its skeleton and under each skeleton
/// with one letter deleted; two skeletons one edit apart always share
/// such a key. So checking 100,000 imported names against each other
/// stays linear.
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

    /// A spelling filed in the index, and whose it is.
    private struct Entry {
        var owner: Int
        var spelling: String
        var skeleton: [Character]
        var digits: String
    }

    private var entries: [Entry] = []
    /// Skeleton → entries with it.
    private var bySkeleton: [String: [Int32]] = [:]
    /// Skeleton with one letter deleted → entries.
    private var byDeletion: [String: [Int32]] = [:]

    /// Skeletons shorter than this get no deletion keys: one edit on four
    /// letters is another name ("Amal", "Amar").
    private static let shortestForEdits = 5

    /// Files `spelling` as a name of `owner`.
    mutating func insert(_ spelling: String, owner: Int) {
        let skeleton = NameSkeleton.of(spelling)
        guard !skeleton.isEmpty else { return }
        let position = Int32(entries.count)
        let letters = Array(skeleton)
        entries.append(Entry(owner: owner, spelling: spelling, skeleton: letters, digits: Self.digits(of: skeleton)))
        bySkeleton[skeleton, default: []].append(position)
        guard letters.count >= Self.shortestForEdits else { return }
        for deletion in Self.deletions(of: letters) { byDeletion[deletion, default: []].append(position) }
    }

    /// The owners of spellings near `spelling`, with the spelling that
    /// matched and why, each owner once, in the order they were filed;
    /// `excluding` is the asker itself.
    func candidates(for spelling: String, excluding: Int? = nil) -> [(owner: Int, spelling: String, reason: Reason)] {
        let skeleton = NameSkeleton.of(spelling)
        guard !skeleton.isEmpty else { return [] }
        let letters = Array(skeleton)
        let digits = Self.digits(of: skeleton)
        var found: [Int32: Reason] = [:]
        for position in bySkeleton[skeleton] ?? [] { found[position] = .transliteration }
        if letters.count >= Self.shortestForEdits {
            var probes = Self.deletions(of: letters)
            probes.append(skeleton)
            for probe in probes {
                for position in (byDeletion[probe] ?? []) + (probe == skeleton ? [] : bySkeleton[probe] ?? []) where found[position] == nil {
                    if Self.withinOneEdit(letters, entries[Int(position)].skeleton) { found[position] = .oneEdit }
                }
            }
        }
        var owners = Set<Int>()
        return found.keys.sorted().compactMap { position in
            let entry = entries[Int(position)]
            guard entry.owner != excluding, entry.digits == digits, owners.insert(entry.owner).inserted else { return nil }
            return (entry.owner, entry.spelling, found[position] ?? .oneEdit)
        }
    }

    private static func digits(of skeleton: String) -> String {
        String(skeleton.filter(\.isNumber))
    }

    private static func deletions(of letters: [Character]) -> [String] {
        letters.indices.map { index in
            var copy = letters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// Whether `a` and `b` are at most one insertion, deletion,
    /// substitution or transposition of neighbours apart.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var skipped = false
        var i = 0, j = 0
        while i < short.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else if skipped {
                return false
            } else {
                skipped = true
                j += 1
            }
        }
        return true
    }
}
