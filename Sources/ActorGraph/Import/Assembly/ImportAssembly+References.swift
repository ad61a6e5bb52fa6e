// Reference keys (`event`, `target`, `place`, `by`, and those a kind or
// relation type declares with `refs:`): their values are found as a
// relation's ends named by name are, and written as the entity's id, so
// the `.ag` text checks; a value naming no entity is an error at its row.

extension ImportAssembly {
    /// Notes that entity `index`, made or extended by the item at
    /// `origin`, has values of reference keys to resolve once every
    /// input's entities are in (a value may name an entity of a later row or file).
    mutating func deferReferences(of index: Int, _ origin: ImportOrigin) {
        let kind = entities[index].kind
        if entities[index].attributes.contains(where: { schema.isReference($0.key, onKind: kind) }) {
            context.pendingReferences.append((index, origin))
        }
    }

    /// Resolves the references noted for the current document's entities.
    mutating func resolveDeferredReferences() {
        let schema = schema
        for (index, origin) in context.pendingReferences {
            let kind = entities[index].kind
            if let resolved = resolvingReferences(entities[index].attributes, origin, where: { schema.isReference($0, onKind: kind) }) {
                entities[index].attributes = resolved
            }
        }
        context.pendingReferences = []
    }

    /// `attributes` with every value of a reference key not yet resolved
    /// written as the id of the entity it names; `nil` after reporting one
    /// that names no entity.
    mutating func resolvingReferences(_ attributes: [Attribute], _ origin: ImportOrigin, where isReference: (String) -> Bool) -> [Attribute]? {
        guard attributes.contains(where: { isReference($0.key) }) else { return attributes }
        var resolved = attributes
        var ok = true
        for position in resolved.indices where isReference(resolved[position].key) {
            for valueIndex in resolved[position].values.indices where resolved[position].values[valueIndex].entity == nil {
                let text = resolved[position].values[valueIndex].text
                guard let index = find(text) else {
                    error(.unknownReference, origin, nil,
                          "\(origin.element): '\(resolved[position].key)' names an entity, but '\(text)' names no entity of the imported files"
                              + (settings.catalogue == nil ? "" : " or the catalogue") + didYouMean(text)
                              + "; add it to an entities file, or map the column to another attribute to keep it as text")
                    ok = false
                    continue
                }
                resolved[position].values[valueIndex].text = entities[index].id
                resolved[position].values[valueIndex].entity = index
            }
        }
        return ok ? resolved : nil
    }
}
