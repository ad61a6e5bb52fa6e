// Entities: found in the catalogue, merged with another item naming the
// same new actor, or new, with their possible duplicates noted.

extension ImportAssembly {
    /// Adds one entity item of the current document.
    mutating func add(_ item: ImportedEntity) {
        guard let kind = kind(of: item) else { return }
        guard let attributes = remap(item.attributes, origin: item.origin, reserved: ImportedAttributeKey.reservedOnEntities) else { return }
        let citation = provenance(item.origin)
        let citations = item.citations.isEmpty ? [citation] : [citation] + remap(item.citations)
        let spellings = Self.spellings(of: item)

        if let found = catalogueMatch(for: item, spellings: spellings) {
            bind(item.key, to: found.index)
            for spelling in spellings where names[spelling.folded] == nil { names[spelling.folded] = found.index }
            matched += 1
            let known = Set(([entities[found.index].name] + entities[found.index].aliases).map(NameKey.fold))
            report.matches.append(MergeReport.Match(spelling: found.spelling, origin: describe(item.origin), id: entities[found.index].id,
                                                    rule: found.rule, newSpellings: spellings.filter { !known.contains($0.folded) }.map(\.text)))
            if kind != entities[found.index].kind {
                warning(.importKindDiffers, item.origin, .kind,
                        "\(item.origin.element): '\(found.spelling)' is a \(schema.kinds[kind].name) here but \(entities[found.index].id) is a "
                            + "\(schema.kinds[entities[found.index].kind].name) in the catalogue; the catalogue's kind is kept")
            }
            return
        }
        if let existing = newEntity(for: item, spellings: spellings) {
            merge(item, spellings: spellings, attributes: attributes, citations: citations, into: existing, kind: kind)
            deferReferences(of: existing, item.origin)
            if !item.valueClaims.isEmpty { context.valueClaims.append((existing, merged(item, into: existing), item.origin)) }
            return
        }
        let index = entities.count
        let id = ids.allocate(key: item.key, name: spellings[0].text, fallback: schema.kinds[kind].name)
        entities.append(Entity(id: id, kind: kind, name: spellings[0].text, aliases: spellings.dropFirst().map(\.text),
                               attributes: attributes, citations: citations, aliasNotes: remap(item.aliasNotes)))
        firstCitation[index] = citation
        origins[index] = [describe(item.origin)]
        if !item.valueClaims.isEmpty { context.valueClaims.append((index, item.valueClaims, item.origin)) }
        bind(item.key, to: index)
        file(spellings, of: index, origin: item.origin)
        deferReferences(of: index, item.origin)
    }

    /// A spelling and its folded key, folded once.
    struct Spelling {
        var text: String
        var folded: String
    }

    /// The name first, then the aliases, each spelling once (folded).
    private static func spellings(of item: ImportedEntity) -> [Spelling] {
        let name = item.name.isEmpty ? (item.key ?? "") : item.name
        var spellings = [Spelling(text: name, folded: NameKey.fold(name))]
        for alias in item.aliases where !alias.isEmpty {
            let folded = NameKey.fold(alias)
            if !spellings.contains(where: { $0.folded == folded }) { spellings.append(Spelling(text: alias, folded: folded)) }
        }
        return spellings
    }

    /// The kind of `item`: its own or the user's default, known to the schema.
    private mutating func kind(of item: ImportedEntity) -> Int? {
        schemaIndex(of: item.kind, default: settings.defaultKind, what: .kind, origin: item.origin)
    }

    /// The catalogue entity `item` is: the one whose id is its key, or
    /// whose name or alias its name or an alias equals once folded, or
    /// that an earlier item found in the catalogue had a spelling of.
    private func catalogueMatch(for item: ImportedEntity, spellings: [Spelling]) -> (index: Int, spelling: String, rule: String)? {
        guard let catalogue = settings.catalogue else { return nil }
        if let key = item.key, let index = catalogue.entity(id: key) { return (index, key, "id") }
        for spelling in spellings {
            if let index = names[spelling.folded], index < catalogueEntities { return (index, spelling.text, "spelling as an earlier item") }
            guard let index = catalogue.resolve(spelling.text) else { continue }
            let entity = catalogue.entities[index]
            let rule = NameKey.fold(entity.name) == spelling.folded ? "name" : entity.aliases.contains { NameKey.fold($0) == spelling.folded } ? "alias" : "id"
            return (index, spelling.text, rule)
        }
        return nil
    }

    /// The new entity an earlier item of the import made under the same
    /// key in this file, or under a name or alias equal once folded.
    private func newEntity(for item: ImportedEntity, spellings: [Spelling]) -> Int? {
        if let key = item.key, let index = context.keys[key] { return index }
        return spellings.lazy.compactMap { self.names[$0.folded] }.first
    }

    /// Folds `item` into the new entity at `index`: new spellings become
    /// aliases, attributes join (a different value for a key becomes a
    /// second value, each cited), and the item's citations are added.
    private mutating func merge(_ item: ImportedEntity, spellings: [Spelling], attributes: [Attribute], citations: [Citation],
                                into index: Int, kind: Int) {
        bind(item.key, to: index)
        if kind != entities[index].kind {
            warning(.importKindDiffers, item.origin, .kind,
                    "\(item.origin.element): '\(spellings[0].text)' is a \(schema.kinds[kind].name) here but a \(schema.kinds[entities[index].kind].name) "
                        + "in \(origins[index]?.first ?? "an earlier item"); the first kind is kept")
        }
        let known = Set(([entities[index].name] + entities[index].aliases).map(NameKey.fold))
        let added = spellings.filter { !known.contains($0.folded) }
        entities[index].aliases += added.map(\.text)
        for (alias, note) in remap(item.aliasNotes) where entities[index].aliases.contains(alias) && entities[index].aliasNotes[alias] == nil {
            entities[index].aliasNotes[alias] = note
        }
        let citation = citations[0]
        for attribute in attributes {
            guard let at = entities[index].attributes.firstIndex(where: { $0.key == attribute.key }) else {
                entities[index].attributes.append(Attribute(attribute.key, values: attribute.values.map { value in
                    var value = value
                    if value.citations.isEmpty { value.citations = [citation] }
                    return value
                }))
                continue
            }
            for value in attribute.values {
                var values = entities[index].attributes[at].values
                if let same = values.firstIndex(where: { $0.text == value.text }) {
                    if !values[same].citations.isEmpty { values[same].citations.append(citation) }
                } else {
                    let first = firstCitation[index].map { [$0] } ?? []
                    values = values.map { earlier in
                        var earlier = earlier
                        if earlier.citations.isEmpty { earlier.citations = first }
                        return earlier
                    }
                    var added = value
                    if added.citations.isEmpty { added.citations = [citation] }
                    values.append(added)
                }
                entities[index].attributes[at].values = values
            }
        }
        entities[index].citations += citations
        origins[index, default: []].append(describe(item.origin))
        let entry = MergeReport.Merge(id: entities[index].id, spellings: [entities[index].name] + entities[index].aliases, origins: origins[index] ?? [])
        if let at = report.merges.firstIndex(where: { $0.id == entry.id }) { report.merges[at] = entry } else { report.merges.append(entry) }
        file(added, of: index, origin: item.origin)
    }

    /// Remembers the file's key for an entity.
    private mutating func bind(_ key: String?, to index: Int) {
        guard let key else { return }
        context.keys[key] = index
        if keys[key] == nil { keys[key] = index }
    }

    /// Files `spellings` of the new entity at `index` for exact matching
    /// now, and for near matching with the document's other spellings
    /// once its entities are added (see ``NearMatchQueue``).
    private mutating func file(_ spellings: [Spelling], of index: Int, origin: ImportOrigin) {
        for spelling in spellings {
            filings.append(NearMatchQueue.Filing(spelling: spelling.text, owner: index, document: context.name, element: origin.element))
            if !spelling.folded.isEmpty, names[spelling.folded] == nil { names[spelling.folded] = index }
        }
    }

    /// Reports the entities that the spellings filed so far are near, in
    /// the order the spellings were filed, each pair once, and notes them
    /// above the new entity.
    mutating func noteNearMatches() {
        for found in near.takeFound() {
            let index = found.filing.owner
            for candidate in found.candidates.prefix(3) where reportedPairs.insert([index, candidate.owner]).inserted {
                let entry = MergeReport.Candidate(
                    id: entities[index].id, spelling: found.filing.spelling, origin: Self.describe(found.filing.element, in: found.filing.document),
                    candidateID: entities[candidate.owner].id,
                    candidateSpelling: candidate.spelling, inCatalogue: candidate.owner < catalogueEntities,
                    reason: candidate.reason == .transliteration ? "the same name in another transliteration (articles, w/u, q/k, doubled letters)"
                        : "one letter apart once transliteration is set aside")
                report.candidates.append(entry)
                notes[index, default: []].append("possible duplicate: '\(found.filing.spelling)' may be \(entry.candidateID) ('\(entry.candidateSpelling)'"
                    + (entry.inCatalogue ? ", in the catalogue" : "") + "): \(entry.reason)")
            }
        }
    }
}
