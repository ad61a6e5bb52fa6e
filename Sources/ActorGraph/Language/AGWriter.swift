/// Writes a graph as canonical `.ag` text: the declarations of kinds and
/// relation types, then the sources, then the entities grouped by kind (in
/// the schema's order, each kind's entities in the order given), then the
/// relations in the order given, laid out as ``AGFormatter`` lays out a
/// file (one statement a line, aligned in columns, a long one broken over
/// several), so formatting the text changes nothing. Every user string
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
        var writer = LayoutWriter()
        let declaredKinds = Set(elsewhere.schema?.kinds ?? []), declaredTypes = Set(elsewhere.schema?.relationTypes ?? [])
        for kind in schema.kinds where !declaredKinds.contains(kind) { declare(kind, to: &writer) }
        for type in schema.relationTypes where !declaredTypes.contains(type) { declare(type, to: &writer) }
        let sourceIDs = sources.map(\.id)
        section(sources[elsewhere.sources...], to: &writer) { source in
            var entries: [LayoutStatement.Entry] = []
            if let reliability = source.reliability { entries.append(entry("reliability", [reliability.rawValue])) }
            if let date = source.date { entries.append(entry("date", [date.description])) }
            entries += source.attributes.map { dependency($0) ?? attribute($0, sourceIDs, entities) }
            return statement(.sourceDeclaration, ["source", source.id, StringLiteral.quoted(source.title)], entries: entries)
        }
        let written = entities.indices.dropFirst(elsewhere.entities)
        let order = entityOrder == .given ? Array(written) : written.sorted { (entities[$0].kind, $0) < (entities[$1].kind, $1) }
        section(order, to: &writer, comments: { notes[$0]?.map { "# " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? [] }) { index in
            let entity = entities[index]
            var written = statement(.entity, [schema.kinds[entity.kind].name, entity.id, StringLiteral.quoted(entity.name)],
                                    entries: entity.attributes.map { attribute($0, sourceIDs, entities) } + citations(entity.citations, sourceIDs))
            written.aliases = entity.aliases.map { LayoutStatement.Piece(text: alias($0, entity.aliasNotes[$0], sourceIDs)) }
            // A last alias's list without `lang:` reads as the entity's
            // own, unless the entity's list follows it, even empty.
            if written.list == nil, let last = entity.aliases.last, let note = entity.aliasNotes[last], note.language == nil {
                written.list = LayoutStatement.List(entries: [])
            }
            return written
        }
        section(relations, to: &writer) { relation in
            var entries = claim(relation.status, relation.claimants, entities) + relation.attributes.map { attribute($0, sourceIDs, entities) }
            entries += citations(relation.citations, sourceIDs)
            return statement(.relation, [entities[relation.subject].id, schema.relationTypes[relation.type].name, entities[relation.object].id],
                             entries: entries)
        }
        return writer.finish()
    }

    /// Whether `text` can be written as a bare word (an id, a name, a key).
    public static func isWord(_ text: String) -> Bool { Checker.isWord(text) }

    /// `kind NAME [...]` for a declared kind, or for a built-in one with
    /// the keys where its style differs from the built-in.
    private static func declare(_ kind: EntityKind, to writer: inout LayoutWriter) {
        let builtIn = Schema.standard.kind(named: kind.name).map { Schema.standard.kinds[$0].style }
        guard builtIn != kind.style || !kind.referenceKeys.isEmpty else { return }
        var entries: [LayoutStatement.Entry] = []
        if builtIn?.shape != kind.style.shape { entries.append(entry("shape", [StringLiteral.quoted(kind.style.shape.name)])) }
        if builtIn?.color != kind.style.color { entries.append(entry("color", [StringLiteral.quoted(kind.style.color.name)])) }
        if let fill = kind.style.fill, builtIn?.fill != fill { entries.append(entry("fill", [StringLiteral.quoted(fill.name)])) }
        if !kind.referenceKeys.isEmpty { entries.append(entry("refs", [kind.referenceKeys.joined(separator: "|")])) }
        writer.append(LayoutItem(content: .statement(statement(.kindDeclaration, ["kind", kind.name], entries: entries)), blankLinesBefore: 0))
    }

    /// `relation NAME [...]` for a declared type, or for a built-in one with
    /// the keys a built-in may change (not its rules or role) where they differ.
    private static func declare(_ type: RelationType, to writer: inout LayoutWriter) {
        let builtIn = Schema.standard.relationType(named: type.name).map { Schema.standard.relationTypes[$0] }
        guard builtIn != type else { return }
        var entries: [LayoutStatement.Entry] = []
        if builtIn == nil {
            entries += [entry("from", [type.subjects.description]), entry("to", [type.objects.description]), entry("role", [type.role.rawValue])]
        }
        if builtIn?.isSymmetric != type.isSymmetric { entries.append(entry("symmetric", ["\(type.isSymmetric)"])) }
        if builtIn?.style.line != type.style.line { entries.append(entry("style", [type.style.line.rawValue])) }
        if builtIn?.style.color != type.style.color { entries.append(entry("color", [StringLiteral.quoted(type.style.color.name)])) }
        if builtIn?.style.arrowhead != type.style.arrowhead { entries.append(entry("arrowhead", [StringLiteral.quoted(type.style.arrowhead.name)])) }
        if !type.referenceKeys.isEmpty { entries.append(entry("refs", [type.referenceKeys.joined(separator: "|")])) }
        writer.append(LayoutItem(content: .statement(statement(.relationDeclaration, ["relation", type.name], entries: entries)), blankLinesBefore: 0))
    }

    /// A statement of `head` words, with a list when there are entries.
    private static func statement(_ category: LayoutStatement.Category, _ head: [String], entries: [LayoutStatement.Entry]) -> LayoutStatement {
        LayoutStatement(category: category, head: head.map { LayoutStatement.Piece(text: $0) },
                        list: entries.isEmpty ? nil : LayoutStatement.List(entries: entries))
    }

    /// `key: value, ...`, each value written as given.
    private static func entry(_ key: String, _ values: [String]) -> LayoutStatement.Entry {
        LayoutStatement.Entry(key: LayoutStatement.Piece(text: key), values: values.map { LayoutStatement.Value(terms: LayoutStatement.Piece(text: $0)) })
    }

    /// `key: value [status: ..., by: ..., src: ...], ...`, each value a word or a quoted string.
    private static func attribute(_ attribute: Attribute, _ sourceIDs: [String], _ entities: [Entity]) -> LayoutStatement.Entry {
        LayoutStatement.Entry(key: LayoutStatement.Piece(text: attribute.key), values: attribute.values.map { value in
            // A word reads the same bare or quoted; bare reads as people write it (`date: 2024-01-04`).
            let text = isWord(value.text) ? value.text : StringLiteral.quoted(value.text)
            let annotations = claim(value.status, value.claimants, entities) + citations(value.citations, sourceIDs)
            return LayoutStatement.Value(terms: LayoutStatement.Piece(text: text),
                                         list: annotations.isEmpty ? nil : LayoutStatement.List(entries: annotations))
        })
    }

    /// `copies: r000 "3-8"` as written: each value an id and a string of
    /// line ranges, not one value to quote; `nil` for any other attribute.
    private static func dependency(_ attribute: Attribute) -> LayoutStatement.Entry? {
        guard SourceDependency.Kind(rawValue: attribute.key) != nil,
              attribute.values.allSatisfy({ SourceDependency.parse($0.text).map { isWord($0.id) } ?? false }) else { return nil }
        return entry(attribute.key, attribute.values.map(\.text))
    }

    /// `status: ..., by: ...` for a relation's or a value's claim, each
    /// left out where it says nothing (a plain report, no claimant).
    private static func claim(_ status: ClaimStatus, _ claimants: [Int], _ entities: [Entity]) -> [LayoutStatement.Entry] {
        var entries: [LayoutStatement.Entry] = []
        if status != .reported { entries.append(entry("status", [status.rawValue])) }
        if !claimants.isEmpty { entries.append(entry("by", claimants.map { entities[$0].id })) }
        return entries
    }

    /// `"alias" [lang: ar, src: r003]`, or the quoted alias alone
    /// when nothing is noted about it.
    private static func alias(_ alias: String, _ note: AliasNote?, _ sourceIDs: [String]) -> String {
        guard let note, !note.isEmpty else { return StringLiteral.quoted(alias) }
        let entries = (note.language.map { [entry("lang", [$0])] } ?? []) + citations(note.citations, sourceIDs)
        return StringLiteral.quoted(alias) + " " + LayoutStatement.List(entries: entries).flat
    }

    /// `[src: r000 "quote" 2, r001]` as an entry, or none without citations.
    private static func citations(_ citations: [Citation], _ sourceIDs: [String]) -> [LayoutStatement.Entry] {
        guard !citations.isEmpty else { return [] }
        return [entry("src", citations.map { citation in
            var text = sourceIDs[citation.source]
            if let quote = citation.quote { text += " " + StringLiteral.quoted(quote) }
            if let credibility = citation.credibility { text += " \(credibility)" }
            return text
        })]
    }

    /// One statement for each item, the section set off by a blank line,
    /// each statement after the comment lines `comments` gives for its item.
    /// The statements are made and laid out on all cores (a large graph's
    /// sections are most of the writing), then written in order.
    private static func section<Items: RandomAccessCollection & Sendable>(_ items: Items, to writer: inout LayoutWriter,
                                                                         comments: (Items.Element) -> [String] = { _ in [] },
                                                                         _ statement: @Sendable (Items.Element) -> LayoutStatement)
        where Items.Element: Sendable, Items.SubSequence: Sendable {
        let prepared = items.concurrentMap { LayoutWriter.prepare(statement($0)) }
        for (index, (item, statement)) in zip(items, prepared).enumerated() {
            var blankLines = index == 0 ? 1 : 0
            for comment in comments(item) {
                writer.append(LayoutItem(content: .comment(comment), blankLinesBefore: blankLines))
                blankLines = 0
            }
            writer.append(statement, blankLinesBefore: blankLines)
        }
    }
}
