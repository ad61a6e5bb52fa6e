/// The head of a relation's arrow, named as Graphviz names arrowheads
/// (`.ag` files use these names), e.g. `vee`, `odiamond`, `tee`.
public struct Arrowhead: Hashable, Sendable, CustomStringConvertible {
    /// The Graphviz name.
    public let name: String

    /// The arrowhead called `name`, or `nil` when Graphviz has none so called.
    public init?(_ name: String) {
        guard GraphvizVocabulary.arrowheads.contains(name) else { return nil }
        self.name = name
    }

    private init(known name: String) { self.name = name }

    public var description: String { name }

    /// A filled triangle.
    public static let normal = Arrowhead(known: "normal")
    /// No head: symmetric relations.
    public static let none = Arrowhead(known: "none")
    /// A bar across the line: how a denial ends.
    public static let tee = Arrowhead(known: "tee")
    /// A filled diamond.
    public static let diamond = Arrowhead(known: "diamond")
    /// A hollow diamond.
    public static let hollowDiamond = Arrowhead(known: "odiamond")
    /// A hollow triangle.
    public static let empty = Arrowhead(known: "empty")
    /// A sharp open arrow.
    public static let vee = Arrowhead(known: "vee")
}
