/// Checks of what `.ag` statements say about their evidence: source
/// declarations, and the attributes of entities and relations with their
/// citations (`src:`), claims (`status:`, `by:`), dates and disputed values.
extension Checker {
    /// What an entity's or relation's attribute list holds, sorted out.
    struct ItemAttributes {
        var attributes: [Attribute] = []
        /// Who claims which value, resolved once every entity is known.
        var valueClaimants: [GraphBuilder.ValueClaimants] = []
        var evidence = GraphBuilder.RelationEvidence()
        /// The roles an entity, an event, assigns in its list
        /// (`attacker: us-military [status: confirmed]`), each to become a
        /// relation from its participant to the entity.
        var assignments: [RoleAssignment] = []
    }

    /// One value of a role's key: who takes the role, and the claim that
    /// they do, dated by the event.
    struct RoleAssignment {
        var role: String
        /// The value's position among the role's values, where issues point.
        var value: Int
        var participant: GraphBuilder.Reference
        /// The event's `date`, `from` and `to`, as a relation written by hand carries them.
        var attributes: [Attribute] = []
        var evidence: GraphBuilder.RelationEvidence
    }

    // MARK: Sources

    /// `source ID "title" [outlet: ..., date: ..., reliability: A-F, ...]`.
    mutating func declareSource(_ file: Int, _ statement: SyntaxTree.Statement, _ origin: Int, to builder: inout GraphBuilder) {
        let head = trees[file].head(statement)
        rejectAliases(statement, file, in: "source declaration")
        let usage = "source ID \"title\" [outlet: \"EFE\", date: 2024-01-04, reliability: B]"
        guard head.count >= 2, let idToken = head.dropFirst().first, idToken.kind == .word,
              head.count <= 3 || head.dropFirst(2).allSatisfy({ $0.kind == .word }) else {
            error(.malformedSource, head.count >= 2 ? head[head.startIndex + 1] : head[head.startIndex], file, "expected '\(usage)'")
            return
        }
        let id = text(idToken, file)
        if GraphCompiler.keywords.contains(id) {
            error(.reservedID, idToken, file, "'\(id)' is a keyword and cannot be a source id; choose another")
            return
        }
        var title = id
        if let titleToken = head.dropFirst(2).first {
            // An unquoted title is reported, and the source still declared,
            // so citations of it raise no further errors.
            title = titleToken.kind == .string ? text(titleToken, file)
                : unquotedName(head.dropFirst(2), file, what: "the source's title") ?? id
        }
        var source = Source(id: id, title: title)
        var dependencies: [(kind: SourceDependency.Kind, original: String, token: Token)] = []
        for entry in trees[file].attributes(statement) {
            let keyToken = trees[file].terms[Int(entry.key)]
            let key = text(keyToken, file)
            guard Source.keys.contains(key) else {
                unknownKey(key, keyToken, file, allowed: Source.keys, what: "a source")
                continue
            }
            if let kind = SourceDependency.Kind(rawValue: key) {
                var written: [AttributeValue] = []
                for value in trees[file].values(entry) {
                    guard let (text, original, token) = dependencyValue(value, key: key, file) else { continue }
                    written.append(AttributeValue(text))
                    dependencies.append((kind, original, token))
                }
                if !written.isEmpty { source.attributes.append(Attribute(key, values: written)) }
                continue
            }
            guard let (value, token) = singleValue(entry, file) else { continue }
            switch key {
            case "reliability":
                guard let grade = SourceReliability(rawValue: value) else {
                    error(.invalidReliability, token, file, "'\(value)' is not a reliability grade; grades run from A (completely reliable) to F (cannot be judged)")
                    continue
                }
                source.reliability = grade
            case "date":
                guard let date = date(value, token, file) else { continue }
                source.date = date
            default:
                source.attributes.append(Attribute(key, value))
            }
        }
        // A duplicate is reported by the builder; what it declares is not resolved.
        guard let index = builder.addSource(source, origin: origin) else { return }
        pendingDependencies += dependencies.map {
            PendingDependency(source: index, sourceID: id, kind: $0.kind, original: $0.original, token: $0.token, file: file)
        }
    }

    // MARK: Attributes of entities and relations

    /// Sorts out an attribute list: no key twice; `src:` citations; on
    /// relations `status:`, `by:` and the dates that place it in time;
    /// every other key free, with one value or several that each cite a
    /// source. `nil` after reporting any error.
    mutating func itemAttributes(_ statement: SyntaxTree.Statement, _ file: Int, sources: GraphBuilder, relation: Bool) -> ItemAttributes? {
        var item = ItemAttributes()
        var ok = true
        var dates = Dates()
        let entries = trees[file].attributes(statement)
        for (position, entry) in zip(entries.indices, entries) {
            let keyToken = trees[file].terms[Int(entry.key)]
            let key = text(keyToken, file)
            // Lists are short: compare with the keys before, without allocating.
            if let earlier = entries[..<position].first(where: { sameWord(trees[file].terms[Int($0.key)], keyToken, file) }) {
                duplicate(.duplicateKey, "attribute", key, keyToken, file, first: (file, trees[file].terms[Int(earlier.key)]))
                ok = false
                continue
            }
            let values = trees[file].values(entry)
            switch key {
            case "src":
                guard let citations = citations(values, file, sources: sources) else { ok = false; continue }
                item.evidence.citations = citations
            case "status" where relation:
                guard let (value, token) = singleValue(entry, file), let status = claimStatus(value, token, file) else { ok = false; continue }
                item.evidence.status = status
            case "by" where relation:
                for value in values {
                    guard let token = plainTerm(value, key: key, file) else { ok = false; continue }
                    item.evidence.claimants.append(reference(token, file))
                }
            case _ where !relation && schema.role(named: key) != nil && !values.contains(where: isFigure(file)):
                guard let assignments = roleAssignments(key, values, file, sources: sources) else { ok = false; continue }
                item.assignments += assignments
            default:
                guard let attribute = freeAttribute(key, keyToken: keyToken, values, file, sources: sources, claimants: &item.valueClaimants) else {
                    ok = false
                    continue
                }
                if key == "date" || key == "from" || key == "to" {
                    // Every value counts: sources that disagree on a date
                    // give it a range, from the earliest to the latest.
                    for (value, parsed) in zip(values, attribute.values) {
                        let token = trees[file].terms(value).first!
                        guard let day = date(parsed.text, token, file) else { ok = false; continue }
                        dates.add(key, day, token)
                    }
                }
                item.attributes.append(attribute)
            }
        }
        guard ok else { return nil }
        if relation { return withTime(item, dates: dates, file) }
        if !item.assignments.isEmpty {
            // The event's date or span holds for every assignment.
            guard let timed = withTime(ItemAttributes(), dates: dates, file) else { return nil }
            let when = item.attributes.filter { ["date", "from", "to"].contains($0.key) }
            for index in item.assignments.indices {
                item.assignments[index].evidence.time = timed.evidence.time
                item.assignments[index].attributes = when
            }
        }
        return item
    }

    /// Whether a value reads as a figure: a role's key with a value that
    /// does (`killed: "at least 3" [src: r000]`) holds a count, not
    /// participants, and its other values are words of that count.
    private func isFigure(_ file: Int) -> (SyntaxTree.Value) -> Bool {
        { value in
            let terms = trees[file].terms(value)
            return terms.count == 1 && ReportedNumber(text(terms.first!, file)) != nil
        }
    }

    /// The assignments of role `role`: each value names a participant, by
    /// id, name or alias, and may carry the claim that it takes the role
    /// (`src:`, `status:`, `by:`), as a value does.
    private mutating func roleAssignments(_ role: String, _ values: ArraySlice<SyntaxTree.Value>, _ file: Int,
                                          sources: GraphBuilder) -> [RoleAssignment]? {
        var assignments: [RoleAssignment] = []
        for (position, value) in values.enumerated() {
            guard let token = plainTerm(value, key: role, file),
                  let annotated = valueAnnotations(value, key: role, file, sources: sources) else { return nil }
            let evidence = GraphBuilder.RelationEvidence(status: annotated.value.status, claimants: annotated.claimants,
                                                         citations: annotated.value.citations)
            assignments.append(RoleAssignment(role: role, value: position, participant: .name(text(token, file)), evidence: evidence))
        }
        return assignments
    }

    /// The notes of a statement's aliases, keyed by alias: each alias's
    /// list may hold `lang:` (one language tag) and `src:` citations and
    /// nothing else. A note with errors is reported and left out.
    mutating func aliasNotes(_ statement: SyntaxTree.Statement, _ file: Int, sources: GraphBuilder) -> [String: AliasNote] {
        let tree = trees[file]
        let aliases = tree.aliases(statement)
        var notes: [String: AliasNote] = [:]
        for list in tree.aliasLists(statement) {
            var note = AliasNote()
            var ok = true
            for entry in tree.attributes(list) {
                let keyToken = tree.terms[Int(entry.key)]
                switch text(keyToken, file) {
                case "src":
                    guard let citations = citations(tree.values(entry), file, sources: sources) else { ok = false; continue }
                    note.citations += citations
                case "lang":
                    guard let (tag, token) = singleValue(entry, file) else { ok = false; continue }
                    guard AliasNote.isLanguageTag(tag) else {
                        error(.invalidLanguage, token, file, "'\(tag)' is not a language tag; write a code such as ar, en, fa or ar-Latn")
                        ok = false
                        continue
                    }
                    note.language = tag
                default:
                    error(.listOnAlias, keyToken, file, "an alias's [...] list holds only lang: and src:; '\(text(keyToken, file))' describes "
                              + "the entity: move it to the list after the last alias, as in aka \"X\" [lang: ar], \"Y\" [\(text(keyToken, file)): ...]")
                    ok = false
                }
            }
            if ok { notes[text(aliases[aliases.startIndex + Int(list.alias)], file)] = note }
        }
        return notes
    }

    /// The `date`, `from` and `to` of one attribute list, with where each
    /// was written: the earliest value of `date` and `from`, the latest of `to`.
    struct Dates {
        var date: (PartialDate, Token)?
        var latestDate: PartialDate?
        var from: (PartialDate, Token)?
        var to: (PartialDate, Token)?

        mutating func add(_ key: String, _ value: PartialDate, _ token: Token) {
            switch key {
            case "date":
                if date.map({ value < $0.0 }) ?? true { date = (value, token) }
                if latestDate.map({ $0 < value }) ?? true { latestDate = value }
            case "from":
                if from.map({ value < $0.0 }) ?? true { from = (value, token) }
            default:
                if to.map({ $0.0.latest < value.latest }) ?? true { to = (value, token) }
            }
        }
    }

    /// Places a relation in time from its `date`, or `from` and `to`.
    private mutating func withTime(_ item: ItemAttributes, dates: Dates, _ file: Int) -> ItemAttributes? {
        var item = item
        if let (date, _) = dates.date {
            if let (_, token) = dates.from ?? dates.to {
                error(.dateAndSpan, token, file, "a relation has a 'date:' (an event) or 'from:'/'to:' (a span), not both")
                return nil
            }
            item.evidence.time = TimeSpan(start: date, end: dates.latestDate ?? date, isEvent: true)
        } else if dates.from != nil || dates.to != nil {
            if let (start, _) = dates.from, let (end, token) = dates.to, start.earliest > end.latest {
                error(.spanEndsBeforeStart, token, file, "'to: \(end)' is before 'from: \(start)'")
                return nil
            }
            item.evidence.time = TimeSpan(start: dates.from?.0, end: dates.to?.0)
        }
        return item
    }

    /// Whether two word tokens spell the same word.
    private func sameWord(_ a: Token, _ b: Token, _ file: Int) -> Bool {
        let bytes = files[file].bytes
        return bytes[Int(a.start) ..< Int(a.end)].elementsEqual(bytes[Int(b.start) ..< Int(b.end)])
    }

    /// A claim status, or an error with the nearest statuses.
    private mutating func claimStatus(_ value: String, _ token: Token, _ file: Int) -> ClaimStatus? {
        if let status = ClaimStatus(rawValue: value) { return status }
        if admits(token, file) {
            let names = ClaimStatus.allCases.map(\.rawValue)
            let suggestions = Suggester.nearest(to: value, among: names)
            error(.unknownStatus, token, file, "unknown status '\(value)'" + GraphIssue.didYouMean(suggestions,
                                                                                               otherwise: "use one of " + names.joined(separator: ", ")),
                  fixIts: replacing(token, with: suggestions.first))
        }
        return nil
    }

    /// A free attribute: each value one word or string, optionally with a
    /// list of its sources (`src:`) and the claim it is (`status:`,
    /// `by:`); several values only if every one cites a source, since
    /// values side by side are what different sources say. The actors a
    /// value's `by:` names go to `claimants`, to be resolved once every
    /// entity is known.
    private mutating func freeAttribute(_ key: String, keyToken: Token, _ values: ArraySlice<SyntaxTree.Value>, _ file: Int,
                                        sources: GraphBuilder, claimants: inout [GraphBuilder.ValueClaimants]) -> Attribute? {
        var parsed: [AttributeValue] = []
        for value in values {
            guard let token = plainTerm(value, key: key, file) else { return nil }
            guard var annotated = valueAnnotations(value, key: key, file, sources: sources) else { return nil }
            annotated.value.text = text(token, file)
            if !annotated.claimants.isEmpty {
                claimants.append(GraphBuilder.ValueClaimants(key: key, value: parsed.count, claimants: annotated.claimants))
            }
            parsed.append(annotated.value)
        }
        if parsed.count > 1, let index = parsed.firstIndex(where: \.citations.isEmpty) {
            let token = trees[file].terms(values[values.startIndex + index]).first!
            error(.uncitedValue, token, file, "'\(key)' has several values, so each needs its source: write \(key): 3 [src: r000], 2 [src: r001]")
            return nil
        }
        // Figures are compared as ranges only when every value is one; say which value stops that.
        let figures = parsed.map(\.reportedNumber)
        if figures.contains(where: { $0 != nil && $0?.qualifier != .unknown }) {
            for (index, figure) in figures.enumerated() where figure == nil {
                let token = trees[file].terms(values[values.startIndex + index]).first!
                warning(.unreadFigure, token, file, "'\(parsed[index].text)' is not read as a figure, so the values of '\(key)' are compared as words; "
                        + "write the figure as reported, as in \(key): \"at least 3\" [src: r000] (docs/language.md lists the phrases understood)")
            }
        }
        return Attribute(key, values: parsed)
    }

    /// What a value's `[...]` list says: its citations (`src:`), its
    /// status and its claimants (`by:`), each key once.
    private mutating func valueAnnotations(_ value: SyntaxTree.Value, key: String, _ file: Int,
                                           sources: GraphBuilder) -> (value: AttributeValue, claimants: [GraphBuilder.Reference])? {
        var annotated = AttributeValue(""), claimants: [GraphBuilder.Reference] = []
        let entries = trees[file].nested(value)
        for (position, entry) in zip(entries.indices, entries) {
            let keyToken = trees[file].terms[Int(entry.key)]
            let nestedKey = text(keyToken, file)
            if let earlier = entries[..<position].first(where: { sameWord(trees[file].terms[Int($0.key)], keyToken, file) }) {
                duplicate(.duplicateKey, "annotation", nestedKey, keyToken, file, first: (file, trees[file].terms[Int(earlier.key)]))
                return nil
            }
            let nestedValues = trees[file].nestedValues(entry)
            switch nestedKey {
            case "src":
                guard let found = citations(nestedValues, file, sources: sources) else { return nil }
                annotated.citations = found
            case "status":
                guard nestedValues.count == 1, let token = plainTerm(nestedValues.first!, key: nestedKey, file) else {
                    if nestedValues.count > 1 {
                        error(.severalValues, trees[file].terms(nestedValues[nestedValues.startIndex + 1]).first!, file, "'status' takes one value here")
                    }
                    return nil
                }
                guard let status = claimStatus(text(token, file), token, file) else { return nil }
                annotated.status = status
            case "by":
                for claimant in nestedValues {
                    guard let token = plainTerm(claimant, key: nestedKey, file) else { return nil }
                    claimants.append(reference(token, file))
                }
            default:
                error(.annotationNotSource, keyToken, file,
                      "a value's list takes only 'src:', 'status:' and 'by:', as in \(key): 3 [status: claimed, by: some-actor, src: r000]")
                return nil
            }
        }
        return (annotated, claimants)
    }

    /// The one term of a value that must be a single word or string.
    private mutating func plainTerm(_ value: SyntaxTree.Value, key: String, _ file: Int) -> Token? {
        let terms = trees[file].terms(value)
        guard terms.count == 1, let token = terms.first else {
            error(.severalWords, terms[terms.startIndex + 1], file, "a value of '\(key)' is one word or quoted string; put several words in double quotes",
                  fixIts: quotable(terms, file).map { [$0.fixIt] } ?? [])
            return nil
        }
        return token
    }

    /// Citations `r000 "quoted words" 2, r001`: a source id, then
    /// optionally the supporting words and a credibility grade 1-6.
    private mutating func citations(_ values: ArraySlice<SyntaxTree.Value>, _ file: Int, sources: GraphBuilder) -> [Citation]? {
        var found: [Citation] = []
        for value in values {
            let terms = trees[file].terms(value)
            guard let idToken = terms.first, idToken.kind == .word else {
                error(.malformedCitation, terms.first!, file, "a citation starts with a source id, as in src: r000 \"quoted words\" 2")
                return nil
            }
            let id = text(idToken, file)
            guard let source = sources.source(id: id) else {
                if admits(idToken, file) {
                    // Every source is declared before any citation is read.
                    if sourceSuggestions == nil { sourceSuggestions = SuggestionIndex(sources.sourceIDs) }
                    let suggestions = sourceSuggestions!.nearest(to: id)
                    error(.unknownSource, idToken, file, "unknown source '\(id)'" + GraphIssue.didYouMean(suggestions,
                                                                                                      otherwise: "declare it with 'source \(id) \"title\"'"),
                          fixIts: replacing(idToken, with: suggestions.first))
                }
                return nil
            }
            var citation = Citation(source: source)
            for token in terms.dropFirst() {
                if token.kind == .string, citation.quote == nil, citation.credibility == nil {
                    citation.quote = text(token, file)
                } else if token.kind == .word, citation.credibility == nil, let grade = Int(text(token, file)), (1...6).contains(grade) {
                    citation.credibility = grade
                } else if token.kind == .word, citation.credibility == nil {
                    error(.invalidCredibility, token, file, "'\(text(token, file))' is not a credibility grade; grades run from 1 (confirmed by other sources) to 6 (cannot be judged)")
                    return nil
                } else {
                    error(.malformedCitation, token, file, "a citation is a source id, then optionally \"quoted words\", then a grade 1-6")
                    return nil
                }
            }
            if value.nestedCount > 0 {
                error(.unexpectedList, idToken, file, "a citation cannot carry a [...] list")
                return nil
            }
            found.append(citation)
        }
        return found
    }

    /// Parses a date, reporting a malformed one.
    private mutating func date(_ text: String, _ token: Token, _ file: Int) -> PartialDate? {
        if let date = PartialDate(text) { return date }
        error(.badDate, token, file, "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-01-04")
        return nil
    }
}
