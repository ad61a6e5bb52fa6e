/// Reads `.ag` files into one ``Graph``, checking them like a compiler.
///
/// Files given together form one graph: a catalogue of actors in one file
/// may be used by events in another. The checker works in passes over the
/// parsed statements: kind declarations, then relation type declarations,
/// then entities, then relations, so nothing depends on the order of files.
public enum GraphCompiler {
    /// Words that start declarations and so cannot be ids or kind names.
    static let keywords: Set<String> = ["kind", "relation", "source", "aka"]

    /// Parses and checks `files` as one graph over `schema`.
    ///
    /// The first `diagnosticLimit` errors and warnings, in file order, are
    /// reported; past that they are only counted (``CompileResult/omittedCount``),
    /// and not located, worded or given "did you mean" names, so a file
    /// that is wrong everywhere takes no longer to check than a good one.
    /// Pass `.max` to have all of them.
    ///
    /// An entity no relation touches is warned about only when the file
    /// declaring it has relations of its own: a catalogue of actors shared
    /// by several event files is not noise when one event leaves most of
    /// them out. `warnsAboutEveryUnusedEntity` warns about every one.
    public static func compile(_ files: [SourceFile], schema: Schema = .standard, diagnosticLimit: Int = 1_000,
                               warnsAboutEveryUnusedEntity: Bool = false) -> CompileResult {
        var checker = Checker(files: files, schema: schema, diagnosticLimit: diagnosticLimit,
                              warnsAboutEveryUnusedEntity: warnsAboutEveryUnusedEntity)
        return checker.run()
    }
}

/// The state of one compilation. Declarations are checked here; the
/// attributes of entities and relations, with their sources, claims and
/// dates, in EvidenceChecks.swift.
struct Checker {
    private enum Role { case kindDeclaration, relationDeclaration, sourceDeclaration, entity, relation }

    let files: [SourceFile]
    private(set) var trees: [SyntaxTree] = []
    private(set) var schema: Schema
    /// Global statement number of each file's first statement.
    private var fileBase: [Int] = []
    private var roles: [[Role]] = []
    var diagnostics: DiagnosticCollector
    /// Entity ids by their bytes, for resolving bare-word references.
    private var ids = IDTable(capacity: 0)
    /// Where each kind and relation type was declared, for duplicate notes.
    private var declaredKinds: [String: (file: Int, token: Token)] = [:]
    private var declaredRelationTypes: [String: (file: Int, token: Token)] = [:]
    /// "Did you mean" candidates, each set filed once, when first needed
    /// (after the declarations that fill it).
    private var kindSuggestions: SuggestionIndex?
    private var typeSuggestions: SuggestionIndex?
    private var idSuggestions: SuggestionIndex?
    private var nameSuggestions: SuggestionIndex?
    var sourceSuggestions: SuggestionIndex?
    /// What sources declare they repeat, resolved once every source is declared.
    var pendingDependencies: [PendingDependency] = []
    /// Whether unused entities of files without relations are warned about too.
    private let warnsAboutEveryUnusedEntity: Bool
    /// The terms of relations the checker rejected, as the parser keeps
    /// those of the statements it drops (``SyntaxTree/unparsedTerms``):
    /// the entities they name are not warned about as unused.
    private var rejectedTerms: [(file: Int, token: Token)] = []

    init(files: [SourceFile], schema: Schema, diagnosticLimit: Int, warnsAboutEveryUnusedEntity: Bool) {
        self.files = files
        self.schema = schema
        self.warnsAboutEveryUnusedEntity = warnsAboutEveryUnusedEntity
        diagnostics = DiagnosticCollector(limit: diagnosticLimit)
    }

    mutating func run() -> CompileResult {
        var base = 0
        for (index, file) in files.enumerated() {
            trees.append(Parser.parse(file.bytes, file: index, into: &diagnostics))
            let tree = trees[index]
            fileBase.append(base)
            base += tree.statements.count
        }
        classifyDeclarations()
        for (file, index) in statements(.kindDeclaration) { declareKind(file, trees[file].statements[index]) }
        for (file, index) in statements(.relationDeclaration) { declareRelationType(file, trees[file].statements[index]) }
        classifyEntities()

        var builder = GraphBuilder(schema: schema)
        builder.suggestsNames = false
        for (file, index) in statements(.sourceDeclaration) {
            declareSource(file, trees[file].statements[index], fileBase[file] + index, to: &builder)
        }
        checkDependencies(builder)
        let entities = statements(.entity), relations = statements(.relation)
        builder.reserveCapacity(entities: entities.count, relations: relations.count)
        ids = IDTable(capacity: entities.count)
        for (file, index) in entities {
            addEntity(file, trees[file].statements[index], fileBase[file] + index, to: &builder)
        }
        for (file, index) in relations {
            addRelation(file, trees[file].statements[index], fileBase[file] + index, to: &builder)
        }
        let (graph, issues) = builder.build()
        report(issues, graph: graph)
        return result(graph: graph)
    }

    /// The file and position of every statement with `role`, in file order.
    private func statements(_ role: Role) -> [(file: Int, index: Int)] {
        var found: [(file: Int, index: Int)] = []
        for file in roles.indices {
            for (index, statementRole) in roles[file].enumerated() where statementRole == role {
                found.append((file, index))
            }
        }
        return found
    }

    // MARK: Classifying statements

    private mutating func classifyDeclarations() {
        let kind = Array("kind".utf8), relation = Array("relation".utf8), source = Array("source".utf8)
        roles = []
        for (file, tree) in trees.enumerated() {
            let bytes = files[file].bytes
            var fileRoles: [Role] = []
            fileRoles.reserveCapacity(tree.statements.count)
            for statement in tree.statements {
                let first = tree.terms[Int(statement.firstTerm)]
                let word = first.kind == .word ? bytes[Int(first.start) ..< Int(first.end)] : []
                fileRoles.append(word.elementsEqual(kind) ? .kindDeclaration : word.elementsEqual(relation) ? .relationDeclaration
                    : word.elementsEqual(source) ? .sourceDeclaration : .relation)
            }
            roles.append(fileRoles)
        }
    }

    /// Once every kind is declared, statements starting with a kind name
    /// are entity declarations; the rest are relations.
    private mutating func classifyEntities() {
        let kindNames = schema.kinds.map { Array($0.name.utf8) }
        for file in trees.indices {
            let bytes = files[file].bytes
            for (index, statement) in trees[file].statements.enumerated() where roles[file][index] == .relation {
                let first = trees[file].terms[Int(statement.firstTerm)]
                guard first.kind == .word else { continue }
                let word = bytes[Int(first.start) ..< Int(first.end)]
                if kindNames.contains(where: { $0.elementsEqual(word) }) {
                    roles[file][index] = .entity
                }
            }
        }
    }

    // MARK: Kind and relation type declarations

    private mutating func declareKind(_ file: Int, _ statement: SyntaxTree.Statement) {
        let tree = trees[file]
        let head = tree.head(statement)
        guard let nameToken = declaredName(head, statement, file, usage: "kind NAME [shape: \"note\", color: \"gray40\", fill: \"white\"]") else { return }
        let name = text(nameToken, file)
        // A role is written as a key, so a kind may share its name (`kind place`).
        if schema.relationType(named: name) != nil && schema.role(named: name) == nil {
            error(.kindNamedLikeRelationType, nameToken, file, "'\(name)' is a relation type and cannot also be a kind; choose another name")
            return
        }
        if let first = declaredKinds[name] {
            duplicate(.duplicateKind, "kind", name, nameToken, file, first: first)
            return
        }
        declaredKinds[name] = (file, nameToken)
        let existing = schema.kind(named: name).map { schema.kinds[$0] }
        var kind = existing ?? EntityKind(name: name, style: Schema.defaultKindStyle)
        for (key, value, token) in styleEntries(statement, file, allowed: ["shape", "color", "fill", "refs"], keys: &kind.referenceKeys) {
            switch key {
            case "shape":
                if checkVocabulary(value, token, file, GraphvizVocabulary.shapes, .unknownShape, what: "Graphviz shape"), let shape = NodeShape(value) { kind.style.shape = shape }
            case "color":
                if checkColor(value, token, file), let color = Color(value) { kind.style.color = color }
            default:
                if checkColor(value, token, file), let fill = Color(value) { kind.style.fill = fill }
            }
        }
        schema.define(kind)
    }

    private mutating func declareRelationType(_ file: Int, _ statement: SyntaxTree.Statement) {
        let head = trees[file].head(statement)
        guard let nameToken = declaredName(head, statement, file, usage: "relation NAME [from: person|group, to: any, style: \"dashed\"]") else { return }
        let name = text(nameToken, file)
        if schema.kind(named: name) != nil && schema.role(named: name) == nil {
            error(.relationTypeNamedLikeKind, nameToken, file, "'\(name)' is a kind and cannot also be a relation type; choose another name")
            return
        }
        if let first = declaredRelationTypes[name] {
            duplicate(.duplicateRelationType, "relation type", name, nameToken, file, first: first)
            return
        }
        declaredRelationTypes[name] = (file, nameToken)
        let existing = schema.relationType(named: name).map { schema.relationTypes[$0] }
        var type = existing ?? RelationType(name: name, subjects: .any, objects: .any, style: Schema.defaultRelationStyle)
        let allowed = ["from", "to", "role", "style", "color", "arrowhead", "symmetric", "refs"]
        for entry in trees[file].attributes(statement) {
            let key = text(trees[file].terms[Int(entry.key)], file)
            let keyToken = trees[file].terms[Int(entry.key)]
            guard allowed.contains(key) else {
                unknownKey(key, keyToken, file, allowed: allowed, what: "a relation type")
                continue
            }
            if key == "refs" {
                type.referenceKeys += referenceKeys(entry, file)
                continue
            }
            if key == "from" || key == "to" {
                if existing != nil {
                    error(.builtInEndpointRules, keyToken, file, "the endpoint rules of built-in '\(name)' are fixed; declare a new relation type for other rules")
                } else if let terms = kindList(entry, key: key, file), let rule = endpointRule(terms, file) {
                    if key == "from" { type.subjects = rule } else { type.objects = rule }
                }
                continue
            }
            guard let (value, token) = singleValue(entry, file) else { continue }
            switch key {
            case "style":
                if checkVocabulary(value, token, file, GraphvizVocabulary.lineStyles, .unknownLineStyle, what: "line style"), let line = LineStyle(rawValue: value) { type.style.line = line }
            case "color":
                if checkColor(value, token, file), let color = Color(value) { type.style.color = color }
            case "arrowhead":
                if checkVocabulary(value, token, file, GraphvizVocabulary.arrowheads, .unknownArrowhead, what: "Graphviz arrowhead"), let head = Arrowhead(value) { type.style.arrowhead = head }
            case "role":
                if existing != nil {
                    error(.builtInRole, keyToken, file, "the role of built-in '\(name)' is fixed; declare a new relation type for another role")
                } else if checkVocabulary(value, token, file, Set(RelationRole.allCases.map(\.rawValue)), .unknownRole, what: "relation role"),
                          let role = RelationRole(rawValue: value) {
                    type.role = role
                }
            default:
                if value == "true" || value == "false" {
                    type.isSymmetric = value == "true"
                } else {
                    error(.invalidSymmetric, token, file, "'symmetric' takes true or false")
                }
            }
        }
        schema.define(type)
    }

    /// Checks `kind NAME` / `relation NAME` and returns NAME's token.
    mutating func declaredName(_ head: ArraySlice<Token>, _ statement: SyntaxTree.Statement, _ file: Int, usage: String) -> Token? {
        rejectAliases(statement, file, in: "declaration")
        guard head.count == 2, let nameToken = head.last, nameToken.kind == .word else {
            let culprit = head.count >= 2 ? head[head.startIndex + (head[head.startIndex + 1].kind == .word ? 2 : 1)] : head[head.startIndex]
            error(.malformedDeclaration, culprit, file, "expected '\(usage)'")
            return nil
        }
        let name = text(nameToken, file)
        if GraphCompiler.keywords.contains(name) {
            error(.keywordAsName, nameToken, file, "'\(name)' is a keyword and cannot be declared; choose another name")
            return nil
        }
        return nameToken
    }

    /// The attribute keys of a `refs:` entry, written `site|used-by`:
    /// bare words, none of the keys that hold citations, a status or dates.
    private mutating func referenceKeys(_ entry: SyntaxTree.AttributeEntry, _ file: Int) -> [String] {
        let usage = "'refs:' takes attribute keys joined by '|', e.g. refs: site|used-by"
        let values = trees[file].values(entry)
        guard values.count == 1, let value = values.first, value.nestedCount == 0 else {
            let culprit = values.count > 1 ? trees[file].terms(values[values.startIndex + 1]).first! : trees[file].terms[Int(entry.key)]
            error(.invalidReferenceKey, culprit, file, usage)
            return []
        }
        var keys: [String] = []
        for token in trees[file].terms(value) {
            let key = text(token, file)
            if token.kind != .word {
                error(.invalidReferenceKey, token, file, usage + "; an attribute key is a bare word",
                      fixIts: Self.isWord(key) ? replacing(token, with: key, keepingQuotes: false) : [])
            } else if Schema.nonReferenceKeys.contains(key) {
                error(.invalidReferenceKey, token, file, "'\(key):' holds \(key == "src" ? "citations" : key == "status" ? "a claim status" : "a date"), "
                      + "so it cannot name entities; remove it from 'refs:'")
            } else if !Schema.builtInReferenceKeys.contains(key), !keys.contains(key) {
                keys.append(key)
            }
        }
        return keys
    }

    /// The kinds of a `from:` or `to:` entry, written `person|group`.
    private mutating func kindList(_ entry: SyntaxTree.AttributeEntry, key: String, _ file: Int) -> ArraySlice<Token>? {
        let values = trees[file].values(entry)
        guard values.count == 1, let value = values.first, value.nestedCount == 0 else {
            let culprit = values.count > 1 ? trees[file].terms(values[values.startIndex + 1]).first! : trees[file].terms[Int(entry.key)]
            error(.malformedKindList, culprit, file, "'\(key):' takes kinds joined by '|', e.g. \(key): person|group")
            return nil
        }
        return trees[file].terms(value)
    }

    private mutating func endpointRule(_ values: ArraySlice<Token>, _ file: Int) -> EndpointRule? {
        var kinds: [String] = []
        var ok = true
        for token in values {
            let value = text(token, file)
            switch value {
            case "any" where values.count == 1: return .any
            case "actor" where values.count == 1: return .actor
            case "actor": kinds += schema.kinds.filter(\.isActor).map(\.name)
            case "any":
                error(.anyWithOtherKinds, token, file, "'any' already allows every kind; write it alone")
                ok = false
            default:
                if schema.kind(named: value) != nil {
                    kinds.append(value)
                } else {
                    if admits(token, file) {
                        let suggestions = Suggester.nearest(to: value, among: schema.kinds.map(\.name) + ["any", "actor"])
                        error(.unknownKind, token, file, "unknown kind '\(value)'" + GraphIssue.didYouMean(suggestions, otherwise: "declare it with 'kind \(value)'"),
                              fixIts: replacing(token, with: suggestions.first))
                    }
                    ok = false
                }
            }
        }
        return ok ? .kinds(kinds) : nil
    }

    /// The `key: value` entries of a style declaration whose key is
    /// allowed and which have exactly one value; a `refs:` entry's keys
    /// are added to `referenceKeys`.
    private mutating func styleEntries(_ statement: SyntaxTree.Statement, _ file: Int, allowed: [String],
                                       keys referenceKeys: inout [String]) -> [(String, String, Token)] {
        var entries: [(String, String, Token)] = []
        for entry in trees[file].attributes(statement) {
            let keyToken = trees[file].terms[Int(entry.key)]
            let key = text(keyToken, file)
            guard allowed.contains(key) else {
                unknownKey(key, keyToken, file, allowed: allowed, what: "a kind")
                continue
            }
            if key == "refs" {
                referenceKeys += self.referenceKeys(entry, file)
                continue
            }
            if let (value, token) = singleValue(entry, file) { entries.append((key, value, token)) }
        }
        return entries
    }

    mutating func checkVocabulary(_ value: String, _ token: Token, _ file: Int, _ vocabulary: Set<String>, _ id: DiagnosticID,
                                  what: String) -> Bool {
        if vocabulary.contains(value) { return true }
        guard admits(token, file) else { return false }
        let suggestions = Suggester.nearest(to: value, among: vocabulary.sorted())
        error(id, token, file, "unknown \(what) '\(value)'" + GraphIssue.didYouMean(suggestions, otherwise: "see graphviz.org for the names"),
              fixIts: replacing(token, with: suggestions.first))
        return false
    }

    mutating func checkColor(_ value: String, _ token: Token, _ file: Int) -> Bool {
        if Color.isColor(value) { return true }
        error(.invalidColor, token, file, "'\(value)' is not a colour; write a Graphviz colour name like \"gray40\" or \"#rrggbb\"")
        return false
    }

    // MARK: Entities and relations

    private mutating func addEntity(_ file: Int, _ statement: SyntaxTree.Statement, _ origin: Int, to builder: inout GraphBuilder) {
        let head = trees[file].head(statement)
        let kindToken = head[head.startIndex]
        let kindName = text(kindToken, file)
        guard head.count >= 2 else {
            error(.missingID, kindToken, file, "missing id after '\(kindName)'; write '\(kindName) some-id \"Display name\"'")
            return
        }
        let idToken = head[head.startIndex + 1]
        guard idToken.kind == .word else {
            error(.quotedID, idToken, file, "an id is a bare word (letters, digits, '-', '_', '.'); write '\(kindName) some-id \"Display name\"'")
            return
        }
        let id = text(idToken, file)
        if schema.kind(named: id) != nil || GraphCompiler.keywords.contains(id) {
            error(.reservedID, idToken, file, "'\(id)' is a kind name or keyword and cannot be an id; choose another id")
            return
        }
        // A name with errors is reported and left out, as are attributes
        // with errors; the entity is still added, so references to it
        // raise no further errors.
        var name: String?
        let rest = head.dropFirst(2)
        if rest.first?.kind == .word {
            name = unquotedName(rest, file, what: "the display name")
        } else if let nameToken = rest.first {
            name = text(nameToken, file)
            if head.count > 3 {
                error(.malformedEntity, head[head.startIndex + 3], file, "unexpected '\(text(head[head.startIndex + 3], file))'; an entity is declared as '\(kindName) ID \"Name\" aka \"Alias\" [key: value]'")
            }
        }
        let item: ItemAttributes
        if let checked = itemAttributes(statement, file, sources: builder, relation: false) {
            item = checked
        } else {
            // The actors its values' `by:` named were lost with its list.
            keepTermsOfRejected(statement, file)
            item = ItemAttributes()
        }
        let aliases = trees[file].aliases(statement).map { text($0, file) }
        let notes = aliasNotes(statement, file, sources: builder)
        if let index = builder.addEntity(id: id, kind: schema.kind(named: kindName)!, name: name, aliases: aliases,
                                         attributes: item.attributes, valueClaimants: item.valueClaimants,
                                         citations: item.evidence.citations, aliasNotes: notes, origin: origin) {
            ids.insert(files[file].bytes[Int(idToken.start) ..< Int(idToken.end)], value: Int32(index))
            for assignment in item.assignments {
                builder.addRoleAssignment(assignment.participant, role: assignment.role, event: index, value: assignment.value,
                                          attributes: assignment.attributes, evidence: assignment.evidence, origin: origin)
            }
        }
    }

    private mutating func addRelation(_ file: Int, _ statement: SyntaxTree.Statement, _ origin: Int, to builder: inout GraphBuilder) {
        let head = trees[file].head(statement)
        let first = head[head.startIndex]
        guard head.count == 3 else {
            keepTermsOfRejected(statement, file)
            if let kind = mistypedKind(first, file) {
                reportMistypedKind(first, file, kind)
                return
            }
            let culprit = head.count > 3 ? head[head.startIndex + 3] : head[head.index(before: head.endIndex)]
            error(.malformedRelation, culprit, file, "a relation is 'SUBJECT TYPE OBJECT', e.g. 'abu-taqwa commands nujaba-12'; an entity declaration starts with its kind")
            return
        }
        rejectAliases(statement, file, in: "relation")
        let typeToken = head[head.startIndex + 1]
        guard typeToken.kind == .word else {
            keepTermsOfRejected(statement, file)
            let unquoted = text(typeToken, file)
            error(.quotedRelationType, typeToken, file, "the relation type is a bare word such as 'commands', not a quoted string",
                  fixIts: Self.isWord(unquoted) ? replacing(typeToken, with: unquoted, keepingQuotes: false) : [])
            return
        }
        guard let item = itemAttributes(statement, file, sources: builder, relation: true) else {
            // Its ends are still checked; its claimants were lost with its list.
            keepTermsOfRejected(statement, file)
            builder.addRelation(reference(first, file), text(typeToken, file), reference(head[head.startIndex + 2], file), origin: origin)
            return
        }
        builder.addRelation(reference(first, file), text(typeToken, file), reference(head[head.startIndex + 2], file),
                            attributes: item.attributes, valueClaimants: item.valueClaimants, evidence: item.evidence, origin: origin)
    }

    /// Keeps the terms of a statement that cannot be added as written,
    /// those of its values' lists (a value's `by:`) among them.
    private mutating func keepTermsOfRejected(_ statement: SyntaxTree.Statement, _ file: Int) {
        let tree = trees[file]
        for token in tree.head(statement) { rejectedTerms.append((file, token)) }
        for entry in tree.attributes(statement) {
            for value in tree.values(entry) {
                for token in tree.terms(value) { rejectedTerms.append((file, token)) }
                for nested in tree.nested(value) {
                    for nestedValue in tree.nestedValues(nested) {
                        for token in tree.terms(nestedValue) { rejectedTerms.append((file, token)) }
                    }
                }
            }
        }
    }

    /// The kind a statement's first word was probably meant to be, when
    /// the statement does not read as a relation (`evnt kerman "Kerman"`);
    /// `nil` when no kind is near.
    private mutating func mistypedKind(_ token: Token, _ file: Int) -> String? {
        guard token.kind == .word else { return nil }
        if kindSuggestions == nil { kindSuggestions = SuggestionIndex(schema.kinds.map(\.name)) }
        return kindSuggestions!.nearest(to: text(token, file), limit: 1).first
    }

    private mutating func reportMistypedKind(_ token: Token, _ file: Int, _ kind: String) {
        error(.unknownKind, token, file, "unknown kind '\(text(token, file))'; did you mean '\(kind)'?",
              fixIts: replacing(token, with: kind))
    }

    func reference(_ token: Token, _ file: Int) -> GraphBuilder.Reference {
        guard token.kind == .word else { return .name(text(token, file)) }
        if let index = ids.find(files[file].bytes[Int(token.start) ..< Int(token.end)]) { return .index(Int(index)) }
        return .id(text(token, file))
    }

    mutating func rejectAliases(_ statement: SyntaxTree.Statement, _ file: Int, in what: String) {
        let offset = Int(statement.akaOffset)
        if offset >= 0, diagnostics.admits(.error, file: file, offset: offset, stage: .checker) {
            diagnostics.add(PendingDiagnostic(severity: .error, id: .misplacedAlias,
                                              message: "'aka' gives aliases to an entity and cannot be used in a \(what)",
                                              file: file, offset: offset, length: 3),
                            stage: .checker)
        }
    }

    /// The one plain value of a declaration's entry: one word or string,
    /// with no list of its own.
    mutating func singleValue(_ entry: SyntaxTree.AttributeEntry, _ file: Int) -> (String, Token)? {
        let tree = trees[file]
        let key = text(tree.terms[Int(entry.key)], file)
        let values = tree.values(entry)
        guard values.count == 1, let value = values.first else {
            error(.severalValues, tree.terms(values[values.startIndex + 1]).first!, file, "'\(key)' takes one value here")
            return nil
        }
        guard value.nestedCount == 0 else {
            error(.unexpectedList, tree.terms[Int(entry.key)], file, "'\(key)' cannot carry a [...] list here")
            return nil
        }
        let terms = tree.terms(value)
        guard terms.count == 1, let token = terms.first else {
            error(.severalWords, terms[terms.startIndex + 1], file, "'\(key)' takes one word or quoted string; put several words in double quotes",
                  fixIts: quotable(terms, file).map { [$0.fixIt] } ?? [])
            return nil
        }
        return (text(token, file), token)
    }

    // MARK: Text and diagnostics

    func text(_ token: Token, _ file: Int) -> String {
        let range = token.kind == .string ? Lexer.contentRange(of: token) : Int(token.start) ..< Int(token.end)
        if token.kind == .string && token.hasEscapes {
            return StringLiteral.decode(files[file].bytes, from: range.lowerBound, to: range.upperBound)
        }
        return files[file].bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// Whether an error at `token` would be reported; when it would not,
    /// it is counted, and the caller need not work out its message.
    mutating func admits(_ token: Token, _ file: Int) -> Bool {
        diagnostics.admits(.error, file: file, offset: Int(token.start), stage: .checker)
    }

    mutating func error(_ id: DiagnosticID, _ token: Token, _ file: Int, _ message: String, fixIts: [PendingFixIt] = []) {
        report(.error, id, token, file, message, fixIts: fixIts)
    }

    /// Reports something that does not stop the graph being built, but
    /// probably does not mean what was written.
    mutating func warning(_ id: DiagnosticID, _ token: Token, _ file: Int, _ message: String) {
        report(.warning, id, token, file, message)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ token: Token, _ file: Int, _ message: String,
                                 fixIts: [PendingFixIt] = []) {
        guard diagnostics.admits(severity, file: file, offset: Int(token.start), stage: .checker) else { return }
        diagnostics.add(PendingDiagnostic(severity: severity, id: id, message: message, file: file,
                                          offset: Int(token.start), length: Int(token.end - token.start), fixIts: fixIts),
                        stage: .checker)
    }

    mutating func unknownKey(_ key: String, _ token: Token, _ file: Int, allowed: [String], what: String) {
        guard admits(token, file) else { return }
        let suggestions = Suggester.nearest(to: key, among: allowed)
        error(.unknownKey, token, file, "unknown key '\(key)' for \(what)" + GraphIssue.didYouMean(suggestions, otherwise: "the keys are " + allowed.joined(separator: ", ")),
              fixIts: replacing(token, with: suggestions.first))
    }

    mutating func duplicate(_ id: DiagnosticID, _ what: String, _ name: String, _ token: Token, _ file: Int, first: (file: Int, token: Token)) {
        guard admits(token, file) else { return }
        var diagnostic = PendingDiagnostic(severity: .error, id: id, message: "duplicate \(what) '\(name)'; remove one of the two",
                                           file: file, offset: Int(token.start), length: Int(token.end - token.start))
        diagnostic.notes = [PendingDiagnostic(severity: .note, id: .firstDeclaredHere, message: "'\(name)' first declared here", file: first.file,
                                              offset: Int(first.token.start), length: Int(first.token.end - first.token.start))]
        diagnostics.add(diagnostic, stage: .checker)
    }

    /// The fix-it putting `replacement` in place of `token`, quoted when
    /// the token is a string (or when `replacement` is not a bare word);
    /// none without a replacement.
    func replacing(_ token: Token, with replacement: String?, keepingQuotes: Bool = true) -> [PendingFixIt] {
        guard let replacement else { return [] }
        let quoted = (keepingQuotes && token.kind == .string) || !Self.isWord(replacement)
        return [PendingFixIt(offset: Int(token.start), length: Int(token.end - token.start),
                             replacement: quoted ? StringLiteral.quoted(replacement) : replacement)]
    }

    /// Words side by side that were meant as one string: their text in
    /// quotes, and the fix-it that quotes them. `nil` unless every token is
    /// a word and only blanks separate them.
    func quotable(_ tokens: ArraySlice<Token>, _ file: Int) -> (quoted: String, fixIt: PendingFixIt)? {
        guard let first = tokens.first, let last = tokens.last, tokens.allSatisfy({ $0.kind == .word }) else { return nil }
        let bytes = files[file].bytes
        let span = bytes[Int(first.start) ..< Int(last.end)]
        for (previous, next) in zip(tokens, tokens.dropFirst())
        where !bytes[Int(previous.end) ..< Int(next.start)].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            return nil
        }
        let quoted = StringLiteral.quoted(String(decoding: span, as: UTF8.self))
        return (quoted, PendingFixIt(offset: Int(first.start), length: span.count, replacement: quoted))
    }

    /// Reports `words`, written where a quoted name belongs, as one error
    /// over them all whose fix-it quotes them whole, and returns the name
    /// they spell; when a string follows them, only the first word is
    /// reported, and no name returned. `words` starts with a word.
    mutating func unquotedName(_ words: ArraySlice<Token>, _ file: Int, what: String) -> String? {
        let whole = quotable(words, file)
        guard let quoted = whole ?? quotable(words.prefix(1), file) else { return nil }
        let span = Token(kind: .word, start: words.first!.start, end: Int32(quoted.fixIt.offset + quoted.fixIt.length))
        error(.unquotedName, span, file, "put \(what) in double quotes: \(quoted.quoted)", fixIts: [quoted.fixIt])
        return whole.map { _ in text(span, file) }
    }

    /// Whether `text` can be written as a bare word.
    static func isWord(_ text: String) -> Bool {
        guard let first = text.utf8.first, Lexer.isWordStart(first) else { return false }
        return text.utf8.allSatisfy(Lexer.isWordByte)
    }

    /// Maps a global statement number back to its file and statement.
    private func locate(origin: Int) -> (file: Int, statement: SyntaxTree.Statement) {
        let file = trees.indices.first { origin - fileBase[$0] < trees[$0].statements.count }!
        return (file, trees[file].statements[origin - fileBase[file]])
    }

    /// Adds the builder's issues as diagnostics. A line such as
    /// `evnt kerman "Kerman"` reads as a relation with an unknown type; when
    /// its first word is no id but close to a kind name, one "unknown kind"
    /// error replaces everything else said about that line.
    private mutating func report(_ issues: [GraphIssue], graph: Graph) {
        var mistyped = Set<Int>()
        for issue in issues {
            guard case .unknownRelationType = issue.problem, let origin = issue.origin, !mistyped.contains(origin) else { continue }
            let (file, statement) = locate(origin: origin)
            let first = trees[file].head(statement).first!
            // `reference` gives `.id` only for a word that names no entity.
            if case .id = reference(first, file), let kind = mistypedKind(first, file) {
                mistyped.insert(origin)
                reportMistypedKind(first, file, kind)
            }
        }
        var unwarned: Set<String>?
        for issue in issues where issue.origin.map({ !mistyped.contains($0) }) ?? true {
            if case .unusedEntity(let id) = issue.problem {
                if unwarned == nil { unwarned = unwarnedEntities(graph) }
                if unwarned!.contains(id) { continue }
            }
            report(issue, entities: graph.entities)
        }
    }

    /// The ids of entities not to warn about as unused: those named by a
    /// statement that failed (which may well have used them), and unless
    /// every one is asked for, those declared in a file without relations.
    private func unwarnedEntities(_ graph: Graph) -> Set<String> {
        var unwarned = Set<String>()
        var mentions = rejectedTerms
        for (file, tree) in trees.enumerated() { mentions += tree.unparsedTerms.map { (file, $0) } }
        for (file, token) in mentions {
            if let index = graph.resolve(text(token, file)) { unwarned.insert(graph.entities[index].id) }
        }
        if !warnsAboutEveryUnusedEntity {
            for file in files.indices where !roles[file].contains(.relation) {
                for (index, role) in roles[file].enumerated() where role == .entity {
                    let head = trees[file].head(trees[file].statements[index])
                    if head.count >= 2 { unwarned.insert(text(head[head.startIndex + 1], file)) }
                }
            }
        }
        return unwarned
    }

    /// One issue as a diagnostic, with the "did you mean" names the builder
    /// left out, found only for the issues that are reported.
    private mutating func report(_ issue: GraphIssue, entities: [Entity]) {
        let severity: Diagnostic.Severity = issue.isWarning ? .warning : .error
        // Every statement gives its origin; an issue without one has no place.
        let (file, token) = issue.origin.map { place(origin: $0, part: issue.part) } ?? (files.count, Token(kind: .end, start: 0, end: 0))
        guard diagnostics.admits(severity, file: file, offset: Int(token.start), stage: .checker) else { return }
        var issue = issue
        var fixIts: [PendingFixIt] = []
        switch issue.problem {
        case .unknownEntity(let reference, let quoted, _):
            let suggestions: [String]
            if quoted {
                suggestions = nearestNames(to: reference, entities)
            } else {
                if idSuggestions == nil { idSuggestions = SuggestionIndex(entities.lazy.map(\.id)) }
                suggestions = idSuggestions!.nearest(to: reference)
            }
            issue.problem = .unknownEntity(reference, quoted: quoted, suggestions: suggestions)
            fixIts = replacing(token, with: suggestions.first)
        case .unknownReference(let key, let value, _):
            let suggestions = nearestNames(to: value, entities)
            issue.problem = .unknownReference(key: key, value: value, suggestions: suggestions)
            fixIts = replacing(token, with: suggestions.first)
        case .unknownRelationType(let name, _):
            if typeSuggestions == nil { typeSuggestions = SuggestionIndex(schema.relationTypes.map(\.name)) }
            let suggestions = typeSuggestions!.nearest(to: name)
            issue.problem = .unknownRelationType(name, suggestions: suggestions)
            fixIts = replacing(token, with: suggestions.first)
        default:
            break
        }
        var diagnostic = PendingDiagnostic(severity: severity, id: issue.diagnosticID, message: issue.message, file: file,
                                           offset: Int(token.start), length: Int(token.end - token.start), fixIts: fixIts)
        switch issue.problem {
        case .duplicateID(let id, let first?):
            diagnostic.notes = [note(.firstDeclaredHere, "'\(id)' first declared here", origin: first, part: .id)]
        case .ambiguousName(_, let otherID, let other?):
            diagnostic.notes = [note(.otherDeclaredHere, "'\(otherID)' declared here", origin: other, part: .id)]
        case .duplicateSource(let id, let first?):
            diagnostic.notes = [note(.firstDeclaredHere, "'\(id)' first declared here", origin: first, part: .source)]
        default:
            break
        }
        diagnostics.add(diagnostic, stage: .checker)
    }

    /// The names, aliases and ids nearest `text`, for a quoted reference
    /// or a reference key's value that names no entity.
    private mutating func nearestNames(to text: String, _ entities: [Entity]) -> [String] {
        if nameSuggestions == nil { nameSuggestions = SuggestionIndex(GraphBuilder.nameCandidates(entities)) }
        return nameSuggestions!.nearest(to: text)
    }

    private func note(_ id: DiagnosticID, _ message: String, origin: Int, part: GraphIssue.Part) -> PendingDiagnostic {
        let (file, token) = place(origin: origin, part: part)
        return PendingDiagnostic(severity: .note, id: id, message: message, file: file,
                                 offset: Int(token.start), length: Int(token.end - token.start))
    }

    /// The file and token an issue's origin and part point at.
    private func place(origin: Int, part: GraphIssue.Part) -> (file: Int, token: Token) {
        let (file, statement) = locate(origin: origin)
        let tree = trees[file]
        let head = tree.head(statement)
        switch part {
        case .id, .type, .source: return (file, head[head.startIndex + 1])
        case .subject: return (file, head[head.startIndex])
        case .name, .object: return (file, head[head.startIndex + 2])
        case .alias(let index): return (file, tree.aliases(statement)[tree.aliases(statement).startIndex + index])
        case .claimant(let index):
            return (file, valueToken(statement, file, key: "by", index: index))
        case .value(let key, let index):
            return (file, valueToken(statement, file, key: key, index: index))
        case .valueClaimant(let key, let value, let position):
            let entry = tree.attributes(statement).first { text(tree.terms[Int($0.key)], file) == key }!
            let values = tree.nested(tree.values(entry)[tree.values(entry).startIndex + value])
            let by = values.first { text(tree.terms[Int($0.key)], file) == "by" }!
            return (file, tree.terms(tree.nestedValues(by)[tree.nestedValues(by).startIndex + position]).first!)
        }
    }

    /// The first term of the `index`th value of `key` in a statement's list.
    private func valueToken(_ statement: SyntaxTree.Statement, _ file: Int, key: String, index: Int) -> Token {
        let tree = trees[file]
        let entry = tree.attributes(statement).first { text(tree.terms[Int($0.key)], file) == key }!
        return tree.terms(tree.values(entry)[tree.values(entry).startIndex + index]).first!
    }

    /// Locates the diagnostics kept, in file order.
    private func result(graph: Graph) -> CompileResult {
        let reported = diagnostics.located(in: files)
        let failed = diagnostics.omittedErrors > 0 || reported.contains { $0.severity == .error }
        return CompileResult(graph: failed ? nil : graph, diagnostics: reported,
                             omittedErrorCount: diagnostics.omittedErrors, omittedWarningCount: diagnostics.omittedWarnings)
    }
}
