// Claims on values: their claimants found once every file's entities are
// known, like a relation's.

extension ImportAssembly {
    /// `attributes` with the claimants of the values `claims` name
    /// resolved; `nil` after reporting one that names no entity. A claim
    /// whose value is not there (an item matched in the catalogue keeps
    /// the catalogue's attributes) is left out.
    mutating func claimed(_ attributes: [Attribute], _ claims: [ImportedValueClaim], origin: ImportOrigin,
                          reserved: Set<String>) -> [Attribute]? {
        var attributes = attributes, ok = true
        for claim in claims {
            let key = ImportedAttributeKey.unreserved(claim.key, reserving: reserved)
            guard let attribute = attributes.firstIndex(where: { $0.key == key }),
                  case let value = claim.value, attributes[attribute].values.indices.contains(value) else { continue }
            let claimants = claim.claimants.map { resolve($0, origin, .claimants) }
            guard !claimants.contains(nil) else {
                ok = false
                continue
            }
            attributes[attribute].values[value].claimants = claimants.compactMap { $0 }
        }
        return ok ? attributes : nil
    }

    /// The claims of `item`, merged into entity `index`, at the places
    /// their values took there: merging keeps one value of each text.
    func merged(_ item: ImportedEntity, into index: Int) -> [ImportedValueClaim] {
        item.valueClaims.compactMap { claim in
            let key = ImportedAttributeKey.unreserved(claim.key, reserving: ImportedAttributeKey.reservedOnEntities)
            guard let text = item.attributes.first(where: { $0.key == claim.key })?.values[claim.value].text,
                  let position = entities[index].attributes.first(where: { $0.key == key })?.values.firstIndex(where: { $0.text == text }) else { return nil }
            var moved = claim
            moved.value = position
            return moved
        }
    }

    /// Resolves the value claims of the current document's entities.
    mutating func resolveEntityValueClaims() {
        for pending in context.valueClaims {
            if let attributes = claimed(entities[pending.entity].attributes, pending.claims, origin: pending.origin,
                                        reserved: ImportedAttributeKey.reservedOnEntities) {
                entities[pending.entity].attributes = attributes
            }
        }
    }
}
