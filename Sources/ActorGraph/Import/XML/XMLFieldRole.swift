/// What a GraphML key or a GEXF attribute column becomes on an imported
/// entity or relation. ActorGraph's own files are read by the names its
/// exporters give their fields; other files by the names NetworkX, yEd
/// and Gephi users give theirs.
enum XMLFieldRole: Equatable {
    /// The entity's name.
    case name
    /// The entity's kind.
    case kind
    /// The relation's type.
    case relationType
    /// The relation's claim status.
    case status
    /// JSON lists of ActorGraph's own files.
    case aliases, attributes, citations, claimants
    /// A date attribute (`date`, `from`, `to`) of ActorGraph's own files.
    case date(String)
    /// yEd's drawing of a node, whose label names it when nothing else does.
    case nodeGraphics
    /// An attribute with this key.
    case attribute(String)
    /// Nothing: styling, layout, and what ActorGraph's own files say twice.
    case ignored

    /// Names of a generic file's fields for an entity's name, its kind, and a relation's type, the first found preferred.
    private static let nameFields = ["label", "name"], kindFields = ["kind", "type", "category"], typeFields = ["type", "relation", "label"]
    /// Gephi's and yEd's drawing fields: colours, positions, sizes.
    private static let drawingFields: Set<String> = ["r", "g", "b", "x", "y", "z", "size"]

    /// What each of `fields` (id and name, in the order declared) means on
    /// nodes, or on edges; in ActorGraph's own files by its exporters' names.
    static func roles(of fields: [(id: String, name: String)], onNodes: Bool, inActorGraphFile: Bool) -> [String: XMLFieldRole] {
        var roles: [String: XMLFieldRole] = [:]
        var free: [(id: String, name: String)] = []
        func pick(_ names: [String]) -> String? {
            names.lazy.compactMap { name in fields.first { $0.name.lowercased() == name }?.id }.first
        }
        let named = inActorGraphFile ? nil : pick(onNodes ? nameFields : typeFields)
        let kinded = inActorGraphFile || !onNodes ? nil : pick(kindFields)
        for field in fields {
            if inActorGraphFile, let role = onNodes ? actorGraphNodeRole(field.name) : actorGraphEdgeRole(field.name) {
                roles[field.id] = role
            } else if field.id == named {
                roles[field.id] = onNodes ? .name : .relationType
            } else if field.id == kinded {
                roles[field.id] = .kind
            } else if !onNodes && field.name.lowercased() == "status" {
                roles[field.id] = .status
            } else if drawingFields.contains(field.name.lowercased()) {
                roles[field.id] = .ignored
            } else {
                free.append(field)
            }
        }
        for (field, key) in zip(free, XMLImportBuilder.attributeKeys(free.map(\.name), onRelation: !onNodes)) { roles[field.id] = .attribute(key) }
        return roles
    }

    /// The node fields of ``GraphMLExporter`` and ``GEXFExporter``.
    private static func actorGraphNodeRole(_ name: String) -> XMLFieldRole? {
        switch name {
        case "label": return .name
        case "kind": return .kind
        case "aliases": return .aliases
        case "attributes": return .attributes
        case "citations": return .citations
        case "evidence", "r", "g", "b": return .ignored
        // Each attribute's values again, as text: the JSON has them with their citations.
        default: return name.hasPrefix("attr.") ? .ignored : nil
        }
    }

    /// The edge fields of ``GraphMLExporter`` and ``GEXFExporter``.
    private static func actorGraphEdgeRole(_ name: String) -> XMLFieldRole? {
        switch name {
        // The label repeats the type, the status and the date, for drawings; symmetry is the type's.
        case "label", "evidence", "symmetric": return .ignored
        case "type": return .relationType
        case "status": return .status
        case "claimants": return .claimants
        case "date", "from", "to": return .date(name)
        case "attributes": return .attributes
        case "citations": return .citations
        default: return name.hasPrefix("attr.") ? .ignored : nil
        }
    }
}
