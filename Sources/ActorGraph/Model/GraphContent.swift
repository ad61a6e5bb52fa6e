/// A declaration that can go inside the ``Graph`` result builder:
///
/// ```swift
/// let graph = try Graph {
///     Person("abu-taqwa", "Mushtaq Talib al-Saidi", aka: ["Abu Taqwa"])
///     Group("nujaba-12", "12th Brigade of Harakat al-Nujaba")
///     Relate("abu-taqwa", "commands", "nujaba-12")
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

    /// Declares entity `id` of kind `kind`.
    public init(_ kind: String, _ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = []) {
        self.kind = kind
        self.id = id
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
    }

    /// Adds the entity; an unknown kind is a precondition failure, since
    /// code (unlike a hand-written file) names kinds it defined itself.
    public func add(to builder: inout GraphBuilder) {
        guard let kindIndex = builder.schema.kind(named: kind) else {
            preconditionFailure("unknown kind '\(kind)': define it in the schema first")
        }
        builder.addEntity(id: id, kind: kindIndex, name: name, aliases: aliases, attributes: attributes)
    }
}

/// Declares a `person`.
public func Person(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = []) -> Declare {
    Declare("person", id, name, aka: aliases, attributes: attributes)
}

/// Declares a `group`.
public func Group(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = []) -> Declare {
    Declare("group", id, name, aka: aliases, attributes: attributes)
}

/// Declares a `state`.
public func State(_ id: String, _ name: String? = nil, aka aliases: [String] = [], attributes: [Attribute] = []) -> Declare {
    Declare("state", id, name, aka: aliases, attributes: attributes)
}

/// Declares a relation `subject type object`; ends are ids, or names and
/// aliases when `byName` is true.
public struct Relate: GraphContent {
    /// How the subject is named.
    public var subject: GraphBuilder.Reference
    /// The relation type's name.
    public var type: String
    /// How the object is named.
    public var object: GraphBuilder.Reference
    /// Free attributes.
    public var attributes: [Attribute]

    /// Relates two entities given by id.
    public init(_ subject: String, _ type: String, _ object: String, attributes: [Attribute] = []) {
        self.init(.id(subject), type, .id(object), attributes: attributes)
    }

    /// Relates two entities given by id or by name.
    public init(_ subject: GraphBuilder.Reference, _ type: String, _ object: GraphBuilder.Reference, attributes: [Attribute] = []) {
        self.subject = subject
        self.type = type
        self.object = object
        self.attributes = attributes
    }

    /// Adds the relation.
    public func add(to builder: inout GraphBuilder) {
        builder.addRelation(subject, type, object, attributes: attributes)
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
