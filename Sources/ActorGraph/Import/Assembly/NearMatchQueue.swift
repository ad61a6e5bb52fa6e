import Dispatch

/// A ``NearMatchIndex`` filed on a thread of its own. Finding the
/// spellings near each new one is most of the cost of adding an entity,
/// and nothing else the importer does needs the answer before it writes
/// the text (the answer only goes into the report and the notes), so the
/// importer hands over each document's spellings and goes on to its
/// relations while they are filed. The spellings are filed one after the
/// other in the order handed over, exactly as on the calling thread, so
/// every run finds the same candidates in the same order.
final class NearMatchQueue: @unchecked Sendable {
    /// A spelling of a new entity to file, and where it came from.
    struct Filing: Sendable {
        var spelling: String
        var owner: Int
        /// The file it came from, as the report names it, and the item
        /// there (`row 12`): joined only for the few near another spelling.
        var document: String
        var element: String
    }

    /// A filing and the spellings filed before it that are near it.
    struct Found: Sendable {
        var filing: Filing
        var candidates: [NearMatchIndex.Candidate]
    }

    private let queue = DispatchQueue(label: "ActorGraph.NearMatchQueue")
    // Touched only on `queue`.
    private var index = NearMatchIndex()
    private var found: [Found] = []

    /// Files `spelling` as a name of `owner` without asking what it is
    /// near (the catalogue's names).
    func insert(_ spelling: String, owner: Int) {
        queue.async { self.index.insert(spelling, owner: owner) }
    }

    /// Finds what each of `filings` is near and files it, in order, after
    /// everything handed over before; returns at once.
    func file(_ filings: [Filing]) {
        guard !filings.isEmpty else { return }
        queue.async {
            for filing in filings {
                let candidates = self.index.candidatesThenInsert(filing.spelling, owner: filing.owner)
                if !candidates.isEmpty { self.found.append(Found(filing: filing, candidates: candidates)) }
            }
        }
    }

    /// The owners of spellings near `spelling`, once everything handed
    /// over is filed.
    func candidates(for spelling: String) -> [NearMatchIndex.Candidate] {
        queue.sync { index.candidates(for: spelling) }
    }

    /// What the filings handed over since the last call are near, in the
    /// order handed over, once they are filed.
    func takeFound() -> [Found] {
        queue.sync {
            defer { found = [] }
            return found
        }
    }
}
