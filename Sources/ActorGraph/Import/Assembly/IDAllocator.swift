/// Hands out `.ag` ids that are words, unique among everything already
/// taken (the catalogue's ids and earlier imports), and not a kind name or
/// keyword: the file's own key where it is such a word, else a slug of the
/// name (`Harakat al-Nujaba` → `harakat-al-nujaba`), with `-2`, `-3`
/// appended on a clash.
struct IDAllocator {
    private var taken: Set<String>
    private var reserved: Set<String>

    /// An allocator that will not hand out `taken`, nor any of `reserved`
    /// (kind names and keywords).
    init(taken: Set<String>, reserved: Set<String>) {
        self.taken = taken
        self.reserved = reserved
    }

    /// Keeps `word` from being handed out: a kind an input declares.
    mutating func reserve(_ word: String) { reserved.insert(word) }

    /// A fresh id for an item the file calls `key` and names `name`;
    /// `fallback` (such as the kind's name) stands in when neither gives
    /// a letter or digit to build on.
    mutating func allocate(key: String?, name: String, fallback: String) -> String {
        // A key made only of digits is a row number or database id: it
        // says nothing to a reader of the `.ag` file, the name does.
        if let key, AGWriter.isWord(key), key.contains(where: \.isLetter), !reserved.contains(key), !taken.contains(key) {
            taken.insert(key)
            return key
        }
        var base = Self.slug(name)
        if base.isEmpty, let key { base = Self.slug(key) }
        // Numbered from 1 when the fallback is all there is: `group-1`, `group-2`.
        let numbered = base.isEmpty
        if base.isEmpty || reserved.contains(base) { base = base.isEmpty ? fallback : "\(base)-\(fallback)" }
        return claim(numbered ? "\(base)-1" : base, else: base)
    }

    /// Whether `id` may be handed out: neither taken nor reserved.
    func isFree(_ id: String) -> Bool {
        !taken.contains(id) && !reserved.contains(id)
    }

    /// `first` if it is free, else the first free of `base-2`, `base-3`,
    /// ...; taken from now on.
    mutating func claim(_ first: String, else base: String) -> String {
        var id = first
        var suffix = 2
        while !isFree(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        taken.insert(id)
        return id
    }

    /// `text` as an id: a slug (``Slug/word(_:limit:)``) of at most 48
    /// characters, since an id is typed and read in every line that names
    /// the item; empty when nothing is left (a name in Arabic script).
    static func slug(_ text: String) -> String {
        Slug.word(text, limit: 48)
    }
}
