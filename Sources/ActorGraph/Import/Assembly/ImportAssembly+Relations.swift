// Relations: ends and claimants found, the type known, its endpoint rules
// and the language's rules on dates kept, at the input's rows and columns.

extension ImportAssembly {
    /// Adds one relation item of the current document.
    mutating func add(_ item: ImportedRelation) {
        let subject = resolve(item.subject, item.origin, .subject)
        let object = resolve(item.object, item.origin, .object)
        let claimants = item.claimants.map { resolve($0, item.origin, .claimants) }
        let type = relationType(of: item)
        let attributes = remap(item.attributes, origin: item.origin, reserved: ImportedAttributeKey.reservedOnRelations).flatMap {
            claimed($0, item.valueClaims, origin: item.origin, reserved: ImportedAttributeKey.reservedOnRelations)
        }
        guard let subject, let object, let type, var attributes, !claimants.contains(nil) else { return }
        let schema = schema
        guard let resolved = resolvingReferences(attributes, item.origin, where: { schema.isReference($0, onRelationType: type) }) else { return }
        attributes = resolved
        let rule = schema.relationTypes[type]
        guard allows(rule.subjects, subject, as: "subject", of: rule.name, item.origin, .subject),
              allows(rule.objects, object, as: "object", of: rule.name, item.origin, .object),
              checkTime(attributes, item.origin) else { return }
        relations.append(Relation(subject: subject, object: object, type: type, attributes: attributes, status: item.status,
                                  claimants: claimants.compactMap { $0 },
                                  citations: item.citations.isEmpty ? [provenance(item.origin)] : [provenance(item.origin)] + remap(item.citations)))
    }

    /// Whether the entity at `index` may stand at an end that `rule`
    /// governs; reports it if not.
    private mutating func allows(_ rule: EndpointRule, _ index: Int, as end: String, of type: String, _ origin: ImportOrigin, _ field: ImportField) -> Bool {
        let kind = schema.kinds[entities[index].kind]
        guard !rule.allows(kind) else { return true }
        error(.endpointRule, origin, field,
              "\(origin.element): '\(type)' needs a \(rule.description) as its \(end), but \(entities[index].id) is a \(kind.name); "
                  + "choose another relation type (map it in the mapping), or correct the row")
        return false
    }

    /// The type of `item`: its own or the user's default, known to the schema.
    private mutating func relationType(of item: ImportedRelation) -> Int? {
        schemaIndex(of: item.type, default: settings.defaultRelationType, what: .type, origin: item.origin)
    }

    /// The entity `reference` names: a key of this file; else, for a name,
    /// a key of another input, a new entity's name or alias, or the
    /// catalogue's id, name or alias.
    mutating func resolve(_ reference: ImportReference, _ origin: ImportOrigin, _ field: ImportField) -> Int? {
        switch reference {
        case .key(let key):
            if let index = context.keys[key] { return index }
            error(.unknownEntity, origin, field, "\(origin.element): '\(key)' is not an entity of this file; declare it, or correct the reference")
        case .name(let name):
            if let index = find(name) { return index }
            error(.unknownEntity, origin, field,
                  "\(origin.element): '\(name)' names no entity of the imported files" + (settings.catalogue == nil ? "" : " or the catalogue")
                      + didYouMean(name)
                      + "; add it to an entities file, give the CSV mapping an \"endpointKind\" so ends become entities, or correct the spelling")
        }
        return nil
    }

    /// The entity `name` names: a key of this file or of another input, a
    /// new entity's name or alias, or the catalogue's id, name or alias.
    func find(_ name: String) -> Int? {
        context.keys[name] ?? keys[name] ?? names[NameKey.fold(name)] ?? settings.catalogue?.resolve(name)
    }

    /// `; did you mean 'Name' (id)?` with the entities whose names are
    /// near `name`, or nothing.
    func didYouMean(_ name: String) -> String {
        let near = near.candidates(for: name).prefix(3).map { "'\(entities[$0.owner].name)' (\(entities[$0.owner].id))" }
        return near.isEmpty ? "" : "; did you mean " + near.joined(separator: " or ") + "?"
    }

    /// Whether a relation's dates keep the language's rules: an event's
    /// `date` or a span's `from` and `to`, not both, the span not ending
    /// before it starts.
    private mutating func checkTime(_ attributes: [Attribute], _ origin: ImportOrigin) -> Bool {
        var hasDate = false
        var start: PartialDate?, end: PartialDate?
        for attribute in attributes where attribute.key == "date" || attribute.key == "from" || attribute.key == "to" {
            for value in attribute.values {
                guard let date = PartialDate(value.text) else { continue }
                switch attribute.key {
                case "date": hasDate = true
                case "from": start = min(start ?? date, date)
                default: end = max(end ?? date, date)
                }
            }
        }
        if hasDate && (start != nil || end != nil) {
            error(.dateAndSpan, origin, nil, "\(origin.element): a relation has a date (an event) or a start and end (a span), not both; "
                + "map one of the columns to another attribute")
            return false
        }
        if let start, let end, end.latest < start.earliest {
            error(.spanEndsBeforeStart, origin, nil, "\(origin.element): the span ends (\(end)) before it starts (\(start)); correct the row")
            return false
        }
        return true
    }
}
