/// A declaration that can go inside the ``Graph`` result builder:
///
/// ```swift
/// let graph = try Graph {
///     Source(id: "r000", title: "EFE wire on the strike", reliability: .B)
///     Person("abu-taqwa", "Mushtaq Talib al-Saidi", aka: ["Abu Taqwa"])
///     Group("nujaba-12", "12th Brigade of Harakat al-Nujaba")
///     Relate("abu-taqwa", "commands", "nujaba-12", sources: [Cite("r000", "commander of the 12th Brigade", credibility: 1)])
///     Relate("us", "attacked", "nujaba-12", status: .claimed, by: ["nujaba"], date: "2024-01-04")
/// }
/// ```
public protocol GraphContent {
    /// Adds this declaration to `builder`.
    func add(to builder: inout GraphBuilder)
}

/// Declares an entity of any kind the schema knows.
public struct Declare: GraphContent {
    /// The kind's name, e.g. `event`.
    public var kind: String
    /// The entity's id.
    public var id: String
    /// The display name; the id when `nil`.
    public var name: String?
    /// Other spellings.
    public var aliases: [String]
    /// Free attributes.
    public var attributes: [Attribute]
    /// The sources that report the entity.
    public var sources: [Cite]

    /// Declares entity `id` of kind `kind`.
    public init(_ kind: String, _ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = [],
                sources: [Cite] = []) {
        self.kind = kind
        self.id = id
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.sources = sources
    }

    /// Adds the entity; an unknown kind is a precondition failure, since
    /// code (unlike a hand-written file) names kinds it defined itself. A
    /// source not declared before is reported when the graph is built, and
    /// so is `src` among the free attributes: an `.ag` file's `src:` is the
    /// entity's citations, which here are `sources`, and as plain text it
    /// would cite nothing.
    public func add(to builder: inout GraphBuilder) {
        guard let kindIndex = builder.schema.kind(named: kind) else {
            preconditionFailure("unknown kind '\(kind)': define it in the schema first")
        }
        if attributes.contains(where: { $0.key == "src" }) {
            builder.reject(.invalidDeclaration("'\(id)' has 'src' among its free attributes, where it would be kept as plain text and cite nothing; pass the sources as sources: [Cite(...)]"),
                           part: .id)
        }
        let citations = Cite.resolve(sources, in: &builder, for: "'\(id)'")
        builder.addEntity(id: id, kind: kindIndex, name: name, aliases: aliases, attributes: attributes.filter { $0.key != "src" },
                          citations: citations)
    }
}

/// A citation in code: a source by id, optionally the words it says and
/// the Admiralty credibility (1-6) of what it supports. The source must be
/// declared (``Source`` in the builder) before the declaration citing it.
public struct Cite: Hashable, Sendable {
    /// The source's id.
    public var source: String
    /// The supporting words, quoted.
    public var quote: String?
    /// The credibility grade 1-6.
    public var credibility: Int?

    /// Cites `source`.
    public init(_ source: String, _ quote: String? = nil, credibility: Int? = nil) {
        self.source = source
        self.quote = quote
        self.credibility = credibility
    }

    /// The citations of `cites`, each unknown source or bad grade reported.
    static func resolve(_ cites: [Cite], in builder: inout GraphBuilder, for owner: String) -> [Citation] {
        cites.compactMap { cite in
            guard let index = builder.source(id: cite.source) else {
                builder.reject(.invalidDeclaration("\(owner) cites source '\(cite.source)', which is not declared; add Source(id: \"\(cite.source)\", ...) before it"),
                               part: .source)
                return nil
            }
            if let grade = cite.credibility, !(1...6).contains(grade) {
                builder.reject(.invalidDeclaration("\(owner) grades its citation of '\(cite.source)' \(grade); credibility runs from 1 to 6"), part: .source)
            }
            return Citation(source: index, quote: cite.quote, credibility: cite.credibility)
        }
    }
}

extension Source: GraphContent {
    /// Declares the source, so later declarations can cite it by id.
    public func add(to builder: inout GraphBuilder) {
        builder.addSource(self)
    }
}

/// Declares a `person`.
public func Person(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = [],
                   sources: [Cite] = []) -> Declare {
    Declare("person", id, name, aka: aliases, attributes: attributes, sources: sources)
}

/// Declares a `group`.
public func Group(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = [],
                   sources: [Cite] = []) -> Declare {
    Declare("group", id, name, aka: aliases, attributes: attributes, sources: sources)
}

/// Declares a `state`.
public func State(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = [],
                   sources: [Cite] = []) -> Declare {
    Declare("state", id, name, aka: aliases, attributes: attributes, sources: sources)
}

/// Declares a relation `subject type object`, with its evidence as an
/// `.ag` file gives it: how firmly it is asserted and by whom, the sources
/// that report it, and when it held. Ends are ids, or names and aliases
/// with ``GraphBuilder/Reference/name(_:)``.
///
/// The keys the language reserves (`status`, `by`, `src`, `date`, `from`,
/// `to`) have parameters of their own; given as free attributes they are
/// rejected when the graph is built, rather than silently kept as plain
/// text with no claim or time.
public struct Relate: GraphContent {
    /// How the subject is named.
    public var subject: GraphBuilder.Reference
    /// The relation type's name.
    public var type: String
    /// How the object is named.
    public var object: GraphBuilder.Reference
    /// How firmly it is asserted.
    public var status: ClaimStatus
    /// Who claims, alleges, confirms or denies it: ids, names or aliases.
    public var claimants: [String]
    /// The sources that report it.
    public var sources: [Cite]
    /// A single date (`2024-01-04`, `2024-01`, `2024`).
    public var date: String?
    /// When a span began.
    public var from: String?
    /// When a span ended.
    public var to: String?
    /// Free attributes.
    public var attributes: [Attribute]

    /// Relates two entities given by id.
    public init(_ subject: String, _ type: String, _ object: String, status: ClaimStatus = .reported, by claimants: [String] = [],
                sources: [Cite] = [], date: String? = nil, from: String? = nil, to: String? = nil, attributes: [Attribute] = []) {
        self.init(.id(subject), type, .id(object), status: status, by: claimants, sources: sources, date: date, from: from, to: to,
                  attributes: attributes)
    }

    /// Relates two entities given by id or by name.
    public init(_ subject: GraphBuilder.Reference, _ type: String, _ object: GraphBuilder.Reference, status: ClaimStatus = .reported,
                by claimants: [String] = [], sources: [Cite] = [], date: String? = nil, from: String? = nil, to: String? = nil,
                attributes: [Attribute] = []) {
        self.subject = subject
        self.type = type
        self.object = object
        self.status = status
        self.claimants = claimants
        self.sources = sources
        self.date = date
        self.from = from
        self.to = to
        self.attributes = attributes
    }

    /// The keys with parameters of their own.
    static let reservedKeys: Set<String> = ["status", "by", "src", "date", "from", "to"]

    /// Adds the relation, reporting a reserved key among the attributes,
    /// an unknown source or a malformed date.
    public func add(to builder: inout GraphBuilder) {
        let owner = "the relation '\(type)'"
        for attribute in attributes where Self.reservedKeys.contains(attribute.key) {
            let parameter = attribute.key == "src" ? "sources" : attribute.key
            builder.reject(.invalidDeclaration("\(owner) has '\(attribute.key)' among its free attributes, where it would be kept as plain text; pass it as Relate(..., \(parameter): ...)"),
                           part: .type)
        }
        var kept = attributes.filter { !Self.reservedKeys.contains($0.key) }
        var dates: [String: PartialDate] = [:]
        for (key, text) in [("date", date), ("from", from), ("to", to)] {
            guard let text else { continue }
            guard let parsed = PartialDate(text) else {
                builder.reject(.invalidDeclaration("\(owner) has \(key) '\(text)', which is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"), part: .type)
                continue
            }
            dates[key] = parsed
            kept.append(Attribute(key, text))
        }
        if date != nil && (from != nil || to != nil) {
            builder.reject(.invalidDeclaration("\(owner) has both a date and a span; give date, or from and to"), part: .type)
        }
        let time = dates["date"].map(TimeSpan.on) ?? (dates["from"] != nil || dates["to"] != nil
            ? TimeSpan(start: dates["from"], end: dates["to"]) : nil)
        let evidence = GraphBuilder.RelationEvidence(status: status, claimants: claimants.map { .name($0) },
                                                     citations: Cite.resolve(sources, in: &builder, for: owner), time: time)
        builder.addRelation(subject, type, object, attributes: kept, evidence: evidence)
    }
}

/// Collects ``GraphContent`` declarations for ``Graph/init(schema:_:)``.
@resultBuilder
public enum GraphContentBuilder {
    /// Lifts one declaration.
    public static func buildExpression(_ content: some GraphContent) -> [any GraphContent] { [content] }
    /// Joins the declarations of a block.
    public static func buildBlock(_ parts: [any GraphContent]...) -> [any GraphContent] { parts.flatMap { $0 } }
    /// Supports `if` without `else`.
    public static func buildOptional(_ part: [any GraphContent]?) -> [any GraphContent] { part ?? [] }
    /// Supports the first branch of `if`/`else`.
    public static func buildEither(first part: [any GraphContent]) -> [any GraphContent] { part }
    /// Supports the second branch of `if`/`else`.
    public static func buildEither(second part: [any GraphContent]) -> [any GraphContent] { part }
    /// Supports `for` loops.
    public static func buildArray(_ parts: [[any GraphContent]]) -> [any GraphContent] { parts.flatMap { $0 } }
}

extension Graph {
    /// Builds a graph in code. Warnings (entities no relation touches) are
    /// ignored; any error throws, listing all of them.
    public init(schema: Schema = .standard, @GraphContentBuilder _ content: () -> [any GraphContent]) throws(GraphBuildError) {
        var builder = GraphBuilder(schema: schema)
        for declaration in content() {
            declaration.add(to: &builder)
        }
        let (graph, issues) = builder.build()
        let errors = issues.filter { !$0.isWarning }
        if !errors.isEmpty { throw GraphBuildError(issues: errors) }
        self = graph
    }
}
