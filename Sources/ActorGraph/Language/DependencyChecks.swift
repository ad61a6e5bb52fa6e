/// Checks of what sources declare they repeat (`copies:`, `derived-from:`):
/// each value's form as it is read, then, once every source is declared,
/// the originals it names and the cycles they make.
extension Checker {
    /// A `copies:` or `derived-from:` value read from a declaration, to be
    /// resolved once every source is declared.
    struct PendingDependency {
        /// The declaring source's index and id.
        var source: Int
        var sourceID: String
        var kind: SourceDependency.Kind
        /// The original's id as written, and where.
        var original: String
        var token: Token
        var file: Int
    }

    /// The value `r000` or `r000 "3-8, 12"` as the source's attribute keeps
    /// it, or `nil` after reporting a value of another form. The declaring
    /// source is not known yet, so the caller files the pending reference.
    mutating func dependencyValue(_ value: SyntaxTree.Value, key: String, _ file: Int) -> (text: String, original: String, token: Token)? {
        let terms = trees[file].terms(value)
        let example = "\(key): r000 \"3-8\""
        guard let idToken = terms.first, idToken.kind == .word else {
            error(.malformedSource, terms.first!, file, "'\(key)' names the source repeated by its id, then optionally the lines that repeat it, as in \(example)")
            return nil
        }
        guard value.nestedCount == 0 else {
            error(.unexpectedList, idToken, file, "a value of '\(key)' cannot carry a [...] list")
            return nil
        }
        let id = text(idToken, file)
        guard terms.count > 1 else { return (id, id, idToken) }
        let rangesToken = terms[terms.startIndex + 1]
        guard terms.count == 2, rangesToken.kind == .string else {
            let extra = terms.count == 2 ? rangesToken : terms[terms.startIndex + 2]
            error(.malformedSource, extra, file, "after the source id, '\(key)' takes one quoted string of line ranges, as in \(example)")
            return nil
        }
        let ranges = text(rangesToken, file)
        guard SourceDependency.lineRanges(ranges) != nil else {
            error(.malformedLineRange, rangesToken, file, "'\(ranges)' is not a list of line ranges; write the lines of this source's report "
                  + "that repeat the original as numbers from 1 or ranges first-last, separated by commas, as in \"1-2, 9-10\"")
            return nil
        }
        return (SourceDependency.value(original: id, lines: ranges), id, idToken)
    }

    /// Resolves the pending dependencies against the declared sources:
    /// an unknown original (with the nearest ids), a source that repeats
    /// itself, and each cycle, spelled out where its first source declares
    /// its step.
    mutating func checkDependencies(_ sources: GraphBuilder) {
        var edges: [Int: [(original: Int, pending: PendingDependency)]] = [:]
        for pending in pendingDependencies {
            guard let original = sources.source(id: pending.original) else {
                if admits(pending.token, pending.file) {
                    if sourceSuggestions == nil { sourceSuggestions = SuggestionIndex(sources.sourceIDs) }
                    let suggestions = sourceSuggestions!.nearest(to: pending.original)
                    error(.unknownOriginal, pending.token, pending.file, "'\(pending.kind.rawValue): \(pending.original)' names no declared source"
                          + GraphIssue.didYouMean(suggestions, otherwise: "declare it, even unseen, with 'source \(pending.original) \"title\"'"),
                          fixIts: replacing(pending.token, with: suggestions.first))
                }
                continue
            }
            guard original != pending.source else {
                error(.sourceRepeatsItself, pending.token, pending.file,
                      "source '\(pending.original)' cannot repeat itself; name the source it \(pending.kind == .copies ? "copies" : "derives from")")
                continue
            }
            edges[pending.source, default: []].append((original, pending))
        }
        for cycle in Self.cycles(edges) {
            let first = cycle[0].pending
            let steps = cycle.map { "\($0.pending.sourceID) \($0.pending.kind.rawValue) \($0.pending.original)" }
            error(.dependencyCycle, first.token, first.file, "sources repeat each other in a circle: " + steps.joined(separator: ", ")
                  + "; an original cannot repeat what repeats it, so remove the declaration that points the wrong way")
        }
    }

    /// Each cycle of `edges` once, as its steps from the source declared
    /// first: a depth-first walk from every source in turn, a step back to
    /// a source still on the walk closing a cycle.
    private static func cycles(_ edges: [Int: [(original: Int, pending: PendingDependency)]]) -> [[(original: Int, pending: PendingDependency)]] {
        var found: [[(original: Int, pending: PendingDependency)]] = []
        var done = Set<Int>()
        for start in edges.keys.sorted() where !done.contains(start) {
            // The walk: each source on it with the position of its next step to try.
            var walk: [(source: Int, next: Int)] = [(start, 0)]
            var taken: [(original: Int, pending: PendingDependency)] = []
            var onWalk: Set<Int> = [start]
            while let (source, next) = walk.last {
                let out = edges[source] ?? []
                guard next < out.count else {
                    walk.removeLast()
                    onWalk.remove(source)
                    done.insert(source)
                    if !taken.isEmpty { taken.removeLast() }
                    continue
                }
                walk[walk.count - 1].next += 1
                let step = out[next]
                if onWalk.contains(step.original) {
                    let from = walk.firstIndex { $0.source == step.original }!
                    var cycle = Array(taken[from...]) + [step]
                    // Start at the source declared first, so the message reads the same wherever the walk began.
                    let first = cycle.indices.min { cycle[$0].pending.source < cycle[$1].pending.source }!
                    cycle = Array(cycle[first...] + cycle[..<first])
                    found.append(cycle)
                } else if !done.contains(step.original) {
                    walk.append((step.original, 0))
                    taken.append(step)
                    onWalk.insert(step.original)
                }
            }
        }
        return found
    }
}
