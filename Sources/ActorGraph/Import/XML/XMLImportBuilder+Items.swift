import Foundation

/// The nodes and edges of GraphML and GEXF made entities and relations,
/// once their fields' values are found, which only the formats' own
/// readers know how to do.
extension XMLImportBuilder {
    /// A value of a generic file: its text without the blanks around it, `nil` when nothing is left.
    static func trimmed(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A name, kind or type as the item takes it: as written in
    /// ActorGraph's own files, which wrote it exactly; trimmed in others.
    func fieldText(_ text: String) -> String? {
        isActorGraph ? text : Self.trimmed(text)
    }

    /// The relation the edge whose start tag is `tag` states, its ends
    /// by node id and its type still unknown; an end missing or naming no
    /// node is reported, and the relation is then not added.
    mutating func relation(of tag: XMLStartTag) -> ImportedRelation {
        let name = Self.edgeElement(id: tag.attribute("id")?.value, source: tag.attribute("source")?.value ?? "?",
                                    target: tag.attribute("target")?.value ?? "?")
        let subject = endpoint("source", of: tag, edge: name), object = endpoint("target", of: tag, edge: name)
        var fields: [ImportField: Range<Int>] = [:]
        fields[.subject] = subject?.valueSpan
        fields[.object] = object?.valueSpan
        return ImportedRelation(subject: .key(subject?.value ?? ""), type: "", object: .key(object?.value ?? ""),
                                origin: ImportOrigin(element: name, span: tag.span, fields: fields))
    }

    /// Reads the field values of a node into `entity`; yEd's drawing is
    /// left to the GraphML reader.
    mutating func read(_ values: [XMLFieldValue], into entity: inout ImportedEntity) {
        for value in values {
            switch value.role {
            case .name:
                guard let name = fieldText(value.text) else { continue }
                entity.name = name
                entity.origin.fields[.name] = value.span
            case .kind:
                entity.kind = fieldText(value.text) ?? ""
                entity.origin.fields[.kind] = value.span
            case .aliases:
                entity.aliases = strings(value.text, "aliases", at: value.span) ?? []
            case .attributes, .citations, .attribute:
                read(value, into: &entity.attributes, &entity.citations, &entity.valueClaims, reserving: ImportedAttributeKey.reservedOnEntities)
            case .relationType, .status, .claimants, .date, .nodeGraphics, .ignored:
                continue
            }
        }
    }

    /// Reads the field values of an edge into `relation`.
    mutating func read(_ values: [XMLFieldValue], into relation: inout ImportedRelation) {
        let edge = relation.origin.element
        var dates: [Attribute] = []
        for value in values {
            switch value.role {
            case .relationType:
                relation.type = fieldText(value.text) ?? relation.type
                relation.origin.fields[.type] = value.span
            case .status:
                relation.origin.fields[.status] = value.span
                if let status = ClaimStatus(rawValue: value.text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    relation.status = status
                } else if isActorGraph {
                    error(.unknownStatus, at: value.span, "status \(StringLiteral.quoted(value.text)) of \(edge) is none of "
                        + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))
                } else if let text = Self.trimmed(value.text) {
                    // A generic file's status is its own word, kept as an attribute `.ag` does not reserve.
                    relation.attributes.append(Attribute("status-text", text))
                }
            case .claimants:
                relation.origin.fields[.claimants] = value.span
                relation.claimants = claimants(value.text, at: value.span, of: edge)
            case .date(let key):
                if let date = date(key, value.text, at: value.span) { dates.append(date) }
            case .attributes, .citations, .attribute:
                read(value, into: &relation.attributes, &relation.citations, &relation.valueClaims, reserving: ImportedAttributeKey.reservedOnRelations)
            case .name, .kind, .aliases, .nodeGraphics, .ignored:
                continue
            }
        }
        // ActorGraph's date fields repeat the dated attributes, which carry their citations; they stand alone only when those are missing.
        if !relation.attributes.contains(where: { ["date", "from", "to"].contains($0.key) }) { relation.attributes += dates }
    }

    /// Reads a value entities and relations take alike: ActorGraph's
    /// attributes (with the claims on their values) and citations as JSON,
    /// or an attribute of a generic file.
    private mutating func read(_ value: XMLFieldValue, into attributes: inout [Attribute], _ citations: inout [Citation],
                               _ claims: inout [ImportedValueClaim], reserving reserved: Set<String>) {
        switch value.role {
        case .attributes:
            guard let read = self.attributes(value.text, at: value.span, reserved: reserved) else { break }
            attributes += read.attributes
            claims += read.claims
        case .citations:
            citations = self.citations(value.text, at: value.span) ?? []
        case .attribute(let key):
            if let text = Self.trimmed(value.text) { attributes.append(Attribute(key, text)) }
        case .name, .kind, .relationType, .status, .aliases, .claimants, .date, .nodeGraphics, .ignored:
            break
        }
    }
}
