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
    public static func compile(_ files: [SourceFile], schema: Schema = .standard) -> CompileResult {
        var checker = Checker(files: files, schema: schema)
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
    private var schema: Schema
    /// Global statement number of each file's first statement.
    private var fileBase: [Int] = []
    private var roles: [[Role]] = []
    var pending: [PendingDiagnostic] = []
    /// Entity ids by their bytes, for resolving bare-word references.
    private var ids = IDTable(capacity: 0)
    /// Where each kind and relation type was declared, for duplicate notes.
    private var declaredKinds: [String: (file: Int, token: Token)] = [:]
    private var declaredRelationTypes: [String: (file: Int, token: Token)] = [:]

    init(files: [SourceFile], schema: Schema) {
        self.files = files
        self.schema = schema
    }

    mutating func run() -> CompileResult {
        var base = 0
        for (index, file) in files.enumerated() {
            let (tree, diagnostics) = Parser.parse(file.bytes, file: index)
            trees.append(tree)
            pending += diagnostics
            fileBase.append(base)
            base += tree.statements.count
        }
        classifyDeclarations()
        for (file, index) in statements(.kindDeclaration) { declareKind(file, trees[file].statements[index]) }
        for (file, index) in statements(.relationDeclaration) { declareRelationType(file, trees[file].statements[index]) }
        classifyEntities()

        var builder = GraphBuilder(schema: schema)
        for (file, index) in statements(.sourceDeclaration) {
            declareSource(file, trees[file].statements[index], fileBase[file] + index, to: &builder)
        }
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
        report(issues)
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
        if schema.relationType(named: name) != nil {
            error(nameToken, file, "'\(name)' is a relation type and cannot also be a kind; choose another name")
            return
        }
        if let first = declaredKinds[name] {
            duplicate("kind", name, nameToken, file, first: first)
            return
        }
        declaredKinds[name] = (file, nameToken)
        let existing = schema.kind(named: name).map { schema.kinds[$0] }
        var kind = existing ?? EntityKind(name: name, style: Schema.defaultKindStyle)
        for (key, value, token) in styleEntries(statement, file, allowed: ["shape", "color", "fill"]) {
            switch key {
            case "shape":
                if checkVocabulary(value, token, file, GraphvizVocabulary.shapes, what: "Graphviz shape"), let shape = NodeShape(value) { kind.style.shape = shape }
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
        if schema.kind(named: name) != nil {
            error(nameToken, file, "'\(name)' is a kind and cannot also be a relation type; choose another name")
            return
        }
        if let first = declaredRelationTypes[name] {
            duplicate("relation type", name, nameToken, file, first: first)
            return
        }
        declaredRelationTypes[name] = (file, nameToken)
        let existing = schema.relationType(named: name).map { schema.relationTypes[$0] }
        var type = existing ?? RelationType(name: name, subjects: .any, objects: .any, style: Schema.defaultRelationStyle)
        let allowed = ["from", "to", "role", "style", "color", "arrowhead", "symmetric"]
        for entry in trees[file].attributes(statement) {
            let key = text(trees[file].terms[Int(entry.key)], file)
            let keyToken = trees[file].terms[Int(entry.key)]
            guard allowed.contains(key) else {
                unknownKey(key, keyToken, file, allowed: allowed, what: "a relation type")
                continue
            }
            if key == "from" || key == "to" {
                if existing != nil {
                    error(keyToken, file, "the endpoint rules of built-in '\(name)' are fixed; declare a new relation type for other rules")
                } else if let terms = kindList(entry, key: key, file), let rule = endpointRule(terms, file) {
                    if key == "from" { type.subjects = rule } else { type.objects = rule }
                }
                continue
            }
            guard let (value, token) = singleValue(entry, file) else { continue }
            switch key {
            case "style":
                if checkVocabulary(value, token, file, GraphvizVocabulary.lineStyles, what: "line style"), let line = LineStyle(rawValue: value) { type.style.line = line }
            case "color":
                if checkColor(value, token, file), let color = Color(value) { type.style.color = color }
            case "arrowhead":
                if checkVocabulary(value, token, file, GraphvizVocabulary.arrowheads, what: "Graphviz arrowhead"), let head = Arrowhead(value) { type.style.arrowhead = head }
            case "role":
                if existing != nil {
                    error(keyToken, file, "the role of built-in '\(name)' is fixed; declare a new relation type for another role")
                } else if checkVocabulary(value, token, file, Set(RelationRole.allCases.map(\.rawValue)), what: "relation role"),
                          let role = RelationRole(rawValue: value) {
                    type.role = role
                }
            default:
                if value == "true" || value == "false" {
                    type.isSymmetric = value == "true"
                } else {
                    error(token, file, "'symmetric' takes true or false")
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
            error(culprit, file, "expected '\(usage)'")
            return nil
        }
        let name = text(nameToken, file)
        if GraphCompiler.keywords.contains(name) {
            error(nameToken, file, "'\(name)' is a keyword and cannot be declared; choose another name")
            return nil
        }
        return nameToken
    }

    /// The kinds of a `from:` or `to:` entry, written `person|group`.
    private mutating func kindList(_ entry: SyntaxTree.AttributeEntry, key: String, _ file: Int) -> ArraySlice<Token>? {
        let values = trees[file].values(entry)
        guard values.count == 1, let value = values.first, value.nestedCount == 0 else {
            let culprit = values.count > 1 ? trees[file].terms(values[values.startIndex + 1]).first! : trees[file].terms[Int(entry.key)]
            error(culprit, file, "'\(key):' takes kinds joined by '|', e.g. \(key): person|group")
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
                error(token, file, "'any' already allows every kind; write it alone")
                ok = false
            default:
                if schema.kind(named: value) != nil {
                    kinds.append(value)
                } else {
                    let suggestions = Suggester.nearest(to: value, among: schema.kinds.map(\.name) + ["any", "actor"])
                    error(token, file, "unknown kind '\(value)'" + GraphIssue.didYouMean(suggestions, otherwise: "declare it with 'kind \(value)'"))
                    ok = false
                }
            }
        }
        return ok ? .kinds(kinds) : nil
    }

    /// The `key: value` entries of a style declaration whose key is
    /// allowed and which have exactly one value.
    private mutating func styleEntries(_ statement: SyntaxTree.Statement, _ file: Int, allowed: [String]) -> [(String, String, Token)] {
        var entries: [(String, String, Token)] = []
        for entry in trees[file].attributes(statement) {
            let keyToken = trees[file].terms[Int(entry.key)]
            let key = text(keyToken, file)
            guard allowed.contains(key) else {
                unknownKey(key, keyToken, file, allowed: allowed, what: "a kind")
                continue
            }
            if let (value, token) = singleValue(entry, file) { entries.append((key, value, token)) }
        }
        return entries
    }

    mutating func checkVocabulary(_ value: String, _ token: Token, _ file: Int, _ vocabulary: Set<String>, what: String) -> Bool {
        if vocabulary.contains(value) { return true }
        let suggestions = Suggester.nearest(to: value, among: vocabulary.sorted())
        error(token, file, "unknown \(what) '\(value)'" + GraphIssue.didYouMean(suggestions, otherwise: "see graphviz.org for the names"))
        return false
    }

    mutating func checkColor(_ value: String, _ token: Token, _ file: Int) -> Bool {
        if Color.isColor(value) { return true }
        error(token, file, "'\(value)' is not a colour; write a Graphviz colour name like \"gray40\" or \"#rrggbb\"")
        return false
    }

    // MARK: Entities and relations

    private mutating func addEntity(_ file: Int, _ statement: SyntaxTree.Statement, _ origin: Int, to builder: inout GraphBuilder) {
        let head = trees[file].head(statement)
        let kindToken = head[head.startIndex]
        let kindName = text(kindToken, file)
        guard head.count >= 2 else {
            error(kindToken, file, "missing id after '\(kindName)'; write '\(kindName) some-id \"Display name\"'")
            return
        }
        let idToken = head[head.startIndex + 1]
        guard idToken.kind == .word else {
            error(idToken, file, "an id is a bare word (letters, digits, '-', '_', '.'); write '\(kindName) some-id \"Display name\"'")
            return
        }
        let id = text(idToken, file)
        if schema.kind(named: id) != nil || GraphCompiler.keywords.contains(id) {
            error(idToken, file, "'\(id)' is a kind name or keyword and cannot be an id; choose another id")
            return
        }
        var name: String?
        if head.count >= 3 {
            let nameToken = head[head.startIndex + 2]
            guard nameToken.kind == .string else {
                error(nameToken, file, "put the display name in double quotes: \"\(text(nameToken, file))\"")
                return
            }
            name = text(nameToken, file)
        }
        if head.count > 3 {
            error(head[head.startIndex + 3], file, "unexpected '\(text(head[head.startIndex + 3], file))'; an entity is declared as '\(kindName) ID \"Name\" aka \"Alias\" [key: value]'")
            return
        }
        // Attributes with errors are reported and left out; the entity is
        // still added, so references to it raise no further errors.
        let item = itemAttributes(statement, file, sources: builder, relation: false) ?? ItemAttributes()
        let aliases = trees[file].aliases(statement).map { text($0, file) }
        if let index = builder.addEntity(id: id, kind: schema.kind(named: kindName)!, name: name, aliases: aliases,
                                         attributes: item.attributes, citations: item.evidence.citations, origin: origin) {
            ids.insert(files[file].bytes[Int(idToken.start) ..< Int(idToken.end)], value: Int32(index))
        }
    }

    private mutating func addRelation(_ file: Int, _ statement: SyntaxTree.Statement, _ origin: Int, to builder: inout GraphBuilder) {
        let head = trees[file].head(statement)
        let first = head[head.startIndex]
        guard head.count == 3 else {
            if let message = mistypedKind(first, file) {
                error(first, file, message)
                return
            }
            let culprit = head.count > 3 ? head[head.startIndex + 3] : head[head.index(before: head.endIndex)]
            error(culprit, file, "a relation is 'SUBJECT TYPE OBJECT', e.g. 'abu-taqwa commands nujaba-12'; an entity declaration starts with its kind")
            return
        }
        rejectAliases(statement, file, in: "relation")
        let typeToken = head[head.startIndex + 1]
        guard typeToken.kind == .word else {
            error(typeToken, file, "the relation type is a bare word such as 'commands', not a quoted string")
            return
        }
        let item = itemAttributes(statement, file, sources: builder, relation: true) ?? ItemAttributes()
        builder.addRelation(reference(first, file), text(typeToken, file), reference(head[head.startIndex + 2], file),
                            attributes: item.attributes, evidence: item.evidence, origin: origin)
    }

    /// "unknown kind", with the kind a statement's first word was probably
    /// meant to be, when the statement does not read as a relation
    /// (`evnt kerman "Kerman"`); `nil` when no kind is near.
    private func mistypedKind(_ token: Token, _ file: Int) -> String? {
        guard token.kind == .word else { return nil }
        let word = text(token, file)
        return Suggester.nearest(to: word, among: schema.kinds.map(\.name), limit: 1).first.map {
            "unknown kind '\(word)'; did you mean '\($0)'?"
        }
    }

    func reference(_ token: Token, _ file: Int) -> GraphBuilder.Reference {
        guard token.kind == .word else { return .name(text(token, file)) }
        if let index = ids.find(files[file].bytes[Int(token.start) ..< Int(token.end)]) { return .index(Int(index)) }
        return .id(text(token, file))
    }

    mutating func rejectAliases(_ statement: SyntaxTree.Statement, _ file: Int, in what: String) {
        if statement.akaOffset >= 0 {
            pending.append(PendingDiagnostic(severity: .error, message: "'aka' gives aliases to an entity and cannot be used in a \(what)",
                                             file: file, offset: Int(statement.akaOffset), length: 3))
        }
    }

    /// The one plain value of a declaration's entry: one word or string,
    /// with no list of its own.
    mutating func singleValue(_ entry: SyntaxTree.AttributeEntry, _ file: Int) -> (String, Token)? {
        let tree = trees[file]
        let key = text(tree.terms[Int(entry.key)], file)
        let values = tree.values(entry)
        guard values.count == 1, let value = values.first else {
            error(tree.terms(values[values.startIndex + 1]).first!, file, "'\(key)' takes one value here")
            return nil
        }
        guard value.nestedCount == 0 else {
            error(tree.terms[Int(entry.key)], file, "'\(key)' cannot carry a [...] list here")
            return nil
        }
        let terms = tree.terms(value)
        guard terms.count == 1, let token = terms.first else {
            error(terms[terms.startIndex + 1], file, "'\(key)' takes one word or quoted string; put several words in double quotes")
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

    mutating func error(_ token: Token, _ file: Int, _ message: String) {
        pending.append(PendingDiagnostic(severity: .error, message: message, file: file,
                                         offset: Int(token.start), length: Int(token.end - token.start)))
    }

    mutating func unknownKey(_ key: String, _ token: Token, _ file: Int, allowed: [String], what: String) {
        let suggestions = Suggester.nearest(to: key, among: allowed)
        error(token, file, "unknown key '\(key)' for \(what)" + GraphIssue.didYouMean(suggestions, otherwise: "the keys are " + allowed.joined(separator: ", ")))
    }

    mutating func duplicate(_ what: String, _ name: String, _ token: Token, _ file: Int, first: (file: Int, token: Token)) {
        var diagnostic = PendingDiagnostic(severity: .error, message: "duplicate \(what) '\(name)'; remove one of the two",
                                           file: file, offset: Int(token.start), length: Int(token.end - token.start))
        diagnostic.notes = [PendingDiagnostic(severity: .note, message: "'\(name)' first declared here", file: first.file,
                                              offset: Int(first.token.start), length: Int(first.token.end - first.token.start))]
        pending.append(diagnostic)
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
    private mutating func report(_ issues: [GraphIssue]) {
        var mistyped: [Int: PendingDiagnostic] = [:]
        for issue in issues {
            guard case .unknownRelationType = issue.problem, let origin = issue.origin else { continue }
            let (file, statement) = locate(origin: origin)
            let first = trees[file].head(statement).first!
            // `reference` gives `.id` only for a word that names no entity.
            if case .id = reference(first, file), let message = mistypedKind(first, file) {
                mistyped[origin] = PendingDiagnostic(severity: .error, message: message,
                                                     file: file, offset: Int(first.start), length: Int(first.end - first.start))
            }
        }
        pending += mistyped.values
        for issue in issues where issue.origin.map({ mistyped[$0] == nil }) ?? true {
            pending.append(diagnostic(for: issue))
        }
    }

    private func diagnostic(for issue: GraphIssue) -> PendingDiagnostic {
        guard let origin = issue.origin else {
            return PendingDiagnostic(severity: issue.isWarning ? .warning : .error, message: issue.message, file: 0, offset: 0, length: 0)
        }
        var result = pendingDiagnostic(origin: origin, part: issue.part, severity: issue.isWarning ? .warning : .error, message: issue.message)
        switch issue.problem {
        case .duplicateID(let id, let first?):
            result.notes = [pendingDiagnostic(origin: first, part: .id, severity: .note, message: "'\(id)' first declared here")]
        case .ambiguousName(_, let otherID, let other?):
            result.notes = [pendingDiagnostic(origin: other, part: .id, severity: .note, message: "'\(otherID)' declared here")]
        case .duplicateSource(let id, let first?):
            result.notes = [pendingDiagnostic(origin: first, part: .source, severity: .note, message: "'\(id)' first declared here")]
        default:
            break
        }
        return result
    }

    private func pendingDiagnostic(origin: Int, part: GraphIssue.Part, severity: Diagnostic.Severity, message: String) -> PendingDiagnostic {
        let (file, statement) = locate(origin: origin)
        let tree = trees[file]
        let head = tree.head(statement)
        let token: Token
        switch part {
        case .id, .type: token = head[head.startIndex + 1]
        case .subject: token = head[head.startIndex]
        case .name, .object: token = head[head.startIndex + 2]
        case .alias(let index): token = tree.aliases(statement)[tree.aliases(statement).startIndex + index]
        case .source: token = head[head.startIndex + 1]
        case .claimant(let index):
            let by = tree.attributes(statement).first { text(tree.terms[Int($0.key)], file) == "by" }!
            token = tree.terms(tree.values(by)[tree.values(by).startIndex + index]).first!
        }
        return PendingDiagnostic(severity: severity, message: message, file: file,
                                 offset: Int(token.start), length: Int(token.end - token.start))
    }

    private func result(graph: Graph) -> CompileResult {
        var lineStarts: [Int: [Int]] = [:]
        func resolve(_ pending: PendingDiagnostic) -> Diagnostic {
            guard files.indices.contains(pending.file) else {
                return Diagnostic(pending.severity, pending.message, notes: pending.notes.map(resolve))
            }
            let file = files[pending.file]
            if lineStarts[pending.file] == nil { lineStarts[pending.file] = file.lineStarts() }
            let location = file.location(at: pending.offset, length: pending.length, lineStarts: lineStarts[pending.file]!)
            return Diagnostic(pending.severity, pending.message, at: location, notes: pending.notes.map(resolve))
        }
        let ordered = pending.enumerated().sorted {
            ($0.element.file, $0.element.offset, $0.offset) < ($1.element.file, $1.element.offset, $1.offset)
        }
        let diagnostics = ordered.map { resolve($0.element) }
        let failed = diagnostics.contains { $0.severity == .error }
        return CompileResult(graph: failed ? nil : graph, diagnostics: diagnostics)
    }
}
