// Relations: ends and claimants found, the type known, its endpoint rules
// and the language's rules on dates kept, at the input's rows and columns.

extension ImportAssembly {
    /// Adds one relation item of the current document.
    mutating func add(_ item: ImportedRelation) {
        let subject = resolve(item.subject, item.origin, .subject)
        let object = resolve(item.object, item.origin, .object)
        let claimants = item.claimants.map { resolve($0, item.origin, .claimants) }
        let type = relationType(of: item)
        let attributes = remap(item.attributes, origin: item.origin, reserved: ImportedAttributeKey.reservedOnRelations)
        guard let subject, let object, let type, let attributes, !claimants.contains(nil) else { return }
        let rule = schema.relationTypes[type]
        for (end, index, allowed, field) in [("subject", subject, rule.subjects, ImportField.subject), ("object", object, rule.objects, .object)]
        where !allowed.allows(schema.kinds[entities[index].kind]) {
            error(.endpointRule, item.origin, field,
                  "\(item.origin.element): '\(rule.name)' needs a \(allowed.description) as its \(end), but \(entities[index].id) is a "
                      + "\(schema.kinds[entities[index].kind].name); choose another relation type (map it in the mapping), or correct the row")
            return
        }
        guard checkTime(attributes, item.origin) else { return }
        relations.append(Relation(subject: subject, object: object, type: type, attributes: attributes, status: item.status,
                                  claimants: claimants.compactMap { $0 }, citations: [provenance(item.origin)] + remap(item.citations)))
    }

    /// The type of `item`: its own or the user's default, known to the schema.
    private mutating func relationType(of item: ImportedRelation) -> Int? {
        let name = item.type.isEmpty ? settings.defaultRelationType : item.type
        guard let name else {
            error(.missingRelationType, item.origin, .type,
                  "\(item.origin.element): the file does not say what type of relation this is; give every such relation one with "
                      + "--relation TYPE, or add a type column (or a \"type\" default in the mapping)")
            return nil
        }
        if let index = schema.relationType(named: name) { return index }
        let known = schema.relationTypes.map(\.name)
        error(.unknownRelationType, item.origin, .type,
              "\(item.origin.element): unknown relation type '\(name)'"
                  + (Suggester.didYouMean(Suggester.nearest(to: name, among: known)).map { "; \($0)" } ?? "")
                  + "; map it to one of \(known.joined(separator: ", ")) (in a CSV mapping: \"types\": {\"\(name)\": \"allied-with\"}), "
                  + "or declare it in the catalogue with 'relation \(AGWriter.isWord(name) ? name : "NAME") [from: actor, to: actor]'")
        return nil
    }

    /// The entity `reference` names: a key of this file; else, for a name,
    /// a key of another input, a new entity's name or alias, or the
    /// catalogue's id, name or alias.
    private mutating func resolve(_ reference: ImportReference, _ origin: ImportOrigin, _ field: ImportField) -> Int? {
        switch reference {
        case .key(let key):
            if let index = context.keys[key] { return index }
            error(.unknownEntity, origin, field, "\(origin.element): '\(key)' is not an entity of this file; declare it, or correct the reference")
        case .name(let name):
            if let index = context.keys[name] ?? keys[name] ?? newNames[NameKey.fold(name)] ?? settings.catalogue?.resolve(name) { return index }
            let near = near.candidates(for: name).prefix(3).map { "'\(entities[$0.owner].name)' (\(entities[$0.owner].id))" }
            error(.unknownEntity, origin, field,
                  "\(origin.element): '\(name)' names no entity of the imported files" + (settings.catalogue == nil ? "" : " or the catalogue")
                      + (near.isEmpty ? "" : "; did you mean " + near.joined(separator: " or ") + "?")
                      + "; add it to an entities file, give the CSV mapping an \"endpointKind\" so ends become entities, or correct the spelling")
        }
        return nil
    }

    /// Whether a relation's dates keep the language's rules: an event's
    /// `date` or a span's `from` and `to`, not both, the span not ending
    /// before it starts.
    private mutating func checkTime(_ attributes: [Attribute], _ origin: ImportOrigin) -> Bool {
        func dates(_ key: String) -> [PartialDate] {
            attributes.filter { $0.key == key }.flatMap(\.values).compactMap { PartialDate($0.text) }
        }
        let date = dates("date"), from = dates("from"), to = dates("to")
        if !date.isEmpty && !(from.isEmpty && to.isEmpty) {
            error(.dateAndSpan, origin, nil, "\(origin.element): a relation has a date (an event) or a start and end (a span), not both; "
                + "map one of the columns to another attribute")
            return false
        }
        if let start = from.min(), let end = to.max(), end.latest < start.earliest {
            error(.spanEndsBeforeStart, origin, nil, "\(origin.element): the span ends (\(end)) before it starts (\(start)); correct the row")
            return false
        }
        return true
    }
}
