/// Writes a graph as canonical `.ag` text: the declarations of kinds and
/// relation types, then the sources, then the entities grouped by kind (in
/// the schema's order, each kind's entities in the order given), then the
/// relations in the order given, one statement per line. Every user string
/// is quoted so that it reads back as written, so compiling the text gives
/// the same graph, up to the order of entities; with ``EntityOrder/given``
/// the order too.
///
/// Write a compiled graph with ``write(_:entityOrder:)``, or the parts
/// of one that an importer has assembled with
/// ``write(schema:sources:entities:relations:entityOrder:)``. Ids, kind and
/// relation type names, attribute keys and source ids are written as bare
/// words, so the caller must have checked each with ``isWord(_:)``.
public enum AGWriter {
    /// The order entities are written in.
    public enum EntityOrder: Sendable {
        /// Grouped by kind, in the schema's order: the easiest to read.
        case byKind
        /// As given. An entity's place is part of a graph (it orders
        /// exports and breaks ties in rankings), so a translation that must
        /// lose nothing keeps it.
        case given
    }

    /// The `.ag` text of `graph`.
    public static func write(_ graph: Graph, entityOrder: EntityOrder = .byKind) -> String {
        write(schema: graph.schema, sources: graph.sources, entities: graph.entities, relations: graph.relations, entityOrder: entityOrder)
    }

    /// The `.ag` text of a graph given by its parts, indexed as in a
    /// ``Graph``: an entity's kind indexes `schema.kinds`, a citation's
    /// source indexes `sources`, a relation's ends and claimants index
    /// `entities`. Only kinds and relation types that are not built in, or
    /// that restyle a built-in one, are declared. A relation's `time` is not
    /// written: the checker derives it from the `date`, `from` and `to`
    /// attributes.
    public static func write(schema: Schema, sources: [Source], entities: [Entity], relations: [Relation],
                             entityOrder: EntityOrder = .byKind) -> String {
        write(schema: schema, sources: sources, entities: entities, relations: relations, entityOrder: entityOrder,
              elsewhere: DeclaredElsewhere(), notes: [:])
    }

    /// What another file declares, which the text refers to but does not
    /// declare again: an import written beside its catalogue.
    public struct DeclaredElsewhere: Sendable {
        /// Kinds and relation types declared there; those the text's schema
        /// has alike are not declared.
        public var schema: Schema?
        /// How many of the first sources are declared there.
        public var sources: Int
        /// How many of the first entities are declared there.
        public var entities: Int

        /// Nothing declared elsewhere, or the given parts.
        public init(schema: Schema? = nil, sources: Int = 0, entities: Int = 0) {
            self.schema = schema
            self.sources = sources
            self.entities = entities
        }
    }

    /// The `.ag` text of a graph's parts, as
    /// ``write(schema:sources:entities:relations:entityOrder:)``, leaving
    /// out what `elsewhere` declares, with `notes` written as comment lines
    /// above the entities they are keyed by (an import's possible duplicates).
    public static func write(schema: Schema, sources: [Source], entities: [Entity], relations: [Relation],
                             entityOrder: EntityOrder = .byKind, elsewhere: DeclaredElsewhere, notes: [Int: [String]]) -> String {
        var out = ""
        let declaredKinds = Set(elsewhere.schema?.kinds ?? []), declaredTypes = Set(elsewhere.schema?.relationTypes ?? [])
        for kind in schema.kinds where !declaredKinds.contains(kind) { declare(kind, to: &out) }
        for type in schema.relationTypes where !declaredTypes.contains(type) { declare(type, to: &out) }
        let sourceIDs = sources.map(\.id)
        section(sources[elsewhere.sources...], to: &out) { source, out in
            out += "source \(source.id) \(StringLiteral.quoted(source.title))"
            var entries: [String] = []
            if let reliability = source.reliability { entries.append("reliability: \(reliability.rawValue)") }
            if let date = source.date { entries.append("date: \(date)") }
            entries += source.attributes.map { attribute($0, sourceIDs) }
            list(entries, to: &out)
        }
        let written = entities.indices.dropFirst(elsewhere.entities)
        let order = entityOrder == .given ? Array(written) : written.sorted { (entities[$0].kind, $0) < (entities[$1].kind, $1) }
        section(order, to: &out) { index, out in
            let entity = entities[index]
            for note in notes[index] ?? [] { out += "# " + note.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" }
            out += "\(schema.kinds[entity.kind].name) \(entity.id) \(StringLiteral.quoted(entity.name))"
            if !entity.aliases.isEmpty { out += " aka " + entity.aliases.map(StringLiteral.quoted).joined(separator: ", ") }
            list(entity.attributes.map { attribute($0, sourceIDs) } + citations(entity.citations, sourceIDs), to: &out)
        }
        section(relations, to: &out) { relation, out in
            out += "\(entities[relation.subject].id) \(schema.relationTypes[relation.type].name) \(entities[relation.object].id)"
            var entries: [String] = []
            if relation.status != .reported { entries.append("status: \(relation.status.rawValue)") }
            if !relation.claimants.isEmpty { entries.append("by: " + relation.claimants.map { entities[$0].id }.joined(separator: ", ")) }
            entries += relation.attributes.map { attribute($0, sourceIDs) }
            list(entries + citations(relation.citations, sourceIDs), to: &out)
        }
        return out
    }

    /// Whether `text` can be written as a bare word (an id, a name, a key).
    public static func isWord(_ text: String) -> Bool { Checker.isWord(text) }

    /// `kind NAME [...]` for a declared kind, or for a built-in one with
    /// the keys where its style differs from the built-in.
    private static func declare(_ kind: EntityKind, to out: inout String) {
        let builtIn = Schema.standard.kind(named: kind.name).map { Schema.standard.kinds[$0].style }
        guard builtIn != kind.style else { return }
        var entries: [String] = []
        if builtIn?.shape != kind.style.shape { entries.append("shape: " + StringLiteral.quoted(kind.style.shape.name)) }
        if builtIn?.color != kind.style.color { entries.append("color: " + StringLiteral.quoted(kind.style.color.name)) }
        if let fill = kind.style.fill, builtIn?.fill != fill { entries.append("fill: " + StringLiteral.quoted(fill.name)) }
        out += "kind \(kind.name)"
        list(entries, to: &out)
        out += "\n"
    }

    /// `relation NAME [...]` for a declared type, or for a built-in one with
    /// the keys a built-in may change (not its rules or role) where they differ.
    private static func declare(_ type: RelationType, to out: inout String) {
        let builtIn = Schema.standard.relationType(named: type.name).map { Schema.standard.relationTypes[$0] }
        guard builtIn != type else { return }
        var entries: [String] = []
        if builtIn == nil {
            entries += ["from: " + type.subjects.description, "to: " + type.objects.description, "role: " + type.role.rawValue]
        }
        if builtIn?.isSymmetric != type.isSymmetric { entries.append("symmetric: \(type.isSymmetric)") }
        if builtIn?.style.line != type.style.line { entries.append("style: " + type.style.line.rawValue) }
        if builtIn?.style.color != type.style.color { entries.append("color: " + StringLiteral.quoted(type.style.color.name)) }
        if builtIn?.style.arrowhead != type.style.arrowhead { entries.append("arrowhead: " + StringLiteral.quoted(type.style.arrowhead.name)) }
        out += "relation \(type.name)"
        list(entries, to: &out)
        out += "\n"
    }

    /// `key: value [src: ...], ...`, each value a word or a quoted string.
    private static func attribute(_ attribute: Attribute, _ sourceIDs: [String]) -> String {
        attribute.key + ": " + attribute.values.map { value in
            let cited = citations(value.citations, sourceIDs)
            // A word reads the same bare or quoted; bare reads as people write it (`date: 2024-01-04`).
            let text = isWord(value.text) ? value.text : StringLiteral.quoted(value.text)
            return text + (cited.isEmpty ? "" : " [\(cited[0])]")
        }.joined(separator: ", ")
    }

    /// `["src: r000 \"quote\" 2, r001"]`, or nothing without citations.
    private static func citations(_ citations: [Citation], _ sourceIDs: [String]) -> [String] {
        guard !citations.isEmpty else { return [] }
        return ["src: " + citations.map { citation in
            var text = sourceIDs[citation.source]
            if let quote = citation.quote { text += " " + StringLiteral.quoted(quote) }
            if let credibility = citation.credibility { text += " \(credibility)" }
            return text
        }.joined(separator: ", ")]
    }

    /// ` [a, b]`, or nothing for no entries.
    private static func list(_ entries: [String], to out: inout String) {
        if !entries.isEmpty { out += " [" + entries.joined(separator: ", ") + "]" }
    }

    /// One statement a line for each item, the section set off by a blank line.
    private static func section<Items: Collection>(_ items: Items, to out: inout String, _ statement: (Items.Element, inout String) -> Void) {
        guard !items.isEmpty else { return }
        if !out.isEmpty { out += "\n" }
        for item in items {
            statement(item, &out)
            out += "\n"
        }
    }
}
