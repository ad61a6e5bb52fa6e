// Graph-wide look of every exported diagram. Per-kind and per-relation
// styles live in Model/StandardSchema.swift and in `kind`/`relation`
// declarations; this file holds what applies to all of them.

/// Fonts and defaults shared by every diagram.
enum DOTTheme {
    static let fontName = "Liberation Sans"
    static let graph: [(String, String)] = [
        ("fontname", fontName), ("fontsize", "12"), ("labelloc", "t"), ("nodesep", "0.4"), ("ranksep", "0.6"),
        ("bgcolor", "white"), ("pad", "0.3"),
    ]
    static let node: [(String, String)] = [("fontname", fontName), ("fontsize", "11"), ("style", "filled"), ("penwidth", "1.4")]
    static let edge: [(String, String)] = [("fontname", fontName), ("fontsize", "9"), ("penwidth", "1.2")]
    static let clusterStyle: [(String, String)] = [("style", "rounded,dashed"), ("color", "#9e9e9e"), ("fontcolor", "#616161")]
    static let legendStyle: [(String, String)] = [("style", "rounded"), ("color", "#bdbdbd"), ("fontcolor", "#424242")]
    /// How picked-out items are drawn when a drawing highlights some.
    static let highlighted: [(String, String)] = [("penwidth", "3")]
    /// How the other nodes are drawn then.
    static let fadedNode: [(String, String)] = [("color", "#c8c8c8"), ("fontcolor", "#a8a8a8"), ("fillcolor", "#f6f6f6")]
    /// How the other relations are drawn then.
    static let fadedEdge: [(String, String)] = [("color", "#dddddd"), ("fontcolor", "#c4c4c4")]
    /// How a relation's status overrides its type's line: a confirmed one
    /// is solid, a claim or an accusation dashed, a denial dotted and
    /// crossed. A plain report keeps its type's own look.
    static func statusStyle(_ status: ClaimStatus) -> [(String, String)] {
        switch status {
        case .reported: return []
        case .confirmed: return [("style", "solid"), ("penwidth", "2.2")]
        case .claimed, .alleged: return [("style", "dashed")]
        case .denied: return [("style", "dotted"), ("arrowhead", "tee")]
        }
    }
}
